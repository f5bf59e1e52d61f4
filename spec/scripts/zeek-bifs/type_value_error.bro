# A type name is a value only as a call argument or record field; elsewhere it is an error with its position
type Color: enum { RED, GREEN };

event zeek_init()
	{
	local c = Color;
	print c;
	}
