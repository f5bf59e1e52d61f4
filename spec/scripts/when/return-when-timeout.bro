# The inner timeout's return value is the delayed result; it fires during the termination flush.
function slow(): string
	{
	return when ( F )
		{
		return "never";
		}
	timeout 1 sec
		{
		return "timed out";
		}
	}

event zeek_init()
	{
	when ( local r = slow() )
		print "result", r;
	}
