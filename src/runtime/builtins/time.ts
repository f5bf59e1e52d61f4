/** Built-ins of language.md §10.2: network/current time, conversions, strftime/strptime. */
import { strftime, strptime, useUtc } from '../strftime';
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

const id = (_ctx: unknown, [x]: unknown[]) => x;

/**
 * Time built-ins (language.md §10.2).
 *
 * ## Example
 * ```ts
 * Object.keys(TIME_BUILTINS); // names merged into BUILTINS
 * ```
 */
export const TIME_BUILTINS: Record<string, Builtin> = {
  network_time: builtin([], T.time, (ctx) => ctx.networkTime()),
  // The current packet's timestamp: while packets are read, network time is the latest packet's (0 before the
  // first); without a packet source there is none, 0 (docs/zeek-utils.md).
  get_current_packet_ts: builtin([], T.time, (ctx) => (ctx.readingTraces() || ctx.readingLiveTraffic() ? ctx.networkTime() : 0)),
  current_time: builtin([], T.time, (ctx) => ctx.currentTime()),
  double_to_time: builtin([['d', T.double]], T.time, id),
  time_to_double: builtin([['t', T.time]], T.double, id),
  double_to_interval: builtin([['d', T.double]], T.interval, id),
  interval_to_double: builtin([['i', T.interval]], T.double, id),
  // rxbro does not implement EventMetadata network timestamps: Zeek 8 returns -1.0 then.
  current_event_time: builtin([], T.time, () => -1.0),
  strftime: builtin([['fmt', T.string], ['d', T.time]], T.string, (ctx, [f, t]) => {
    const s = strftime(f as string, t as number, useUtc(ctx.env));
    return s.length === 0 || s.length > 127 ? '<strftime error>' : s;
  }),
  strptime: builtin([['fmt', T.string], ['d', T.string]], T.time, (ctx, [f, d]) => {
    const t = strptime(f as string, d as string, useUtc(ctx.env));
    if (t === undefined) {
      ctx.warning(`strptime conversion failed: fmt:${f as string} d:${d as string}`, false);
      return 0.0;
    }
    return t;
  }),
};
