##! engine.md 5.13.9: print the offset and the matched part of the datagram.
global eom_match: event(state: signature_state, msg: string, data: string, end_of_match: count);

event eom_match(state: signature_state, msg: string, data: string, end_of_match: count)
	{
	print fmt("signature_match %s - %s - offset=%d", state$conn$id, msg, end_of_match);
	print data[:end_of_match];
	}
