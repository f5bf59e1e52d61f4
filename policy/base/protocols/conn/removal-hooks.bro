##! base/protocols/conn/removal-hooks: hooks a script attaches to one connection, each called once
##! when that connection is removed (after connection_state_remove's handlers of priority > -3).

module Conn;

export {
	## Attaches a removal hook to a connection; F if it was already attached.
	global register_removal_hook: function(c: connection, hk: Conn::RemovalHook): bool;

	## Detaches a removal hook from a connection; F if it was not attached.
	global unregister_removal_hook: function(c: connection, hk: Conn::RemovalHook): bool;
}

function register_removal_hook(c: connection, hk: Conn::RemovalHook): bool
	{
	if ( ! c?$removal_hooks )
		{
		c$removal_hooks = set(hk);
		return T;
		}

	if ( hk in c$removal_hooks )
		return F;

	add c$removal_hooks[hk];
	return T;
	}

function unregister_removal_hook(c: connection, hk: Conn::RemovalHook): bool
	{
	if ( ! c?$removal_hooks || hk !in c$removal_hooks )
		return F;

	delete c$removal_hooks[hk];
	return T;
	}

event connection_state_remove(c: connection) &priority=-3
	{
	if ( ! c?$removal_hooks )
		return;

	for ( hk in c$removal_hooks )
		hook hk(c);
	}
