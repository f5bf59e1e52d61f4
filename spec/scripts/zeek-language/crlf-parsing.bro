# Zeek test language.crlf-parsing (testing/btest/language/crlf-parsing.zeek): every line of it and of its two helpers ends in CRLF
@load ./_crlf-parsing.zeek
@load-sigs ./_crlf-parsing.sig

print "first hello";

@if ( T )
	print "hello T";
@else
	print "hello F";
@endif

print "last hello";
