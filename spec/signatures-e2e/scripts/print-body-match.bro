##! http-body-match: the originator port, the message and the data, quoted (engine.md 5.13.17).
event signature_match(state: signature_state, msg: string, data: string)
	{
	print fmt("%s %s '%s'", port_to_count(state$conn$id$orig_p), msg, data);
	}
