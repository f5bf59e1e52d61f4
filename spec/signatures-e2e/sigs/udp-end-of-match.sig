# engine.md 5.13.9 with a custom event carrying end_of_match (rxbro's compiler has no second
# signature_match form yet): the shortest match end of /.+google/ in the DNS query.
signature my_sig_udp_orig {
  ip-proto == udp
  payload /.+google/
  udp-state originator
  event eom_match "my_sig_udp_orig"
}
