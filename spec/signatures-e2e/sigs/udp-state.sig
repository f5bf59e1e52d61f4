signature my_sig_udp_orig {
  ip-proto == udp
  payload /.+/
  udp-state originator
  event "my_sig_udp_orig"
}
signature my_sig_udp_resp {
  ip-proto == udp
  payload /.+/
  udp-state responder
  event "my_sig_udp_resp"
}
