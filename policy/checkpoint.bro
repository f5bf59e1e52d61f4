# Bro 1.x's checkpoint.bro (language.md §9.1): write the &persistent state every
# state_checkpoint_interval and re-read it (if another process changed it) every
# state_rescan_interval, both on network time. An interval of 0 turns that cycle off.

const state_checkpoint_interval = 15 min &redef;
const state_rescan_interval = 15 secs &redef;

# Services whose connections Bro 1.x meant to keep across restarts (ftp, ssh, telnet, rlogin).
# As in Bro 1.x the call that would do so stays commented out; in rxbro make_connection_persistent()
# is accepted and does nothing (docs/state-format.md).
const persistent_services = { 21/tcp, 22/tcp, 23/tcp, 513/tcp } &redef;

global state_checkpoint: event();
global state_rescan: event();

# In trace mode the first timer is already due at the first packet (language.md §6.3), so the
# first checkpoint would come right at the start: it is skipped on purpose.
global checkpoint_first = T;

event state_checkpoint()
	{
	if ( checkpoint_first )
		checkpoint_first = F;
	else if ( ! bro_is_terminating() )
		checkpoint_state();

	if ( state_checkpoint_interval > 0 secs )
		schedule state_checkpoint_interval { state_checkpoint() };
	}

event state_rescan()
	{
	rescan_state();

	if ( state_rescan_interval > 0 secs )
		schedule state_rescan_interval { state_rescan() };
	}

# event connection_established(c: connection)
#	{
#	if ( c$id$resp_p in persistent_services )
#		make_connection_persistent(c);
#	}

event bro_init()
	{
	if ( state_checkpoint_interval > 0 secs )
		schedule state_checkpoint_interval { state_checkpoint() };

	if ( state_rescan_interval > 0 secs )
		schedule state_rescan_interval { state_rescan() };
	}
