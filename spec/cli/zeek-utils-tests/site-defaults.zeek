# Zeek's test, its first part (the one with a stored baseline); the others are in zeekUtilsTests.spec.ts.
# @TEST-EXEC: zeek -b %INPUT > output
# @TEST-EXEC: btest-diff output

# @TEST-START-FILE common.zeek
# Added for rxbro: Zeek's bare mode has the site script through its frameworks, rxbro's does not.
@load base/utils/site

function check_addr(ip: addr)
	{
	print fmt("%s is private: %s", ip, Site::is_private_addr(ip));
	print fmt("%s is local: %s", ip, Site::is_local_addr(ip));

	if ( ip in Site::local_nets_table )
		print fmt("local subnet is %s", Site::local_nets_table[ip]);
	else
		print fmt("no local subnet");
	}

event zeek_init()
	{
	check_addr(10.0.0.1);
	check_addr(1.2.3.4);
	}
# @TEST-END-FILE

# (1) The common case: 10/8 is private, implying local, and 1/8 is not.
@load ./common
