type Peer: record {
	host: addr;
	port_: port &default = 80/tcp;
	note: string &optional;
};
local p = Peer($host = 1.2.3.4);
print p, p?$note, p?$port_, |p|;
p$note = "x";
print p$note, p;
