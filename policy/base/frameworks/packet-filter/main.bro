##! Zeek's PacketFilter framework: the capture filter is built from `capture_filters` (ORed;
##! `default_capture_filter` when there are none) and `restrict_filters` (ANDed), installed at the
##! end of zeek_init and written to packet_filter.log. A `-f` filter (`cmd_line_bpf_filter`)
##! replaces the built one. `exclude`/`exclude_for` add "not (...)" terms at run time.
##! The filters are compiled by rxbro's own compiler (src/filter, docs/filters.md).

@load base/frameworks/notice
@load ./utils

module PacketFilter;

export {
	redef enum Log::ID += { LOG };

	## Policy hook of the packet_filter stream.
	global log_policy: Log::PolicyHook;

	redef enum Notice::Type += {
		## A built filter did not compile.
		Compile_Failure,
		## A compiled filter could not be installed.
		Install_Failure,
		## Compiling the filter took longer than `max_filter_compile_time`.
		Too_Long_To_Compile_Filter,
	};

	## One row of packet_filter.log: one per filter installed.
	type Info: record {
		## When the filter was installed (the wall clock during start-up).
		ts: time &log;
		## Which node installed it (`peer_description`).
		node: string &log &optional;
		## The filter's text.
		filter: string &log;
		## T for the filter installed at start-up.
		init: bool &log &default=F;
		## F when installing failed.
		success: bool &log &default=T;
		## Why installing failed.
		failure_reason: string &log &optional;
	};

	## What is captured when no `capture_filters` are given: everything.
	const default_capture_filter = "ip or not ip" &redef;

	## ORed in front of every built filter (traffic to see whatever the restrictions say).
	const unrestricted_filter = "" &redef;

	## ANDed in front of every built filter (e.g. "vlan" for tagged traffic).
	const restricted_filter = "" &redef;

	## A compile slower than this raises Too_Long_To_Compile_Filter.
	const max_filter_compile_time = 100msec &redef;

	## Leaves out the traffic `filter` matches (it is wrapped in "not (...)") under the name
	## `filter_id`; F when the expression does not compile.
	global exclude: function(filter_id: string, filter: string): bool;

	## As `exclude`, for `span` only.
	global exclude_for: function(filter_id: string, filter: string, span: interval): bool;

	## Drops the exclusion named `filter_id`; F when there is none.
	global remove_exclude: function(filter_id: string): bool;

	## Builds the filter again and installs it when it changed; T when a new filter was installed.
	global install: function(): bool;

	## A plug-in called while the filter is built (to add capture/restrict filters).
	type FilterPlugin: record {
		func: function();
	};

	## Registers a filter plug-in.
	global register_filter_plugin: function(fp: FilterPlugin);

	## Zeek's old "capture only the analyzed protocols' ports" mode. rxbro has no analyzer port
	## registry (Analyzer::get_bpf), so with T the filter is built from capture_filters alone.
	const enable_auto_protocol_capture_filters = F &redef;

	## The filter installed last ("<not set yet>" before the first).
	global current_filter = "<not set yet>";
}

# The exclusions added by exclude()/exclude_for(), by name.
global dynamic_restrict_filters: table[string] of string = {};

# True while build() runs, so a plug-in calling install() does not recurse.
global currently_building = F;

# Set by plug-ins that changed their filters; the periodic check then re-installs.
global filter_changed = F;

global filter_plugins: set[FilterPlugin] = {};

redef enum PcapFilterID += {
	DefaultPcapFilter,
	FilterTester,
};

# Whether `filter` compiles (under a scratch id, installing nothing).
function test_filter(filter: string): bool
	{
	return Pcap::precompile_pcap_filter(FilterTester, filter);
	}

# The periodic check runs only once a plug-in exists (only plug-ins set filter_changed), so a run
# without plug-ins has no extra timer (prof.log's timer counts stay Bro's).
global tracking_changes = F;

event filter_change_tracking()
	{
	if ( filter_changed )
		install();
	schedule 5min { filter_change_tracking() };
	}

function track_changes()
	{
	if ( tracking_changes )
		return;
	tracking_changes = T;
	event filter_change_tracking();
	}

event zeek_init() &priority=5
	{
	Log::create_stream(PacketFilter::LOG, [$columns=Info, $path="packet_filter", $policy=log_policy]);

	# Each named filter on its own first, so the error names the culprit.
	for ( name, cf in capture_filters )
		if ( ! test_filter(cf) )
			Reporter::fatal(fmt("Invalid capture_filter named '%s' - '%s'", name, cf));

	for ( name, rf in restrict_filters )
		if ( ! test_filter(rf) )
			Reporter::fatal(fmt("Invalid restrict filter named '%s' - '%s'", name, rf));
	}

# After every other zeek_init handler has had its say about the filters.
event zeek_init() &priority=-6
	{
	install();
	if ( |filter_plugins| > 0 )
		track_changes();
	}

function register_filter_plugin(fp: FilterPlugin)
	{
	add filter_plugins[fp];
	# Registered after start-up: start the periodic check now (before, zeek_init starts it).
	if ( network_time() != 0.0 )
		track_changes();
	}

event remove_dynamic_filter(filter_id: string)
	{
	remove_exclude(filter_id);
	}

function remove_exclude(filter_id: string): bool
	{
	if ( filter_id !in dynamic_restrict_filters )
		return F;
	delete dynamic_restrict_filters[filter_id];
	install();
	return T;
	}

function exclude(filter_id: string, filter: string): bool
	{
	if ( ! test_filter(filter) )
		return F;
	dynamic_restrict_filters[filter_id] = filter;
	install();
	return T;
	}

function exclude_for(filter_id: string, filter: string, span: interval): bool
	{
	if ( ! exclude(filter_id, filter) )
		return F;
	schedule span { remove_dynamic_filter(filter_id) };
	return T;
	}

# The filter text: -f as given, else (capture filters, or the default) and (restrictions).
function build(): string
	{
	if ( cmd_line_bpf_filter != "" )
		return cmd_line_bpf_filter;

	currently_building = T;
	for ( plugin in filter_plugins )
		plugin$func();

	local capture = "";
	if ( |capture_filters| == 0 && ! enable_auto_protocol_capture_filters )
		capture = default_capture_filter;
	for ( _, cf in capture_filters )
		capture = combine_filters(capture, "or", cf);

	local restrict = "";
	for ( _, rf in restrict_filters )
		restrict = combine_filters(restrict, "and", rf);
	for ( _, drf in dynamic_restrict_filters )
		restrict = combine_filters(restrict, "and", fmt("not (%s)", drf));

	local result = combine_filters(capture, "and", restrict);
	if ( unrestricted_filter != "" )
		result = combine_filters(unrestricted_filter, "or", result);
	if ( restricted_filter != "" )
		result = combine_filters(restricted_filter, "and", result);

	currently_building = F;
	return result;
	}

function install(): bool
	{
	if ( currently_building )
		return F;

	local candidate = build();
	if ( candidate == current_filter )
		return F;

	local started = current_time();
	if ( ! Pcap::precompile_pcap_filter(DefaultPcapFilter, candidate) )
		{
		if ( Pcap::get_filter_state(DefaultPcapFilter) == Pcap::fatal )
			{
			NOTICE([$note=Compile_Failure, $msg="Compiling packet filter failed", $sub=candidate]);
			local problem = fmt("Bad pcap filter '%s': %s", candidate, Pcap::get_filter_state_string(DefaultPcapFilter));
			# During start-up a filter that does not compile ends the run; later it is only a warning.
			if ( network_time() == 0.0 )
				Reporter::fatal(problem);
			else
				Reporter::warning(problem);
			}
		}
	local took = current_time() - started;
	if ( took > max_filter_compile_time )
		NOTICE([$note=Too_Long_To_Compile_Filter,
		        $msg=fmt("A BPF filter is taking longer than %0.1f seconds to compile", took)]);

	current_filter = candidate;

	local info: Info = [$ts=network_time(), $node=peer_description, $filter=current_filter];
	# Before the first packet there is no network time: stamp with the wall clock, as Zeek does.
	if ( info$ts == 0.0 )
		{
		info$ts = current_time();
		info$init = T;
		}

	if ( ! Pcap::install_pcap_filter(DefaultPcapFilter) )
		{
		info$success = F;
		info$failure_reason = Pcap::get_filter_state_string(DefaultPcapFilter);
		NOTICE([$note=Install_Failure, $msg="Installing packet filter failed", $sub=current_filter]);
		}

	if ( reading_live_traffic() || reading_traces() )
		Log::write(PacketFilter::LOG, info);

	filter_changed = F;
	return T;
	}
