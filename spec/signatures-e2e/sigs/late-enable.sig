# enable after the DPD buffer is exhausted (engine.md 5.8: protocol_late_match).
signature late-http {
  ip-proto == tcp
  payload /.*portability/
  enable "http"
}
