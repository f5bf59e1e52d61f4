type Box: record { n: count; };
global go = F;

event zeek_init()
    {
    local shared = Box($n = 1);
    local frozen = Box($n = 1);
    when ( go )
        print shared$n, frozen$n;
    shared$n = 2;
    frozen$n = 2;
    }

event zeek_init() &priority = -5
    {
    go = T;
    }
