##! Packet profiling (old Bro: policy/pkt-profile.bro; engine.md 6.4): a pkt-prof.log record every
##! second of packet time with the packets, bytes, CPU and memory since the previous one.
##! Set pkt_profile_mode to PKT_PROFILE_MODE_PKTS or _BYTES to count packets or bytes instead.

redef pkt_profile_file = open_log_file("pkt-prof");
redef pkt_profile_mode = PKT_PROFILE_MODE_SECS;
redef pkt_profile_freq = 1.0;
