##! Zeek's base/utils/thresholds: noticing when a counter passes the next of a list of
##! thresholds (e.g. at 10 and again at 100, but not in between).

module GLOBAL;

export {
	## A counter and which threshold of the list it is waiting for.
	type TrackCount: record {
		## How often the thing counted has happened.
		n: count &default=0;
		## The position in the threshold vector of the next threshold to pass.
		index: count &default=0;
	};

	## The thresholds default_check_threshold uses.
	const default_notice_thresholds: vector of count = {
		30, 100, 1000, 10000, 100000, 1000000, 10000000,
	} &redef;

	## T (and the tracker moves on to the next threshold) when tracker$n has reached
	## the threshold at v[tracker$index].
	global check_threshold: function(v: vector of count, tracker: TrackCount): bool;

	## check_threshold with default_notice_thresholds.
	global default_check_threshold: function(tracker: TrackCount): bool;
}

## A fresh tracker: n and index 0.
function new_track_count(): TrackCount
	{
	local tc: TrackCount;
	return tc;
	}

function check_threshold(v: vector of count, tracker: TrackCount): bool
	{
	# Past the last threshold nothing fires any more.
	if ( tracker$index >= |v| || tracker$n < v[tracker$index] )
		return F;
	++tracker$index;
	return T;
	}

function default_check_threshold(tracker: TrackCount): bool
	{
	return check_threshold(default_notice_thresholds, tracker);
	}
