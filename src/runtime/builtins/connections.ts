/**
 * Built-ins that ask the running engine about packets and connections: `get_conn_stats`,
 * `packet_source`, `connection_exists`, `lookup_connection`, `set_inactivity_timeout`. Without an engine (REPL, unit tests) they answer as a
 * Zeek run without input would: zero counters, an empty packet source, no connections.
 */
import { parseAddr } from '../addr';
import { boxAny, isAnyValue } from '../any';
import type { BuiltinContext } from '../context';
import { makePort, portProto, PORT_UDP } from '../port';
import { createSet } from '../table';
import { recordType, T } from '../types';
import { builtin, TRANSPORT_PROTO, type Builtin } from './builtin';

/** Zeek's `ConnStats` (the record `get_conn_stats()` returns); field order as Zeek prints it. */
export const CONN_STATS_FIELDS = [
  'total_conns', 'current_conns', 'sess_current_conns', 'num_packets', 'num_fragments', 'max_fragments',
  'num_tcp_conns', 'max_tcp_conns', 'cumulative_tcp_conns', 'num_udp_conns', 'max_udp_conns', 'cumulative_udp_conns',
  'num_icmp_conns', 'max_icmp_conns', 'cumulative_icmp_conns', 'num_packets_unprocessed', 'killed_by_inactivity',
] as const;

/** The `ConnStats` record type (also declared in policy/init-bare.bro, so scripts can name it). */
export const CONN_STATS = recordType(CONN_STATS_FIELDS.map((name) => ({ name, type: T.count })), 'ConnStats');

/** The `PacketSource` record type (also declared in policy/init-bare.bro). */
export const PACKET_SOURCE = recordType(
  [
    { name: 'live', type: T.bool },
    { name: 'path', type: T.string },
    { name: 'link_type', type: T.int },
    { name: 'netmask', type: T.count },
  ],
  'PacketSource',
);

/** libpcap's `PCAP_NETMASK_UNKNOWN`, the netmask of a trace file. */
export const NETMASK_UNKNOWN = 0xffffffff;

function connStats(ctx: BuiltinContext): Record<string, number> {
  const got = ctx.engine?.connStats() ?? {};
  const out: Record<string, number> = {};
  for (const f of CONN_STATS_FIELDS) out[f] = got[f] ?? 0;
  return out;
}

function packetSource(ctx: BuiltinContext): Record<string, unknown> {
  const s = ctx.engine?.packetSource();
  return {
    live: s?.live ?? false,
    path: s?.path ?? '',
    link_type: s?.link_type ?? -1,
    netmask: s?.netmask ?? NETMASK_UNKNOWN,
  };
}

/**
 * The `any` box of `__lookup_connection`'s result: a record type named `connection` (named records compare
 * by name), unwrapped by policy/init-bare.bro's `lookup_connection` with `as connection`.
 */
const CONNECTION_BOX = recordType([], 'connection');

/** Zeek's dummy record for an unknown id: 0.0.0.0:0/udp both ways, empty endpoints, network time. */
function dummyConnection(ctx: BuiltinContext): Record<string, unknown> {
  const zero = parseAddr('0.0.0.0');
  const p0 = makePort(0, PORT_UDP);
  return {
    id: { orig_h: zero, orig_p: p0, resp_h: zero, resp_p: p0, proto: 65535, ctx: {} },
    orig: { size: 0, state: 0 },
    resp: { size: 0, state: 0 },
    start_time: ctx.networkTime(),
    duration: 0,
    service: createSet(),
    history: '',
  };
}

/**
 * The connection built-ins.
 *
 * ## Example
 * ```ts
 * CONNECTION_BUILTINS.get_conn_stats.impl(ctx, [], []); // { total_conns: 0, … } without an engine
 * ```
 */
export const CONNECTION_BUILTINS: Record<string, Builtin> = {
  get_conn_stats: builtin([], CONN_STATS, (ctx) => connStats(ctx)),
  packet_source: builtin([], PACKET_SOURCE, (ctx) => packetSource(ctx)),
  // `c: conn_id`: the script-level record (redef-able), so the parameter is `any` here.
  connection_exists: builtin([['c', T.any]], T.bool, (ctx, [id]) => {
    const v = isAnyValue(id) ? id.value : id;
    return ctx.engine?.connectionExists(v as Record<string, unknown>) ?? false;
  }),
  // Zeek's get_conn_transport_proto: the connection's protocol, which its id's ports carry (so it also
  // answers in connection_state_remove, after rxbro's tracker has let the connection go).
  get_conn_transport_proto: builtin([['cid', T.any]], TRANSPORT_PROTO, (_ctx, [id]) => {
    const v = (isAnyValue(id) ? id.value : id) as Record<string, unknown>;
    const proto = portProto(v.resp_p as number);
    return proto === 'unknown' ? 'unknown_transport' : proto;
  }),
  // Zeek's set_inactivity_timeout: the previous timeout, 0 secs when there is no such connection.
  set_inactivity_timeout: builtin([['cid', T.any], ['t', T.interval]], T.interval, (ctx, [id, t]) => {
    const v = (isAnyValue(id) ? id.value : id) as Record<string, unknown>;
    return ctx.engine?.setInactivityTimeout?.(v, Math.max(0, t as number)) ?? 0;
  }),
  // The body of `lookup_connection` (policy/init-bare.bro), which gives the result its script type.
  __lookup_connection: builtin([['cid', T.any]], T.any, (ctx, [id]) => {
    const v = (isAnyValue(id) ? id.value : id) as Record<string, unknown>;
    const c = ctx.engine?.lookupConnection(v);
    if (c !== undefined) return boxAny(c, CONNECTION_BOX);
    ctx.error('connection ID not a known connection');
    return boxAny(dummyConnection(ctx), CONNECTION_BOX);
  }),
};
