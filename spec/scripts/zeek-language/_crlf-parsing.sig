signature blah
	{
	ip-proto == tcp
	src-port == 21
	payload /.*/
	event "matched"
	}
