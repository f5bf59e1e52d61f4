# @unload marks a script as loaded so a later @load of it is skipped (§1.5); @prefixes is accepted.
@prefixes += lcl
@unload ./_helper
@load ./_helper
@ifdef ( helper_value )
print "helper loaded";
@else
print "helper skipped";
@endif
