# Identifiers that cannot be used (engine.md 5.3).
signature unknown-id {
  dst-port == no_such_constant
  event "x"
}
signature addr-as-prefix {
  dst-ip == an_addr
  event "x"
}
signature wrong-event {
  event not_an_event "msg"
}
signature function-as-event {
  event cat
}
signature variable-as-event {
  event ignore_checksums
}
