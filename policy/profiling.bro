##! Turns on profiling of rxbro's resource use (old Bro: policy/profiling.bro; engine.md 6.3):
##! a record in prof.log at start-up, at the first packet, every 15 seconds of network time and at
##! the end of the input; every 20th record is "expensive" (global sizes, signature matcher).

redef profiling_file = open_log_file("prof");
redef profiling_interval = 15 secs;
redef expensive_profiling_multiple = 20;

event bro_init()
	{
	# Unbuffered, so the profile is on disk even if the run is cut short.
	set_buf(profiling_file, F);
	}
