/**
 * The reporter's built-ins (Zeek's reporter.bif). Messages: `Reporter::info`, `warning`, `error`, `fatal`,
 * `fatal_error_with_core` report `msg` at the call's location through the run's reporter (docs/reporter.md)
 * and return T. Weirds: `Reporter::conn_weird`, `flow_weird`, `net_weird` go through the engine's weird
 * machinery (rate limiting, events, weird.log); `get/set_weird_sampling_*` read and change its settings.
 */
import { isAnyValue } from '../any';
import type { BuiltinContext, ScriptReportKind, ScriptWeird, WeirdSamplingSettings } from '../context';
import { createSet, setAdd, type SetValue } from '../table';
import { setType, T } from '../types';
import { builtin, type Builtin } from './builtin';

function reporting(kind: ScriptReportKind): Builtin {
  return builtin([['msg', T.string]], T.bool, (c: BuiltinContext, [msg]) => {
    const m = msg as string;
    if (c.report) c.report(kind, m);
    // Without a reporter (a bare test context) the message still reaches the context's own channels.
    else if (kind === 'warning' || kind === 'info') c.warning(m, true);
    else c.error(m);
    return true;
  });
}

/**
 * `Reporter::*` message built-ins by script name.
 *
 * ## Example
 * ```ts
 * REPORTER_MESSAGE_BUILTINS['Reporter::warning'].impl(ctx, ['disk almost full'], [T.string]); // true
 * // stderr: "warning in x.zeek, line 4: disk almost full"
 * ```
 */
export const REPORTER_MESSAGE_BUILTINS: Readonly<Record<string, Builtin>> = {
  'Reporter::info': reporting('info'),
  'Reporter::warning': reporting('warning'),
  'Reporter::error': reporting('error'),
  'Reporter::fatal': reporting('fatal'),
  'Reporter::fatal_error_with_core': reporting('fatal_core'),
};

const STRING_SET = setType([T.string]);

function weird(c: BuiltinContext, w: ScriptWeird): boolean {
  return c.engine?.scriptWeird?.(w) ?? false;
}

const unboxed = (v: unknown): unknown => (isAnyValue(v) ? v.value : v);

function toSet(names: Set<string>): SetValue {
  const s = createSet();
  for (const n of names) setAdd(s, n);
  return s;
}

function fromSet(v: unknown): Set<string> {
  const out = new Set<string>();
  for (const e of (v as SetValue).map.values()) out.add(e.index[0] as string);
  return out;
}

/** A getter/setter pair of one sampling setting; without an engine the getter answers Zeek's default. */
function sampling<K extends keyof WeirdSamplingSettings>(
  key: K,
  type: typeof T.count | typeof T.interval | typeof STRING_SET,
  fallback: () => unknown,
  out: (v: WeirdSamplingSettings[K]) => unknown,
  into: (v: unknown) => WeirdSamplingSettings[K],
): [Builtin, Builtin] {
  const get = builtin([], type, (c) => {
    const s = c.engine?.weirdSampling;
    return s ? out(s[key]) : fallback();
  });
  const set = builtin([['value', type]], T.bool, (c, [v]) => {
    const s = c.engine?.weirdSampling;
    if (!s) return false;
    s[key] = into(v);
    return true;
  });
  return [get, set];
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : (v as number));
const [getThreshold, setThreshold] = sampling('threshold', T.count, () => 25, (v) => v, num);
const [getRate, setRate] = sampling('rate', T.count, () => 1000, (v) => v, num);
const [getDuration, setDuration] = sampling('duration', T.interval, () => 600, (v) => v, num);
const [getWhitelist, setWhitelist] = sampling('whitelist', STRING_SET, () => createSet(), toSet, fromSet);
const [getGlobalList, setGlobalList] = sampling('globalList', STRING_SET, () => createSet(), toSet, fromSet);

/**
 * `Reporter::*_weird` and the weird sampling built-ins by script name.
 *
 * ## Example
 * ```ts
 * REPORTER_WEIRD_BUILTINS['Reporter::net_weird'].impl(ctx, ['my_net_weird', '', ''], [T.string, T.string, T.string]);
 * REPORTER_WEIRD_BUILTINS['Reporter::get_weird_sampling_threshold'].impl(ctx, [], []); // 25
 * ```
 */
export const REPORTER_WEIRD_BUILTINS: Readonly<Record<string, Builtin>> = {
  // `c: connection` is the script's (redef-able) record, so the parameter is `any` here.
  'Reporter::conn_weird': builtin(
    [['name', T.string], ['c', T.any], ['addl', T.string, ''], ['source', T.string, '']],
    T.bool,
    (c, [name, conn, addl, source]) => {
      const rec = unboxed(conn) as Record<string, unknown> | undefined;
      const id = rec?.id as Record<string, unknown> | undefined;
      // A connection record a script made up (no `id`, core.empty_conn_weird) names no connection.
      if (id === undefined) return false;
      const uid = typeof rec?.uid === 'string' ? rec.uid : '';
      return weird(c, { kind: 'conn', name: name as string, id, uid, addl: (addl ?? '') as string, source: (source ?? '') as string });
    },
  ),
  'Reporter::flow_weird': builtin(
    [['name', T.string], ['orig', T.addr], ['resp', T.addr], ['addl', T.string, ''], ['source', T.string, '']],
    T.bool,
    (c, [name, src, dst, addl, source]) =>
      weird(c, { kind: 'flow', name: name as string, src: src as string, dst: dst as string, addl: (addl ?? '') as string, source: (source ?? '') as string }),
  ),
  'Reporter::net_weird': builtin(
    [['name', T.string], ['addl', T.string, ''], ['source', T.string, '']],
    T.bool,
    (c, [name, addl, source]) => weird(c, { kind: 'net', name: name as string, addl: (addl ?? '') as string, source: (source ?? '') as string }),
  ),
  'Reporter::get_weird_sampling_threshold': getThreshold,
  'Reporter::set_weird_sampling_threshold': setThreshold,
  'Reporter::get_weird_sampling_rate': getRate,
  'Reporter::set_weird_sampling_rate': setRate,
  'Reporter::get_weird_sampling_duration': getDuration,
  'Reporter::set_weird_sampling_duration': setDuration,
  'Reporter::get_weird_sampling_whitelist': getWhitelist,
  'Reporter::set_weird_sampling_whitelist': setWhitelist,
  'Reporter::get_weird_sampling_global_list': getGlobalList,
  'Reporter::set_weird_sampling_global_list': setGlobalList,
};
