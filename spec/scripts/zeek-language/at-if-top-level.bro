# Zeek test language.at-if-top-level (testing/btest/language/at-if-top-level.zeek)
; # This is required - I have not understood it.

@if ( T )
print "yes";
@endif

@if ( F )
print "no";
@else
print "yes";
@endif
