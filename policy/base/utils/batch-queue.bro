##! Zeek's base/utils/batch-queue: collects values and hands them to a callback in
##! batches — when the batch reaches max_size, or max_delay (network time) after its
##! first value. A value added when the previous flush is longer than max_delay ago
##! is flushed at once, so a quiet queue adds no delay.

module GLOBAL;

export {
	## A batching queue (make one with batch_queue_new).
	type BatchQueue: record {
		## Flush when this many values are queued (0: no size limit).
		max_size: count &default=100;
		## Flush at the latest this long after a batch's first value.
		max_delay: interval &default=10msec;
		## The values waiting for the next flush.
		elements: vector of any;
		## Whether a flush timer is pending.
		timer_scheduled: bool &default=F;
		## Network time of the latest flush.
		last_flush_at: time &default=double_to_time(0.0);
	};

	## What a flush calls with the queued values.
	type BatchQueueFlushCallback: function(bq: BatchQueue, elements: vector of any);

	## A new queue.
	global batch_queue_new: function(max_size: count, max_delay: interval,
	                                 flush_callback: BatchQueueFlushCallback): BatchQueue;

	## Queues a value, flushing as described above.
	global batch_queue_add: function(bq: BatchQueue, element: any);

	## Hands the queued values to the callback now and empties the queue.
	global batch_queue_flush: function(bq: BatchQueue);
}

redef record BatchQueue += {
	## Called by every flush.
	flush_callback: BatchQueueFlushCallback &default=function(bq: BatchQueue, elements: vector of any) { };
};

function batch_queue_new(max_size: count, max_delay: interval, flush_callback: BatchQueueFlushCallback): BatchQueue
	{
	return BatchQueue($max_size=max_size, $max_delay=max_delay, $flush_callback=flush_callback);
	}

function batch_queue_flush(bq: BatchQueue)
	{
	bq$flush_callback(bq, bq$elements);
	bq$elements = vector();
	bq$last_flush_at = network_time();
	}

event batch_queue_timer_expired(bq: BatchQueue)
	{
	bq$timer_scheduled = F;
	# Values may have arrived after a size-triggered flush; they are due now too.
	if ( |bq$elements| > 0 )
		batch_queue_flush(bq);
	}

function batch_queue_add(bq: BatchQueue, element: any)
	{
	bq$elements += element;

	if ( bq$max_size > 0 && |bq$elements| >= bq$max_size )
		batch_queue_flush(bq);
	else if ( |bq$elements| == 1 && network_time() > bq$last_flush_at + bq$max_delay )
		batch_queue_flush(bq);
	else if ( ! bq$timer_scheduled )
		{
		bq$timer_scheduled = T;
		schedule bq$max_delay { batch_queue_timer_expired(bq) };
		}
	}
