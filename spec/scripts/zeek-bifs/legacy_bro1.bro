# Bro 1.x built-ins (Zeek's old tests bifs.length, bifs.byte_len, bifs.parse_dotted_addr; the Bro 1.5.3 reference's sigprint.bro calls byte_len)
event zeek_init()
	{
	local mytable: table[string] of string = { ["key1"] = "val1" };
	local myset: set[count] = set( 3, 6, 2, 7 );
	local myvec: vector of string = vector( "value1", "value2" );

	print length(mytable);
	print length(myset);
	print length(myvec);

	mytable = table();
	myset = set();
	myvec = vector();

	print length(mytable);
	print length(myset);
	print length(myvec);

	print byte_len("hello"), byte_len("");
	print parse_dotted_addr("192.168.0.2");
	print parse_dotted_addr("1234::1");
	}
