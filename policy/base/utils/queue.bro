##! Zeek's base/utils/queue: a first-in, first-out queue of values of any type, optionally
##! bounded (putting into a full queue drops its oldest value).
##!
##! Zeek keeps the values in a `list of any`, a type rxbro does not have; here they sit in a
##! table indexed by a running counter, the oldest at `first`, one past the newest at `end`.

module Queue;

export {
	## How a queue behaves.
	type Settings: record {
		## When set, the queue keeps at most this many values.
		max_len: count &optional;
	};

	## A queue (its fields are internal).
	type Queue: record {};

	## A new, empty queue.
	global init: function(s: Settings &default=[]): Queue;

	## Adds `val` at the back of the queue (dropping the front one first if it is full).
	global put: function(q: Queue, val: any);

	## Removes and returns the value at the front (the oldest).
	global get: function(q: Queue): any;

	## The value at the front, left in the queue.
	global peek: function(q: Queue): any;

	## A new queue with q1's settings holding q1's values, then q2's.
	global merge: function(q1: Queue, q2: Queue): Queue;

	## How many values the queue holds.
	global len: function(q: Queue): count;

	## Appends the queue's values, front first, to `ret` (a vector of their type).
	global get_vector: function(q: Queue, ret: vector of any);
}

redef record Queue += {
	vals: table[count] of any &optional;
	first: count &default=0;
	end: count &default=0;
	settings: Settings &optional;
};

function init(s: Settings): Queue
	{
	local q: Queue;
	q$vals = table();
	q$settings = copy(s);
	return q;
	}

function len(q: Queue): count
	{
	return q$end - q$first;
	}

function get(q: Queue): any
	{
	local v = q$vals[q$first];
	delete q$vals[q$first];
	++q$first;
	return v;
	}

function put(q: Queue, val: any)
	{
	if ( q$settings?$max_len && len(q) >= q$settings$max_len )
		get(q);
	q$vals[q$end] = val;
	++q$end;
	}

function peek(q: Queue): any
	{
	return q$vals[q$first];
	}

function merge(q1: Queue, q2: Queue): Queue
	{
	local ret = init(q1$settings);
	local i = q1$first;
	while ( i < q1$end )
		{
		ret$vals[ret$end] = q1$vals[i];
		++ret$end;
		++i;
		}
	i = q2$first;
	while ( i < q2$end )
		{
		ret$vals[ret$end] = q2$vals[i];
		++ret$end;
		++i;
		}
	return ret;
	}

function get_vector(q: Queue, ret: vector of any)
	{
	local i = q$first;
	while ( i < q$end )
		{
		ret += q$vals[i];
		++i;
		}
	}
