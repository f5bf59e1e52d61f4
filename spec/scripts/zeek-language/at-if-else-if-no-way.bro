# Zeek test language.at-if-else-if-no-way (testing/btest/language/at-if-else-if-no-way.zeek)
event zeek_init()
	{
@if ( T )
	if ( F )
@else
	if ( F )
@endif
		print "There's no way this should happen";
	}
