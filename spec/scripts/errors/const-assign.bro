const c = 1;
event zeek_init() { c = 2; }
