##! engine.md 5.13.10 in full: each event has a handler of its canonical (with end_of_match) and of its
##! 3-parameter alternate prototype; the test adds the dpd_buffer_size redef.
module DataEndOffset;
export {
	global portability_match: event(state: signature_state, data: string, end_of_match: count);
	global portability_match: event(state: signature_state, data: string);
	global portability_match_with_msg: event(state: signature_state, msg: string, data: string, end_of_match: count);
	global portability_match_with_msg: event(state: signature_state, msg: string, data: string);
}
event signature_match(state: signature_state, msg: string, data: string)
	{ print "signature_match", msg, |data|; }
event signature_match(state: signature_state, msg: string, data: string, end_of_match: count)
	{ print "signature_match with end_of_match", msg, |data|, data[:end_of_match]; }
event portability_match(state: signature_state, data: string, end_of_match: count)
	{ print "portability_match with end_of_match", |data|, data[:end_of_match]; }
event portability_match(state: signature_state, data: string)
	{ print "portability_match", |data|; }
event portability_match_with_msg(state: signature_state, msg: string, data: string, end_of_match: count)
	{ print "portability_match_with_msg with end_of_match", msg, |data|, end_of_match, data[:end_of_match]; }
event portability_match_with_msg(state: signature_state, msg: string, data: string)
	{ print "portability_match_with_msg", msg, |data|; }
