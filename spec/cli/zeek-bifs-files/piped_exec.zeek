# Zeek test bifs.piped_exec without its first part (it pipes a script into `zeek`, which reads it from stdin).
if ( piped_exec("cat > test.txt", "\x00\x00hello\x00\x00") != T )
	exit(1);
print "done";
