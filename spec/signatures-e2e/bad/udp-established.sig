# engine.md 5.13.8: 'established' is not a UDP state.
signature my_sig_udp_est {
  ip-proto == udp
  udp-state established
  event "never"
}
