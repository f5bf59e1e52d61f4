event zeek_init() { local a = 1; local b = 2; when [b] ( a == 1 ) print a; }
