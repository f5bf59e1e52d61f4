global ev: event(s: string);
event ev(s: string) { print "ev", s; }
event zeek_init() { event ev("hi"); }
