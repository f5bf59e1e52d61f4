# print to a file value writes one line there (§4.1); &raw_output writes raw (§10.7).
global f = open("/tmp/rxbro-print-file-test.txt");
global r = open("/tmp/rxbro-print-file-raw.txt") &raw_output;
event zeek_init()
	{
	print f, "test", 123, 456;
	print r, "a\tb", 1;
	close(f);
	close(r);
	print f, "ignored after close";
	}
event zeek_done()
	{
	local g = open_for_append("/tmp/rxbro-print-file-test.txt");
	print g, "appended";
	close(g);
	print "done";
	}
