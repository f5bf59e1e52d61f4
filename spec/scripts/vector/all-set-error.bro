# Zeek's all_set/any_set want a vector of bool: anything else reports an error and gives F (Zeek test bifs.all_set).
event zeek_init()
	{
	print any_set(vector(1, 2));
	print "next";
	}
event zeek_init()
	{
	print all_set(vector(1, 2));
	}
