type X: record { a: count &optional; b: count &default = 5; };
global x: X = [$a = 20, $b = 20];
delete x$a;
delete x$b;
print x?$a, x$b;
