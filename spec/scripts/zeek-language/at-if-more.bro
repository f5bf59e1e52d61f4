# Zeek test language.at-if-more (testing/btest/language/at-if-more.zeek)
# The Zeek test's @TEST-START-NEXT parts where Mumble is defined, as handlers of one script
# (at-if-more-undefined.bro holds the others).
global Mumble = 5;

event zeek_init()
	{
@if ( T )
	if ( T )
		print "That's the right branch";
@endif
	}

event zeek_init()
	{
@ifdef ( Mumble )
	if ( T )
		print "That's the right branch";
@endif
	}

event zeek_init()
	{
@ifdef ( Mumble )
	if ( F )
		print "That's the wrong branch";
	else
		print "That's the right branch";
@endif
	}

event zeek_init()
	{
@ifdef ( Mumble )
	if ( T )
		print "That is the right branch";
@else
	if ( T )
		print "That's the wrong branch";
@endif
	}

event zeek_init()
	{
@if ( F )
	if ( T )
		print "That's the wrong branch";
@else
	if ( T )
		print "That is the right branch";
@endif
	}

event zeek_init()
	{
@if ( T )
	print "That is the right branch 1";
	print "That is the right branch 2";
@else
	print "That is the wrong branch";
@endif
	}

event zeek_init()
	{
@if ( T )
	{
	print "That is the right branch 1";
	print "That is the right branch 2";
	}
@else
	{
	print "That is the wrong branch";
	}
@endif
	}
