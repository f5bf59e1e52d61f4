type R: record { a: count; };
redef record R += { b: count; };
