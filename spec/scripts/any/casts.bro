# as / is / ?as (§2.13).
local a: any = 5;
local s: any = "7";
print a as count, a is count, a is int, a ?as count, a ?as string;
print "1.2.3.4" as addr, "7" as count, "10.0.0.0/8" as subnet;
print 3.9 as count, 1234567890 as time, -2 as double;
