##! engine.md 5.13.14: signatures loaded from a script, relative to its folder.
@load-sigs ../sigs/load-sigs

event signature_match(state: signature_state, msg: string, data: string)
	{
	print state$conn$id;
	print msg;
	print data;
	}
