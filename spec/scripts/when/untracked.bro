# Nothing but a watched change wakes a condition: a global used only inside a called function is not one
# (§8.3). Virtual time fast-forwards between timers (exit_only_after_terminate).
redef exit_only_after_terminate = T;
global hidden = F;
global poke = 0;
function check(): bool { return hidden; }

event later() { hidden = T; print "hidden set"; }
event later2() { poke = 1; print "poke"; terminate(); }

event zeek_init()
	{
	when ( check() || poke > 5 )
		print "fired";
	timeout 1 sec
		{ print "timed out"; }
	event later();
	schedule 0.5 secs { later2() };
	}
