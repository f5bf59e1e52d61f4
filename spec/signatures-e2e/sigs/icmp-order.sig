# A header-only ICMP signature fires when the direction's matcher is initialised, before the
# packet's icmp_* event; a payload signature fires after it (engine.md 3.3, 5.9).
signature icmp-header-only {
  ip-proto == icmp
  event "header-only"
}
signature icmp-payload {
  ip-proto == icmp
  payload /.*\x10\x11\x12/
  event "payload"
}
