##! Signature matcher statistics every 5 minutes of network time in sig-states.log (old Bro:
##! policy/print-sig-states.bro; engine.md 6.5): DFA states, cache hits and misses, and the DFA
##! states of each pattern group with the signatures in it.

global sig_state_stats_interval = 5 mins &redef;
global sig_state_file = open_log_file("sig-states");

event dump_sig_state_stats()
	{
	dump_rule_stats(sig_state_file);

	if ( ! bro_is_terminating() )
		schedule sig_state_stats_interval { dump_sig_state_stats() };
	}

event bro_init()
	{
	schedule sig_state_stats_interval { dump_sig_state_stats() };
	}
