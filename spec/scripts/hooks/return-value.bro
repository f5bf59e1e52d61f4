# A hook body may return a bool: the value is ignored, later bodies still run and the call's result depends on
# `break` only (Zeek test language.hook).
global h: hook(s: string);

hook h(s: string) &priority=9
	{
	print "return F", s;
	return F;
	print "not reached";
	}

hook h(s: string) &priority=8
	{
	print "return T", s;
	return T;
	}

hook h(s: string)
	{
	print "last", s;
	}

event zeek_init()
	{
	print hook h("x");
	}
