##! Zeek's policy/misc/profiling (engine.md 6.3, 6.10): the same profiling as old Bro's
##! policy/profiling.bro, written to prof.log.

@load ../../profiling
