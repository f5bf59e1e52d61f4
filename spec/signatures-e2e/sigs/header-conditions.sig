# engine.md 5.13.1: generic header tests, one trace each (header-only signatures).
signature hdr-ip {
  header ip[10:1] == 0x7c
  event "ip"
}
signature hdr-ip-mask {
  header ip[16:4] == 127.0.0.0/24
  event "ip-mask"
}
signature hdr-ip6 {
  header ip6[10:1] == 0x04
  event "ip6"
}
signature hdr-udp {
  header udp[2:1] == 0x32
  event "udp"
}
signature hdr-tcp {
  header tcp[3:4] == 0x50000000
  event "tcp"
}
signature hdr-icmp {
  header icmp[2:2] == 0xf7ff
  event "icmp"
}
signature hdr-icmp6 {
  header icmp6[0:1] == 0x80
  event "icmp6"
}
signature hdr-val-mask {
  header udp[2:1] & 0x0f == 0x02
  event "val-mask"
}
