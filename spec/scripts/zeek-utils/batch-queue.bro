# @args: -r ../shared/traces/zeek/http-get.pcap
# rxbro's base/utils/batch-queue: a first value after a quiet spell flushes at once, max_size flushes, the timer
# flushes the rest at termination, a hand flush of an empty queue calls back with nothing.
@load base/utils/batch-queue
global bq: BatchQueue;
global n = 0;
event zeek_init()
	{
	bq = batch_queue_new(3, 1sec, function(q: BatchQueue, elements: vector of any) {
		print fmt("%.6f flush %d: %s", network_time(), |elements|, elements);
	});
	}
event new_packet(c: connection, p: pkt_hdr)
	{
	++n;
	if ( n <= 8 )
		batch_queue_add(bq, n);
	}
event zeek_done() { batch_queue_flush(bq); }
