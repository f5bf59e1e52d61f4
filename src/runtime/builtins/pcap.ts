/**
 * Capture-filter built-ins of Zeek's `Pcap` module (core.pcap.filter-error, core.pcap.dynamic-filter):
 * `Pcap::precompile_pcap_filter(id, s)`, `Pcap::install_pcap_filter(id)`, `Pcap::error()`,
 * `Pcap::get_filter_state(id)`, `Pcap::get_filter_state_string(id)` (the PacketFilter framework's), and
 * Bro 1.x/2.x's global names `precompile_pcap_filter`, `install_pcap_filter`, `pcap_error`.
 * The filters are rxbro's own compiler (src/filter, docs/filters.md); without an engine every
 * call fails.
 */
import { enumType, T } from '../types';
import { builtin, type Builtin } from './builtin';

/** `Pcap::filter_state` as init-bare.bro declares it (`ok`, `fatal`, `warning`). */
const FILTER_STATE = enumType('Pcap::filter_state', ['Pcap::ok', 'Pcap::fatal', 'Pcap::warning']);

// `PcapFilterID` is an enum declared in init-bare.bro and extended by scripts (`redef enum
// PcapFilterID += { A };`); enum values are numbers at run time, so `any` lets every extension in.
const precompile = builtin([['id', T.any], ['s', T.string]], T.bool, (ctx, [id, s]) => ctx.pcap?.precompile(id as number, s as string) ?? false);
const install = builtin([['id', T.any]], T.bool, (ctx, [id]) => ctx.pcap?.install(id as number) ?? false);
const error = builtin([], T.string, (ctx) => ctx.pcap?.error() ?? 'no error');
// The PacketFilter framework's detail for its "Bad pcap filter" message (Zeek's pcap.bif has both).
const state = builtin([['id', T.any]], FILTER_STATE, (ctx, [id]) => `Pcap::${ctx.pcap?.state(id as number) ?? 'ok'}`);
const stateString = builtin([['id', T.any]], T.string, (ctx, [id]) => ctx.pcap?.stateString(id as number) ?? '');

/** The `Pcap` built-ins by script name. */
export const PCAP_BUILTINS: Readonly<Record<string, Builtin>> = {
  'Pcap::precompile_pcap_filter': precompile,
  'Pcap::install_pcap_filter': install,
  'Pcap::error': error,
  'Pcap::get_filter_state': state,
  'Pcap::get_filter_state_string': stateString,
  precompile_pcap_filter: precompile,
  install_pcap_filter: install,
  pcap_error: error,
};
