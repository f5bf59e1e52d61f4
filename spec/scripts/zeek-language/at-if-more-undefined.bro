# Zeek test language.at-if-more-undefined (testing/btest/language/at-if-more-undefined.zeek)
# The Zeek test's @TEST-START-NEXT parts where Mumble is not defined, as handlers of one script.
event zeek_init()
	{
@ifndef ( Mumble )
	if ( T )
		print "That's the right branch";
	else
		print "That's the wrong branch";
@endif
	}

event zeek_init()
	{
@ifdef ( Mumble )
	if ( T )
		print "That's the wrong branch";
@endif
	print "Not other output expected";
	}

event zeek_init()
	{
@ifdef ( Mumble )
	if ( T )
		print "That's the wrong branch";
@else
	if ( T )
		print "That is the right branch";
@endif
	}
