# engine.md 5.13.9 through a custom event carrying end_of_match (the 4-parameter signature_match
# form is covered by alternatePrototypes.spec.ts): the shortest match end of /.+google/ in the DNS query.
signature my_sig_udp_orig {
  ip-proto == udp
  payload /.+google/
  udp-state originator
  event eom_match "my_sig_udp_orig"
}
