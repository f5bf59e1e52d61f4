##! The script side of the logging framework (docs/logging.md): log stream ids, the `Stream` and
##! `Filter` records, and the functions scripts call. Each function keeps the script-level tables
##! up to date and hands the work to a `Log::__*` built-in (src/runtime/builtins/logging.ts), which
##! drives the engine's log manager (src/logging): coercion, the `$ev` event, policy hooks, paths
##! and the ASCII writer.

module Log;

export {
	## One value per log stream; a script adds its own with `redef enum Log::ID += { LOG };`.
	## The default file name comes from the id (`SSH::LOG` writes ssh.log).
	type ID: enum {
		## Placeholder.
		UNKNOWN,
		## Zeek's redirected `print` output (not provided by rxbro).
		PRINTLOG
	};

	## Where a filter's rows go. Only the ASCII writer exists in rxbro; WRITER_NONE drops the rows.
	type Writer: enum {
		WRITER_NONE,
		WRITER_ASCII,
		WRITER_SQLITE,
	};

	## The writer of a filter that names none.
	const default_writer = WRITER_ASCII &redef;

	## Local and remote logging switches (rxbro only logs locally).
	const enable_local_logging = T &redef;
	const enable_remote_logging = T &redef;

	## Directory of the logs; rxbro writes to --log-dir (default: the working directory).
	const default_logdir = "" &redef;

	## Writer-independent defaults of the ASCII format (LogAscii:: takes these over).
	const separator = "\t" &redef;
	const set_separator = "," &redef;
	const empty_field = "(empty)" &redef;
	const unset_field = "-" &redef;

	## Joins the parts of a nested record's column name (`id.orig_h`).
	const default_scope_sep = "." &redef;

	## Column renaming applied by every filter without its own map.
	const default_field_name_map: table[string] of string = table() &redef;

	## Log rotation is not provided (rxbro writes one file per path); kept so scripts can set it.
	const default_rotation_interval = 0secs &redef;

	## Computes a filter's path when it has neither `$path` nor `$path_func`: the suggested `path`
	## when there is one, else the name derived from the id.
	global default_path_func: function(id: ID, path: string, rec: any) : string &redef;

	## How one stream is written.
	type Filter: record {
		## Names the filter within its stream ("default" for the one every stream starts with).
		name: string;
		## Writer of the rows.
		writer: Writer &default=default_writer;
		## File name without `.log`.
		path: string &optional;
		## Computes the path per row (gets the suggested path and the row).
		path_func: function(id: ID, path: string, rec: any): string &optional;
		## Only these columns (dotted names such as `id.orig_h`).
		include: set[string] &optional;
		## All but these columns.
		exclude: set[string] &optional;
		## Local / remote logging (rxbro logs locally whatever these say).
		log_local: bool &default=enable_local_logging;
		log_remote: bool &default=enable_remote_logging;
		## Column renaming (final name → written name).
		field_name_map: table[string] of string &default=default_field_name_map;
		## Joins nested column names.
		scope_sep: string &default=default_scope_sep;
		## Rotation interval (not provided; see default_rotation_interval).
		interv: interval &default=default_rotation_interval;
		## Options for the writer.
		config: table[string] of string &default=table();
	};

	## A stream-wide policy hook: runs for every write before the filters; a `break` vetoes the row.
	type StreamPolicyHook: hook(rec: any, id: ID);

	## A filter's policy hook: runs per filter; a `break` keeps the row out of that filter's log.
	type PolicyHook: hook(rec: any, id: ID, filter: Filter);

	redef record Filter += {
		## The filter's policy hook; the stream's `$policy` when not given.
		policy: PolicyHook &optional;
	};

	## What a stream logs.
	type Stream: record {
		## The record type whose `&log` fields are the columns.
		columns: any;
		## An event raised with each row (before it is written).
		ev: any &optional;
		## The path of every filter that names none.
		path: string &optional;
		## Policy hook inherited by filters without their own.
		policy: PolicyHook &optional;
		## Event groups (not provided by rxbro).
		event_groups: set[string] &default=set();
	};

	## What get_filter answers for a filter that does not exist.
	const no_filter: Filter = [$name="<not found>"];

	## Creates a stream with the default filter; T on success.
	global create_stream: function(id: ID, stream: Stream) : bool;
	## Removes a stream and closes its logs.
	global remove_stream: function(id: ID) : bool;
	## Writes a stream's rows again after disable_stream.
	global enable_stream: function(id: ID) : bool;
	## Stops writing a stream's rows (its `$ev` is not raised either).
	global disable_stream: function(id: ID) : bool;
	## Adds a filter, replacing one of the same name.
	global add_filter: function(id: ID, filter: Filter) : bool;
	## Removes the named filter (T also when there was none).
	global remove_filter: function(id: ID, name: string) : bool;
	## The names of a stream's filters.
	global get_filter_names: function(id: ID) : set[string];
	## The named filter, or no_filter.
	global get_filter: function(id: ID, name: string) : Filter;
	## Writes one row (a record of the stream's columns type, or one that coerces to it).
	global write: function(id: ID, columns: any) : bool;
	## Buffering switch (rxbro writes every row at once: no effect).
	global set_buf: function(id: ID, buffered: bool): bool;
	## Flushes a stream's logs (rxbro writes every row at once: no effect).
	global flush: function(id: ID): bool;
	## Adds the filter named "default".
	global add_default_filter: function(id: ID) : bool;
	## Removes the filter named "default".
	global remove_default_filter: function(id: ID) : bool;

	## Streams that exist and are enabled.
	global active_streams: table[ID] of Stream = table();

	## Runs for every write to any stream, before the filters' own hooks.
	global log_stream_policy: Log::StreamPolicyHook;
}

global all_streams: table[ID] of Stream = table();
global stream_filters: table[ID] of set[string] = table();
global filters: table[ID, string] of Filter;

function default_path_func(id: ID, path: string, rec: any) : string
	{
	# A path given by the filter, or the first answer of this function, stays.
	if ( path != "" )
		return path;

	return __default_path(id);
	}

function create_stream(id: ID, stream: Stream) : bool
	{
	if ( ! __create_stream(id, stream) )
		return F;

	all_streams[id] = stream;
	active_streams[id] = stream;
	return add_default_filter(id);
	}

function remove_stream(id: ID) : bool
	{
	if ( id in stream_filters )
		{
		for ( name in stream_filters[id] )
			delete filters[id, name];
		delete stream_filters[id];
		}

	delete all_streams[id];
	delete active_streams[id];
	return __remove_stream(id);
	}

function disable_stream(id: ID) : bool
	{
	delete active_streams[id];
	return __disable_stream(id);
	}

function enable_stream(id: ID) : bool
	{
	if ( ! __enable_stream(id) )
		return F;

	if ( id in all_streams )
		active_streams[id] = all_streams[id];
	return T;
	}

function add_filter(id: ID, filter: Filter) : bool
	{
	if ( id !in all_streams )
		return F;

	local stream = all_streams[id];

	# The stream's path and policy are defaults for its filters.
	if ( ! filter?$path && stream?$path )
		filter$path = stream$path;
	if ( ! filter?$path && ! filter?$path_func )
		filter$path_func = default_path_func;
	if ( ! filter?$policy && stream?$policy )
		filter$policy = stream$policy;

	if ( ! __add_filter(id, filter) )
		return F;

	if ( id !in stream_filters )
		stream_filters[id] = set();
	add stream_filters[id][filter$name];
	filters[id, filter$name] = filter;
	return T;
	}

function remove_filter(id: ID, name: string) : bool
	{
	if ( id in stream_filters )
		delete stream_filters[id][name];
	delete filters[id, name];
	return __remove_filter(id, name);
	}

function get_filter(id: ID, name: string) : Filter
	{
	if ( [id, name] in filters )
		return filters[id, name];
	return no_filter;
	}

function get_filter_names(id: ID) : set[string]
	{
	if ( id in stream_filters )
		return stream_filters[id];
	return set();
	}

function write(id: ID, columns: any) : bool
	{
	return __write(id, columns);
	}

function set_buf(id: ID, buffered: bool) : bool
	{
	return __set_buf(id, buffered);
	}

function flush(id: ID) : bool
	{
	return __flush(id);
	}

function add_default_filter(id: ID) : bool
	{
	return add_filter(id, [$name="default"]);
	}

function remove_default_filter(id: ID) : bool
	{
	return remove_filter(id, "default");
	}
