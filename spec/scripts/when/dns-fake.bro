# §8.8 with ZEEK_DNS_FAKE via src/dns: answers arrive at the end of the drain; outside a when it is an error.
# (TXT results follow current Zeek, `T_TXT`, not the `16` of language.md; see src/dns/fakeResults.ts.)
event zeek_init()
	{
	when ( local name = lookup_addr(1.2.3.4) )
		print "addr", name;
	when ( local txt = lookup_hostname_txt("example.com") )
		print "txt", txt;
	when ( local addrs = lookup_hostname("example.com") )
		print "hostname", |addrs|;
	print "queued";
	}

event zeek_init() &priority = -10
	{
	print lookup_addr(5.6.7.8);
	}
