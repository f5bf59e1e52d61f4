local sn = 10.0.0.0/8;
print 10.1.2.3 in sn, 11.0.0.1 in sn, 10.1.2.3 / 16, |sn|;
print 1.2.3.4 in [::ffff:0:0]/96;
