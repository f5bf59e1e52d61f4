##! engine.md 5.13.9: a 4-parameter signature_match handler prints the offset and the matched part of the datagram.
event signature_match(state: signature_state, msg: string, data: string, end_of_match: count)
	{
	print fmt("signature_match %s - %s - offset=%d", state$conn$id, msg, end_of_match);
	print data[:end_of_match];
	}
