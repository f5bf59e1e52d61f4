print 3.9 as count, 3.14 as count, 5 as double, 1234567890 as time;
print -3 as int;
