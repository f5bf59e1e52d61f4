# Zeek test language.dangling-at (testing/btest/language/dangling-at.zeek)
# Check that dangling conditionals are detected.

@if ( 1==1 )
print "it's true!";
@else
lalala
