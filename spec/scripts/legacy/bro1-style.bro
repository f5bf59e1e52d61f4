# A Bro 1.x/2.x-style policy: legacy attributes, bro_init/bro_done, split(), nested containers,
# redef enum in a module, &persistent (saved in state_dir)/&synchronized, old-style when.
@load ./_util

module Scan;

export {
	type Info: record {
		src: addr;
		ports: set[port];
		first_seen: time &optional;
	};
	global scanners: table[addr] of Info &persistent &synchronized;
	const threshold = 3 &redef;
	redef enum Kind += { PORT_SCAN, ADDR_SCAN };
}

redef threshold = 2;

function note(a: addr, p: port): bool
	{
	if ( a !in scanners )
		scanners[a] = [$src = a, $ports = set()];
	add scanners[a]$ports[p];
	return |scanners[a]$ports| >= threshold;
	}

event bro_init()
	{
	local hits: table[count] of string = table();
	hits[1] = "one";
	local parts = split("80/tcp,443/tcp", /,/);
	for ( i in parts )
		if ( note(10.0.0.1, to_port(parts[i])) )
			print "scanner", 10.0.0.1, PORT_SCAN, |scanners[10.0.0.1]$ports|;
	print scanners[10.0.0.1]?$first_seen, Util::greeting;
	}

event bro_done()
	{
	for ( a in scanners )
		print "done", a, enum_to_int(ADDR_SCAN);
	}
