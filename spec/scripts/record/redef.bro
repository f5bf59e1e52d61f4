type R: record { a: count; };
redef record R += { b: string &optional; c: count &default = 7; };
print R($a = 1);
