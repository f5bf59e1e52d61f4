##! Zeek's policy/misc/dump-events (engine.md 6.10): prints every event with a handler, with its
##! arguments, to standard output as it is dispatched. The printing is the engine's
##! (src/engine/profiling/dumpEvents.ts); this script declares the options it reads.

module DumpEvents;

export {
	## Print the event arguments too.
	option include_args = T;

	## Also print events nothing handles.
	const dump_all_events = F &redef;

	## Print only events whose name matches.
	option include = /.*/;

	## One JSON object per event instead of the text form.
	option use_json = F;
}
