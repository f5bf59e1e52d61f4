function f(x: count): string
	{
	if ( x > 1 ) return "big";
	return "small";
	}
print f(1), f(5);
