type Inner: record { a: count; b: count &default = 9876; };
type Outer: record { x: count; i: Inner &default = [$a = 1234]; };
print Outer($x = 4321);
