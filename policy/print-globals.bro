##! Prints the estimated size of every global script variable at the end of the run (old Bro:
##! policy/print-globals.bro; engine.md 6.2): `global_sizes()` maps each global that has a value to
##! its estimated bytes (src/runtime/valueSize.ts), printed sorted by name.

event bro_done()
	{
	print global_sizes();
	}
