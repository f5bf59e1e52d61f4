# §8.3 (Zeek's language.when-on-globals): a pending when wakes up when a global it names is assigned or an
# aggregate it read (directly or by indexing) is mutated — but not for a set nested in a record field.
type R: record {
	s: string &default = "";
	x: set[string] &optional;
};

global x1 = 0;
global x2: table[count] of R;
global x3: table[count] of R;

event modify()
	{
	x1 = 42;
	x2[15] = R();
	x2[10]$s = "bar";
	add x3[20]$x["j"];
	print "modified";
	}

event zeek_init()
	{
	x2[10] = R();
	x3[20] = R($x = set());
	when ( x1 == 42 )
		print "x1";
	when ( 15 in x2 )
		print "15 in x2";
	when ( x2[10]$s == "bar" )
		print "x2[10]$s";
	when ( "j" in x3[20]$x )
		print "j";
	timeout 1 sec
		{ print "j timed out"; }
	event modify();
	}
