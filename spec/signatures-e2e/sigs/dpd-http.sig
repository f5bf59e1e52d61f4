# Dynamic protocol detection for HTTP on an unusual port: the request enables the HTTP parsing,
# which sees the buffered stream first, so the URI condition matches the same request.
signature dpd-http {
  ip-proto == tcp
  payload /(GET|POST|HEAD) /
  tcp-state originator
  enable "http"
}
signature uri {
  http-request /.*CHANGES/
  event "uri"
}
