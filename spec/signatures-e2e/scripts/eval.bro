##! An eval function that prints what it sees and accepts (engine.md 5.13.16).
module SignatureEvalTest;
export { global signature_cond: function(state: signature_state, data: string): bool; }
function signature_cond(state: signature_state, data: string): bool
	{ print "signature_cond", data[:32]; return T; }
event signature_match(state: signature_state, msg: string, data: string)
	{ print "signature_match", msg, data[:32]; }
