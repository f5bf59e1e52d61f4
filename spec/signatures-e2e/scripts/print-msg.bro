##! Prints the message and the signature id of each match (engine.md 5.13.5, 5.13.6).
event signature_match(state: signature_state, msg: string, data: string)
	{
	print msg, state$sig_id;
	}
