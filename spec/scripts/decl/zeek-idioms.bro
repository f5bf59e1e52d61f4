# Idioms from Zeek's own base scripts: untyped brace initialisers, attributes with values on declarations,
# a function declared with attributes and defined later, redef enum inside export, optional-field +=.
module W;

export {
	type Action: enum { ACTION_LOG, ACTION_IGNORE, ACTION_NOTICE, };
	const actions: table[string] of Action = {
		["a"] = ACTION_IGNORE,
		["b"] = ACTION_NOTICE,
	} &default=ACTION_LOG &redef;
	option ignore_hosts: set[addr, string] = {};
	option do_not_ignore = {
		"bad_IP_checksum", "bad_TCP_checksum",
	};
	global seen: set[string, string] &create_expire=10min &redef;
	type Info: record {
		name: string &log;
		addl: string &log &optional;
	};
	global weird: function(w: Info) &deprecated="Remove in v9.1.";
}

const limiting = {
	ACTION_IGNORE,
	ACTION_NOTICE,
};

function weird(w: Info)
	{
	local action = actions[w$name];
	if ( action == ACTION_IGNORE || [w$name, ""] in seen )
		return;
	add seen[w$name, ""];
	if ( ! w?$addl )
		w$addl = "";
	w$addl += fmt(": %s", action);
	print w, action in limiting, w$name !in do_not_ignore, |ignore_hosts|;
	}

event zeek_init()
	{
	weird(Info($name="b"));
	weird(Info($name="b"));
	weird(Info($name="a"));
	weird(Info($name="c"));
	}
