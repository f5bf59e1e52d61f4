# engine.md 5.13.9 as the btest has it: `event "msg"` raises signature_match, whose canonical (4-parameter)
# form carries end_of_match, the shortest match end of /.+google/ in the DNS query.
signature my_sig_udp_orig {
  ip-proto == udp
  payload /.+google/
  udp-state originator
  event "my_sig_udp_orig"
}
