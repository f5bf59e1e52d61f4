##! Prints "signature match", the message and the data (engine.md 5.13.7).
event signature_match(state: signature_state, msg: string, data: string)
	{
	print "signature match", msg, data;
	}
