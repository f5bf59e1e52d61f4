# Fire only when the connection is removed (engine.md 5.9): EOL makes `$` match at the end of
# the request; a header-only signature with `payload-size` is false on the first packet (size
# still unknown) and re-evaluated with end-of-stream semantics.
signature eol-at-removal {
  ip-proto == tcp
  payload /.*\x0d\x0a\x0d\x0a$/
  event "eol at removal"
}
signature payload-size-at-removal {
  ip-proto == tcp
  payload-size > 0
  event "payload-size at removal"
}
