##! engine.md 5.13.16 eval-condition: the eval function adds to the connection's service set.
@load-sigs ../sigs/eval-condition

function mark_conn(state: signature_state, data: string): bool
	{
	add state$conn$service["blah"];
	return T;
	}
