# Zeek test language.at-if-else-if-braces (testing/btest/language/at-if-else-if-braces.zeek)
# The Zeek test's four @TEST-START-NEXT parts as handlers of one script.
global cond = T;
event zeek_init()
	{
	if ( F )
		@if ( cond  )
			print "Bad branch true";
		@else
			print "Bad branch false";
		@endif
	else
		print "That's the right branch";
	}

event zeek_init()
	{
	if ( T )
		@if ( cond  )
			print "That's the right branch";
		@else
			print "Bad branch false";
		@endif
	else
		print "Bad branch outer else";
	}

event zeek_init()
	{
	if ( T )
		{
		@if ( cond  )
			print "That's the right branch";
		@else
			print "Bad branch false";
		@endif
		}
	else
		print "Bad branch outer else";
	}

event zeek_init()
	{
	if ( F )
		{
		@if ( cond  )
			print "Bad branch true";
		@else
			print "Bad branch false";
		@endif
		}
	else
		print "That's the right branch";
	}
