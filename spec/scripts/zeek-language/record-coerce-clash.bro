# Zeek test language.record-coerce-clash (testing/btest/language/record-coerce-clash.zeek)
# Record coercion attempt should report mismatched field types.
global wrong = "80/tcp";

type myrec: record {
	cid: conn_id;
};

event zeek_init()
	{
	local mr: myrec;
	mr = [$cid = [$orig_h=1.2.3.4,$orig_p=0/tcp,$resp_h=0.0.0.0,$resp_p=wrong]];
	get_port_transport_proto(mr$cid$resp_p);
	}
