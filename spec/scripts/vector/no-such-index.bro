event zeek_init() { local v = vector(1); print v[3]; }
