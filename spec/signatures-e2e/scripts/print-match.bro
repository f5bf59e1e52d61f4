##! Prints each signature_match as the 5.13 baselines do: the connection id and the message.
event signature_match(state: signature_state, msg: string, data: string)
	{
	print fmt("signature_match %s - %s", state$conn$id, msg);
	}
