module M;
export { global e: event(n: count); }
event e(n: count) { print "M::e", n; }
event zeek_init() { event M::e(1); event e(2); }
