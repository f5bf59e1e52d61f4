# §8.5: an asynchronous function delivers its result to the when condition that called it.
global answers: table[string] of count;

function wait_for(k: string): count
	{
	print "wait_for", k;
	return when [k] ( k in answers )
		{
		return answers[k];
		}
	timeout 5 secs
		{
		return 0;
		}
	}

event some_later_event() { answers["x"] = 7; print "answered"; }

event zeek_init()
	{
	when ( local v = wait_for("x") )
		print "got", v;
	event some_later_event();
	}
