type R: record { a: count; b: count &default = 5; };
global r: R = [$a = 1];
print r;
