##! Handlers that fit no prototype get the same errors as without alternates; bad alternates are rejected.
global e: event(a: count, b: string, c: bool);
global e: event(a: count, b: string);
global e: event(a: count, d: string);
global e: event(b: count);
event e(b: string, a: count, x: bool) { print "no"; }
event e(a: string, b: string) { print "no"; }
event e(b: string) { print "no"; }
