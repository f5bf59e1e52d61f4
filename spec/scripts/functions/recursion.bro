function fib(n: count): count { if ( n < 2 ) return n; return fib(n - 1) + fib(n - 2); }
print fib(10);
