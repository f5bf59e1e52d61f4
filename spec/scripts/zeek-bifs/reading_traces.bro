# Zeek test bifs.reading_traces (testing/btest/bifs/reading_traces.zeek); first run (no trace)
event zeek_init()
	{
	print reading_traces();
	}
