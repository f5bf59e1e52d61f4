# Zeek test language.hook_calls (testing/btest/language/hook_calls.zeek)
# The Zeek test's valid.zeek (hook_calls-invalid.bro holds its invalid.zeek).
hook myhook(i: count)
    {
    print "myhook()", i;
	if ( i == 0 ) break;
    }

hook myhook(i: count) &priority=-1
    {
    print "other myhook()", i;
	}

function indirect(): hook(i: count)
    {
    print "indirect()";
    return myhook;
    }

function really_indirect(): function(): hook(i: count)
    {
    print "really_indirect()";
    return indirect;
    }

global t: table[count] of hook(i: count) = {
    [0] = myhook,
};

event zeek_init()
	{
	hook myhook(3);
	print hook myhook(3);
	print hook myhook(0);
	print "-----------";
	hook indirect()(3);
	print hook indirect()(3);
	print "-----------";
	hook really_indirect()()(3);
	print hook really_indirect()()(3);
	print "-----------";
	local h = t[0];
	hook h(3);
	print hook h(3);
	if ( hook h(3) )
		print "yes";
	if ( ! hook h(0) )
		print "double yes";
	print "-----------";
	hook t[0](3);
	print hook t[0](3);
	}
