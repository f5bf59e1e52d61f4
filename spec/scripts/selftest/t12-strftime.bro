print strftime("%Y-%m-%d %H:%M:%S", 0 as time);
print strftime("%H%M%S %Y%m%d", 123456789 as time);
