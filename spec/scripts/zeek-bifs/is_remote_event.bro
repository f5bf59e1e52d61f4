# is_remote_event() (Bro's remote events, Zeek's Broker): rxbro has no peers, so it is always F
event zeek_init()
	{
	if ( is_remote_event() )
		print "remote";
	else
		print "local";
	}
