event a() { print "a"; }
event b(n: count) { print "b", n; }
event zeek_init()
    {
    event a();
    schedule 2 secs { b(2) };
    schedule 1 sec { b(1) };
    event b(0);
    print "init";
    }
