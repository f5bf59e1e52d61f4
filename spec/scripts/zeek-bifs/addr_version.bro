# Zeek test bifs.addr_version (testing/btest/bifs/addr_version.zeek)
print is_v4_addr(1.2.3.4);
print is_v4_addr([::1]);
print is_v6_addr(1.2.3.4);
print is_v6_addr([::1]);
