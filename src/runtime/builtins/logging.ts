/**
 * The logging framework's built-ins (Zeek's logging.bif): `Log::__create_stream`, `__write`, … which
 * policy/base/frameworks/logging/main.bro wraps in the documented `Log::create_stream`, `Log::write`, ….
 * They hand the work to the run's log manager (`ctx.logging`, src/logging); without one they return F.
 */
import { isAnyValue } from '../any';
import type { BuiltinContext, LogControl } from '../context';
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

const unbox = (v: unknown): unknown => (isAnyValue(v) ? v.value : v);
const idOf = (v: unknown): string => String(unbox(v));
const recOf = (v: unknown): Record<string, unknown> => unbox(v) as Record<string, unknown>;

/** A built-in `(id, …) → bool` that needs the log manager. */
function logging(params: [string, typeof T.any | typeof T.string | typeof T.bool][], run: (l: LogControl, args: unknown[], c: BuiltinContext) => boolean): Builtin {
  return builtin(params, T.bool, (c, args) => {
    const l = c.logging;
    return l ? run(l, args, c) : false;
  });
}

/**
 * The file name Zeek derives from a stream id when a filter names no path: `SSH::LOG` → `ssh`,
 * `PacketFilter::LOG` → `packet_filter` (a lower-to-upper step becomes `_`), `Notice::POLICY_LOG` →
 * `notice_policy`, `Known::HOSTS` → `known_hosts`, an id without a module → its name in lower case.
 *
 * ## Example
 * ```ts
 * defaultLogPath('PacketFilter::LOG'); // 'packet_filter'
 * ```
 */
export function defaultLogPath(id: string): string {
  const at = id.indexOf('::');
  if (at < 0) return id.toLowerCase();
  const mod = id.slice(0, at);
  const name = id.slice(at + 2);
  if (name === 'LOG') return mod.replace(/([^A-Z])([A-Z])/g, '$1_$2').toLowerCase();
  return `${mod}_${name.replace(/_LOG$/, '')}`.toLowerCase();
}

/**
 * `Log::__*` built-ins by script name.
 *
 * ## Example
 * ```ts
 * LOGGING_BUILTINS['Log::__disable_stream'].impl(ctx, ['SSH::LOG'], [T.any]); // true once the stream exists
 * ```
 */
export const LOGGING_BUILTINS: Record<string, Builtin> = {
  'Log::__create_stream': logging([['id', T.any], ['stream', T.any]], (l, [id, s]) => l.createStream(idOf(id), recOf(s))),
  'Log::__remove_stream': logging([['id', T.any]], (l, [id]) => l.removeStream(idOf(id))),
  'Log::__enable_stream': logging([['id', T.any]], (l, [id]) => l.enableStream(idOf(id))),
  'Log::__disable_stream': logging([['id', T.any]], (l, [id]) => l.disableStream(idOf(id))),
  'Log::__add_filter': logging([['id', T.any], ['filter', T.any]], (l, [id, f]) => l.addFilter(idOf(id), recOf(f))),
  'Log::__remove_filter': logging([['id', T.any], ['name', T.string]], (l, [id, n]) => l.removeFilter(idOf(id), String(n))),
  'Log::__write': logging([['id', T.any], ['columns', T.any]], (l, [id, r]) => l.write(idOf(id), r, T.any)),
  'Log::__set_buf': logging([['id', T.any], ['buffered', T.bool]], (l, [id, b]) => l.setBuf(idOf(id), b === true)),
  'Log::__flush': logging([['id', T.any]], (l, [id]) => l.flush(idOf(id))),
  'Log::__default_path': builtin([['id', T.any]], T.string, (_c, [id]) => defaultLogPath(idOf(id))),
};
