global t: table[string] of count &create_expire = 1 sec;
event zeek_init() { t["a"] = 1; }
event zeek_done() { print |t|, "a" in t; }
