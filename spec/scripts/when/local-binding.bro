global t: table[string] of count;
event e() { t["k"] = 5; }
event zeek_init() { when ( local v = t["k"] ) print "got", v; event e(); }
