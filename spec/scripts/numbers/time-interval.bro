local t = double_to_time(100.0);
local t2 = t + 5 secs;
print t2 - t, t2 > t, type_name(t2), type_name(t2 - t);
print 10 secs / 2, 10 secs / 5 secs, 2 * 3 mins;
print interval_to_double(-1min);
