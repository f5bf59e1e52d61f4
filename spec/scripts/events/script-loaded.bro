event zeek_script_loaded(path: string, level: count) { if ( /script-loaded/ in path ) print "loaded"; }
