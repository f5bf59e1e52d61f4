##! Packet-loss notices (Zeek: base/frameworks/packet-filter/netstats): every
##! `stats_collection_interval`, a Dropped_Packets notice when the capture dropped packets since the
##! last look. Drops only happen on live capture, which rxbro does not do (it reads traces), so the
##! check is only scheduled when reading live traffic: trace runs and runs without a trace carry no
##! extra timer.

@load base/frameworks/notice

module PacketFilter;

export {
	redef enum Notice::Type += {
		## The capture dropped packets after filtering.
		Dropped_Packets,
	};

	## How often the drop counters are compared.
	const stats_collection_interval = 5min;
}

event net_stats_update(last_stat: NetStats)
	{
	local now = get_net_stats();
	local dropped = now$pkts_dropped - last_stat$pkts_dropped;
	if ( dropped > 0 )
		{
		local link = now$pkts_link - last_stat$pkts_link;
		local on_link = link != 0 ? fmt(", %d on link", link) : "";
		NOTICE([$note=Dropped_Packets,
		        $msg=fmt("%d packets dropped after filtering, %d received%s",
		                 dropped, now$pkts_recvd - last_stat$pkts_recvd + dropped, on_link)]);
		}
	schedule stats_collection_interval { net_stats_update(now) };
	}

event zeek_init()
	{
	if ( reading_live_traffic() )
		schedule stats_collection_interval { net_stats_update(get_net_stats()) };
	}
