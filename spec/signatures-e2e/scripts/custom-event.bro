##! Handlers of the four custom event forms (engine.md 5.13.12).
global mynets: set[subnet] = { 192.168.1.0/24, 10.0.0.0/8, 127.0.0.0/24 };
event my_signature_match2(state: signature_state, data: string)
	{ print "signature_match2", state$conn$id; }
event my_signature_match3(state: signature_state, msg: string, data: string)
	{ print "signature_match3", state$conn$id, msg; }
event my_signature_match4(state: signature_state, msg: string, data: string, end_of_match: count)
	{ print "signature_match4", state$conn$id, msg, end_of_match; }
event my_signature_match5(state: signature_state, data: string, end_of_match: count)
	{ print "signature_match5", state$conn$id, end_of_match; }
