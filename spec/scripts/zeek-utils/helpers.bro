# rxbro's base/utils scripts: the functions Zeek's scripts.base.utils.* tests do not call (docs/zeek-utils.md).
@load base/utils/addrs
@load base/utils/directions-and-hosts
@load base/utils/patterns
@load base/utils/queue
@load base/utils/strings
@load base/utils/thresholds
@load base/utils/time
@load base/utils/urls

redef Site::neighbor_nets += { 192.0.2.0/24 };
redef Site::neighbor_zones += { "partner.example" };

event zeek_init()
	{
	# addrs
	print addr_to_uri(1.2.3.4), addr_to_uri([2001:db8::1]);
	print normalize_mac("00-A0-32-D7-81-8F"), normalize_mac("0011.2233.4455.6677"), normalize_mac("abc") == "";
	print has_valid_octets(vector("1", "255")), has_valid_octets(vector("256"));
	print "2001:db8::ffff:1.2.3.4" == ipv6_addr_regex, "1.2.3.4" == ip_addr_regex, "::" == ipv6_compressed_hex_regex;
	print extract_ip_addresses("(10.0.0.1) {10.0.0.2} [10.0.0.3) x 2001:db8::1 y", T);

	# site
	print Site::is_neighbor_addr(192.0.2.7), Site::is_neighbor_addr(10.0.0.1), Site::is_private_addr(8.8.8.8);
	print Site::is_neighbor_name("www.partner.example"), Site::is_neighbor_name(".partner.example"), Site::is_neighbor_name("xpartner.example");

	# patterns
	print match_pattern("foobar", /o*[a-k]/), match_pattern("foobar", /o+[a-k]/);
	print set_to_regex(set("a.b", "c*"), "^(~~)$");

	# strings
	print is_string_binary("\xff\xffab\x00\x00\x00\x00"), string_escape("a\"b", "\"");

	# thresholds
	local tc = new_track_count();
	tc$n = 30;
	print default_check_threshold(tc), default_check_threshold(tc), tc;
	local last: TrackCount = [$n=100, $index=1];
	print check_threshold(vector(10, 100), last), check_threshold(vector(10, 100), last), last;

	# time
	print duration_to_mins_secs(214.4 secs), duration_to_mins_secs(0 secs), null_ts, get_packet_lag();

	# queue: peek, merge, a full queue drops its oldest value
	local q1 = Queue::init([$max_len=3]);
	local q2 = Queue::init();
	Queue::put(q1, "a");
	Queue::put(q1, "b");
	Queue::put(q2, "c");
	Queue::put(q2, "d");
	local m = Queue::merge(q1, q2);
	local mv: vector of string = vector();
	Queue::get_vector(m, mv);
	print Queue::peek(q1), Queue::len(q1), Queue::len(m), mv;
	Queue::put(m, "e");
	print Queue::get(m), Queue::get(m), Queue::len(m);

	# urls
	print find_all_urls_without_scheme("see http://a.example/x and ftp://b.example");
	print decompose_uri("http://user@host:8/p.tar.gz?a=1&b&c=3");
	}
