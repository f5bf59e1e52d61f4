##! Zeek's policy/misc/stats (engine.md 6.1): a stats.log record every Stats::report_interval of
##! network time — memory, packets, events, connections, timers and reassembly since the last record
##! or current. The first record comes with the first packet (the timer is armed at time 0), the last
##! one at termination. stats.log is not a logging-framework stream (no Stats::LOG; docs/logging.md):
##! the record is raised as Stats::log_stats and the engine writes stats.log (src/engine/scriptLogs.ts).

module Stats;

export {
	## One stats.log record (Zeek's Stats::Info).
	type Info: record {
		ts: time &log;
		peer: string &log;
		mem: count &log;
		pkts_proc: count &log;
		bytes_recv: count &log;
		pkts_dropped: count &log &optional;
		pkts_link: count &log &optional;
		pkt_lag: interval &log &optional;
		pkts_filtered: count &log &optional;
		events_proc: count &log;
		events_queued: count &log;
		active_tcp_conns: count &log;
		active_udp_conns: count &log;
		active_icmp_conns: count &log;
		tcp_conns: count &log;
		udp_conns: count &log;
		icmp_conns: count &log;
		timers: count &log;
		active_timers: count &log;
		files: count &log;
		active_files: count &log;
		dns_requests: count &log;
		active_dns_requests: count &log;
		reassem_tcp_size: count &log;
		reassem_file_size: count &log;
		reassem_frag_size: count &log;
		reassem_unknown_size: count &log;
	};

	## Raised for each record; the engine writes it to stats.log.
	global log_stats: event(rec: Info);
}

event check_stats(then: time, last_ns: NetStats, last_cs: ConnStats, last_es: EventStats,
                  last_ts: TimerStats, last_fs: FileAnalysisStats, last_ds: DNSStats)
	{
	local now = network_time();
	local ns = get_net_stats();
	local cs = get_conn_stats();
	local ps = get_proc_stats();
	local es = get_event_stats();
	local rs = get_reassembler_stats();
	local ts = get_timer_stats();
	local fs = get_file_analysis_stats();
	local ds = get_dns_stats();

	local info: Info = [$ts=now, $peer="zeek", $mem=ps$mem / 1048576,
	                    $pkts_proc=ns$pkts_recvd - last_ns$pkts_recvd,
	                    $bytes_recv=ns$bytes_recvd - last_ns$bytes_recvd,
	                    $events_proc=es$dispatched - last_es$dispatched,
	                    $events_queued=es$queued - last_es$queued,
	                    $active_tcp_conns=cs$num_tcp_conns,
	                    $active_udp_conns=cs$num_udp_conns,
	                    $active_icmp_conns=cs$num_icmp_conns,
	                    $tcp_conns=cs$cumulative_tcp_conns - last_cs$cumulative_tcp_conns,
	                    $udp_conns=cs$cumulative_udp_conns - last_cs$cumulative_udp_conns,
	                    $icmp_conns=cs$cumulative_icmp_conns - last_cs$cumulative_icmp_conns,
	                    $timers=ts$cumulative - last_ts$cumulative,
	                    $active_timers=ts$current,
	                    $files=fs$cumulative - last_fs$cumulative,
	                    $active_files=fs$current,
	                    $dns_requests=ds$requests - last_ds$requests,
	                    $active_dns_requests=ds$pending,
	                    $reassem_tcp_size=rs$tcp_size,
	                    $reassem_file_size=rs$file_size,
	                    $reassem_frag_size=rs$frag_size,
	                    $reassem_unknown_size=rs$unknown_size];

	if ( reading_live_traffic() )
		{
		info$pkt_lag = current_time() - now;
		info$pkts_dropped = ns$pkts_dropped - last_ns$pkts_dropped;
		info$pkts_link = ns$pkts_link - last_ns$pkts_link;
		}

	event Stats::log_stats(info);

	# The record written while terminating is the last one.
	if ( zeek_is_terminating() )
		return;

	schedule report_interval { check_stats(now, ns, cs, es, ts, fs, ds) };
	}

event zeek_init()
	{
	schedule report_interval { check_stats(network_time(), get_net_stats(), get_conn_stats(),
	                           get_event_stats(), get_timer_stats(), get_file_analysis_stats(),
	                           get_dns_stats()) };
	}
