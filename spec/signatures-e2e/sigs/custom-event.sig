signature udp-proto {
  ip-proto == 17
  event my_signature_match3 "message"
}
signature udp-proto-with-offset {
  ip-proto == 17
  event my_signature_match4 "message"
}
signature udp-proto-with-offset-no-msg {
  ip-proto == 17
  event my_signature_match5
}
signature udp-stuff {
  dst-ip == mynets
  event my_signature_match2
}
