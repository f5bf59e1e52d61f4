global peers: set[addr] &synchronized &mergeable;
event zeek_init() { add peers[1.2.3.4]; print peers; }
