##! Zeek's base/utils/time: time-related helpers.

module GLOBAL;

export {
	## The time 0 (the epoch).
	const null_ts = double_to_time(0);

	## The interval as whole minutes and seconds, e.g. "3m34s" (rounded to whole seconds
	## first, as double_to_count does).
	global duration_to_mins_secs: function(dur: interval): string;

	## How far the wall clock is ahead of the packet being processed; 0 secs when
	## no packet is being processed.
	global get_packet_lag: function(): interval;
}

function duration_to_mins_secs(dur: interval): string
	{
	local secs = double_to_count(interval_to_double(dur));
	return fmt("%dm%ds", secs / 60, secs % 60);
	}

function get_packet_lag(): interval
	{
	local ts = get_current_packet_ts();
	if ( ts == null_ts )
		return 0 secs;
	return current_time() - ts;
	}
