type R: record { ts: time &default = network_time(); };
global r = R();
print r$ts;
