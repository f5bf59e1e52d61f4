# engine.md 5.13.5 and 5.13.6: CIDR on many flows, payload-size on UDP (header-only + payload-size).
signature foo {
  dst-ip == 17.0.0.0/8
  ip-proto == udp
  event "match"
}
signature foo1 {
  ip-proto == udp
  payload-size < 1
  event "match"
}
signature foo2 {
  ip-proto == udp
  payload-size > 0
  event "match"
}
