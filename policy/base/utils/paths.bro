##! Zeek's base/utils/paths: finding and joining UNIX (and drive-letter) paths.
##! compress_path is a built-in (builtins/paths.ts).

module GLOBAL;

export {
	## Matches text starting with an absolute path: "/" or a drive letter
	## with ":" and a slash or backslash.
	const absolute_path_pat = /(\/|[A-Za-z]:[\\\/]).*/;

	## The first absolute path in `input`: the inside of the first double-quoted one
	## if there is one, else the first unquoted one (up to a blank or a quote; a
	## backslash-escaped blank stays in it); "" when there is none.
	global extract_path: function(input: string): string;

	## `file_name` inside `dir`, with one "/" between them; `file_name` itself when it
	## is absolute or `dir` is "".
	global build_path: function(dir: string, file_name: string): string;

	## build_path, then compress_path.
	global build_path_compressed: function(dir: string, file_name: string): string;
}

function extract_path(input: string): string
	{
	local quoted = split_string_all(input, /\"(\/|[A-Za-z]:[\\\/])[^\"]*\"/);
	if ( |quoted| >= 3 )
		# The match with its two quotes.
		return sub_bytes(quoted[1], 2, |quoted[1]| - 2);

	local bare = split_string_all(input, /(\/|[A-Za-z]:[\\\/])(\\\ |[^\"\ ])*/);
	if ( |bare| >= 3 )
		return bare[1];
	return "";
	}

function build_path(dir: string, file_name: string): string
	{
	if ( dir == "" || file_name == absolute_path_pat )
		return file_name;
	if ( ends_with(dir, "/") )
		return dir + file_name;
	return dir + "/" + file_name;
	}

function build_path_compressed(dir: string, file_name: string): string
	{
	return compress_path(build_path(dir, file_name));
	}
