print [::ffff:ffff], [::ffff:192.168.1.100], [ffff::192.168.1.100];
print [aaaa:bbbb:cccc:dddd:eeee:0:0:2222], [::ffff:0:192.168.1.100];
