##! Prints the signature id, direction, payload size and the first 40 bytes of the matching data.
event signature_match(state: signature_state, msg: string, data: string)
	{
	print state$sig_id, state$id, state$is_orig, state$payload_size, data[:40];
	}
