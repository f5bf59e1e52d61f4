# An HTTP GET request line at the start of a client's TCP stream, on any port.
signature http-get-request {
  ip-proto == tcp
  payload /GET \/[^ ]* HTTP\/1\.[01]/
  tcp-state originator
  event "HTTP GET request"
}
