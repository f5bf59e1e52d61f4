##! Lightweight resource reports as notices (old Bro: policy/stats.bro; engine.md 6.1): every
##! stats_report_interval of network time, an `OfflineResourceStats` notice when reading a trace
##! (`ResourceStats` on live traffic) with memory and the packets and events since the last report.

@load notice

redef enum Notice::Type += {
	## A resource report while reading live traffic.
	ResourceStats,
	## A resource report while reading a trace.
	OfflineResourceStats,
};

## How often to report; raised to heartbeat_interval if smaller.
global stats_report_interval = 10 secs &redef;

event check_stats(last_time: time, last_ns: NetStats, last_res: bro_resources)
	{
	local now = current_time();
	local res = resource_usage();
	local ns = net_stats();

	# Nothing is reported once the run is terminating.
	if ( bro_is_terminating() )
		return;

	if ( last_time == double_to_time(0.0) )
		{
		# The first check comes with the first packet: it starts the reports, it does not make one.
		schedule stats_report_interval { check_stats(now, ns, res) };
		return;
		}

	local msg = fmt("mem=%dMB pkts_proc=%d events_proc=%d events_queued=%d",
			res$mem / 1000000,
			res$num_packets - last_res$num_packets,
			res$num_events_dispatched - last_res$num_events_dispatched,
			res$num_events_queued - last_res$num_events_queued);

	if ( reading_live_traffic() )
		{
		local et = now - last_time;
		local cpu = (res$user_time + res$system_time) - (last_res$user_time + last_res$system_time);
		msg = fmt("%s et=%.2f lag=%fsec util=%.01f%% pkts_rcv=%d pkts_drp=%d pkts_link=%d", msg,
			interval_to_double(et), interval_to_double(now - network_time()),
			100.0 * interval_to_double(cpu) / interval_to_double(et),
			ns$pkts_recvd - last_ns$pkts_recvd, ns$pkts_dropped - last_ns$pkts_dropped,
			ns$pkts_link - last_ns$pkts_link);
		NOTICE([$note=ResourceStats, $msg=msg]);
		}
	else
		NOTICE([$note=OfflineResourceStats, $msg=msg]);

	schedule stats_report_interval { check_stats(now, ns, res) };
	}

event bro_init()
	{
	if ( stats_report_interval < heartbeat_interval )
		stats_report_interval = heartbeat_interval;

	# Armed at network time 0, so it first fires at the first packet.
	schedule stats_report_interval { check_stats(double_to_time(0.0), net_stats(), resource_usage()) };
	}
