# engine.md 5.13.2 and 5.13.4: address lists, != and ip-proto.
signature dst-ip-eq { dst-ip == 192.168.1.101 event "dst-ip-eq" }
signature dst-ip-eq-nomatch { dst-ip == 10.0.0.1 event "dst-ip-eq-nomatch" }
signature dst-ip-eq-list { dst-ip == 10.0.0.1,10.0.0.2,[fe80::1],192.168.1.101 event "dst-ip-eq-list" }
signature dst-ip-ne { dst-ip != 10.0.0.1 event "dst-ip-ne" }
signature dst-ip-ne-nomatch { dst-ip != 192.168.1.101 event "dst-ip-ne-nomatch" }
signature dst-ip-ne-list { dst-ip != 10.0.0.1,10.0.0.2,10.0.0.3,[fe80::1] event "dst-ip-ne-list" }
signature dst-ip-ne-list-nomatch { dst-ip != 10.0.0.1,10.0.0.2,10.0.0.3,[fe80::1],192.168.1.101 event "dst-ip-ne-list-nomatch" }
signature v6-112 { dst-ip == [2001:4f8:4:7:2e0:81ff:fe52:0]/112 event "v6-112" }
signature v6-fe80 { dst-ip == [fe80::0]/16 event "v6-fe80" }
signature v6-ne-120 { dst-ip != [2001:4f8:4:7:2e0:81ff:fe52:0]/120 event "v6-ne-120" }
signature proto-icmp { ip-proto == icmp event "proto-icmp" }
signature proto-icmp6 { ip-proto == icmp6 event "proto-icmp6" }
