/**
 * The engine side of Zeek's logging framework (docs/logging.md): streams, their filters and writers.
 * policy/base/frameworks/logging/main.bro keeps the script-level view (`Log::Stream`, `Log::Filter`,
 * the default filter and path function) and calls the `Log::__*` built-ins, which land here.
 *
 * A write follows Zeek's order: the record is coerced to the stream's `$columns` type, the stream's
 * `$ev` event is queued with it, `Log::log_stream_policy` runs (a `break` vetoes), then per filter its
 * `$policy` hook (the stream's `$policy` when it has none; it still runs after a veto but cannot undo
 * it), the path (`$path`, or `$path_func`'s answer), and one row to that path's writer.
 */
import { boxAny, isAnyValue } from '../runtime/any';
import type { LogControl } from '../runtime/context';
import { createRecord } from '../runtime/record';
import type { TableValue } from '../runtime/table';
import { sameType, type FuncType, type RecordType, type Type } from '../runtime/types';
import { type AsciiSeparators, DEFAULT_SEPARATORS } from './asciiText';
import { type AsciiOptions, type LogWriter, openAsciiLog } from './asciiLogWriter';
import { type LogColumn, logColumnsOf } from './logColumns';

/** What the manager needs from the run. */
export interface LogManagerDeps {
  /** Where `<path>.log` files go (`--log-dir`). */
  readonly dir: string;
  /** `--json`: every ASCII log as JSON lines (as `LogAscii::use_json = T`). */
  readonly json: boolean;
  /** Queues a script event (a stream's `$ev`). */
  raise(event: string, rec: unknown): void;
  /** A script global's current value (`Log::log_stream_policy`, `LogAscii::*`), undefined if not declared. */
  global(name: string): unknown;
  /** A script global's declared type (to call a `$path_func` with its own parameter type). */
  globalType?(name: string): Type | undefined;
  /** Reports a warning (path conflicts). */
  warning(message: string): void;
  /** Reports an error (a record of the wrong type). */
  error(message: string): void;
  /** Wall clock for `#open`/`#close`. */
  now?: () => Date;
}

type Rec = Record<string, unknown>;
type Hook = ((...args: unknown[]) => boolean) & { broName?: string };
type PathFunc = ((...args: unknown[]) => unknown) & { broName?: string };

interface Filter {
  readonly name: string;
  /** The script's `Log::Filter` record (handed to policy hooks). */
  readonly rec: Rec;
  path: string | undefined;
  readonly pathFunc: PathFunc | undefined;
  readonly policy: Hook | undefined;
  readonly columns: readonly LogColumn[];
}

interface Stream {
  readonly id: string;
  readonly columns: RecordType;
  readonly ev: string | undefined;
  readonly policy: Hook | undefined;
  enabled: boolean;
  readonly filters: Filter[];
  /** Open writers by path, with the filter that opened each. */
  readonly writers: Map<string, { writer: LogWriter; filter: string }>;
}

/** A logging framework instance: the `LogControl` the built-ins use, plus `closeAll` for the end of the run. */
export interface LogManager extends LogControl {
  /** Writes `#close` to every open log (end of run, `exit()`). */
  closeAll(): void;
}

const unbox = (v: unknown): unknown => (isAnyValue(v) ? v.value : v);

/** A `$columns` value: a type used as a value (possibly boxed as `any`). */
function columnsType(v: unknown): RecordType | undefined {
  const u = unbox(v) as { typeValue?: Type } | undefined;
  const t = u?.typeValue;
  return t?.kind === 'record' ? t : undefined;
}

function stringSet(v: unknown): Set<string> | undefined {
  const t = unbox(v) as TableValue | undefined;
  if (!t || !(t.map instanceof Map)) return undefined;
  const out = new Set<string>();
  for (const e of t.map.values()) out.add(String(e.index[0]));
  return out;
}

function stringMap(v: unknown): Map<string, string> | undefined {
  const t = unbox(v) as TableValue | undefined;
  if (!t || !(t.map instanceof Map) || t.map.size === 0) return undefined;
  const out = new Map<string, string>();
  for (const e of t.map.values()) out.set(String(e.index[0]), String(e.value));
  return out;
}

/**
 * Zeek's `CoerceTo`: a record of another type (a bare constructor's anonymous one) becomes one of `to`, with
 * `to`'s defaults for what it lacks — also in nested records (`$id=[$orig_h=…]` gets `conn_id`'s `proto`).
 */
function coerce(value: unknown, from: Type, to: RecordType): Rec | undefined {
  if (from === to) return value as Rec;
  if (from.kind !== 'record' || typeof value !== 'object' || value === null) return undefined;
  const v = value as Rec;
  const init: Rec = {};
  for (const f of to.fields) {
    const x = v[f.name];
    if (x === undefined) continue;
    const src = from.fields.find((g) => g.name === f.name)?.type;
    if (src !== undefined && f.type.kind === 'record' && src.kind === 'record' && !sameType(src, f.type)) init[f.name] = coerce(x, src, f.type);
    else if (src !== undefined && f.type.kind === 'any' && src.kind !== 'any') init[f.name] = boxAny(x, src);
    else init[f.name] = x;
  }
  return createRecord(to, init);
}

/**
 * Creates the run's logging framework.
 *
 * ## Example
 * ```ts
 * const logging = createLogManager({ dir: '.', json: false, raise: (e, r) => events.raise(e, r),
 *   global: (n) => host.global?.(n), warning: console.warn, error: console.error });
 * ctx.logging = logging;            // the Log::__* built-ins use it
 * // … run …
 * logging.closeAll();
 * ```
 */
export function createLogManager(deps: LogManagerDeps): LogManager {
  const streams = new Map<string, Stream>();
  const now = deps.now ?? (() => new Date());

  const opt = <T>(name: string, fallback: T): T => {
    const v = deps.global(name);
    return v === undefined ? fallback : (v as T);
  };

  /** The ASCII options in force now (read when a writer opens, as Zeek reads them at writer start-up). */
  function asciiOptions(): AsciiOptions {
    const separators: AsciiSeparators = {
      separator: opt('LogAscii::separator', DEFAULT_SEPARATORS.separator),
      setSeparator: opt('LogAscii::set_separator', DEFAULT_SEPARATORS.setSeparator),
      emptyField: opt('LogAscii::empty_field', DEFAULT_SEPARATORS.emptyField),
      unsetField: opt('LogAscii::unset_field', DEFAULT_SEPARATORS.unsetField),
    };
    return {
      json: deps.json || opt<unknown>('LogAscii::use_json', false) === true,
      separators,
      includeMeta: opt<unknown>('LogAscii::include_meta', true) !== false,
      metaPrefix: opt('LogAscii::meta_prefix', '#'),
      toStdout: opt<unknown>('LogAscii::output_to_stdout', false) === true,
    };
  }

  function closeWriters(s: Stream): void {
    for (const w of s.writers.values()) w.writer.close();
    s.writers.clear();
  }

  /**
   * `rec` in the form the function or hook `f` takes it at parameter `at`: boxed when its declared type says
   * `any`, as it is when `f` was declared with the stream's record type (`hook fail_only(rec: SSH::Log, …)`).
   */
  function recArg(f: { broName?: string }, at: number, rec: Rec, t: RecordType): unknown {
    const ft = f.broName ? (deps.globalType?.(f.broName) as FuncType | undefined) : undefined;
    const param = ft && 'params' in ft ? ft.params[at]?.type : undefined;
    return param !== undefined && param.kind !== 'any' ? rec : boxAny(rec, t);
  }

  function writerFor(s: Stream, f: Filter, path: string): LogWriter {
    let entry = s.writers.get(path);
    if (entry && entry.filter !== f.name) {
      // Two filters on one path: Zeek moves the later one to `path-2`, `path-3`, … and says so.
      let n = 2;
      let p = `${path}-${n}`;
      while (s.writers.has(p) && s.writers.get(p)!.filter !== f.name) p = `${path}-${++n}`;
      deps.warning(`Write using filter '${f.name}' on path '${path}' changed to use new path '${p}' to avoid conflict with filter '${entry.filter}'`);
      f.path = p;
      path = p;
      entry = s.writers.get(p);
    }
    if (!entry) {
      entry = { writer: openAsciiLog(deps.dir, path, f.columns, asciiOptions(), now), filter: f.name };
      s.writers.set(path, entry);
    }
    return entry.writer;
  }

  const manager: LogManager = {
    createStream(id, stream) {
      const columns = columnsType(stream.columns);
      if (!columns) {
        deps.error(`log stream ${id}: $columns must be a record type`);
        return false;
      }
      const old = streams.get(id);
      if (old) closeWriters(old);
      const ev = unbox(stream.ev);
      streams.set(id, {
        id,
        columns,
        ev: typeof ev === 'string' ? ev : undefined,
        policy: typeof stream.policy === 'function' ? (stream.policy as Hook) : undefined,
        enabled: true,
        filters: [],
        writers: new Map(),
      });
      return true;
    },
    removeStream(id) {
      const s = streams.get(id);
      if (!s) return false;
      closeWriters(s);
      streams.delete(id);
      return true;
    },
    enableStream(id) {
      const s = streams.get(id);
      if (!s) return false;
      s.enabled = true;
      return true;
    },
    disableStream(id) {
      const s = streams.get(id);
      if (!s) return false;
      s.enabled = false;
      return true;
    },
    addFilter(id, rec) {
      const s = streams.get(id);
      if (!s) return false;
      const name = String(rec.name);
      const columns = logColumnsOf(s.columns, {
        include: stringSet(rec.include),
        exclude: stringSet(rec.exclude),
        scopeSep: typeof rec.scope_sep === 'string' ? rec.scope_sep : undefined,
        nameMap: stringMap(rec.field_name_map),
      });
      const filter: Filter = {
        name,
        rec,
        path: typeof rec.path === 'string' ? rec.path : undefined,
        pathFunc: typeof rec.path_func === 'function' ? (rec.path_func as PathFunc) : undefined,
        policy: typeof rec.policy === 'function' ? (rec.policy as Hook) : s.policy,
        columns,
      };
      // A filter of the same name is replaced in place.
      const at = s.filters.findIndex((f) => f.name === name);
      if (at >= 0) s.filters[at] = filter;
      else s.filters.push(filter);
      return true;
    },
    removeFilter(id, name) {
      const s = streams.get(id);
      if (!s) return false;
      const at = s.filters.findIndex((f) => f.name === name);
      if (at >= 0) s.filters.splice(at, 1);
      return true;
    },
    write(id, value, type) {
      const s = streams.get(id);
      if (!s) return false;
      if (!s.enabled) return true;
      const rec = coerce(unbox(value), isAnyValue(value) ? value.anyType : type, s.columns);
      if (!rec) {
        deps.error('incompatible log record type');
        return false;
      }
      if (s.ev !== undefined) deps.raise(s.ev, rec);
      let veto = false;
      const streamPolicy = deps.global('Log::log_stream_policy');
      if (typeof streamPolicy === 'function' && !(streamPolicy as Hook)(boxAny(rec, s.columns), id)) veto = true;
      // A copy: a policy hook or path function may add or remove filters while we go.
      for (const f of [...s.filters]) {
        if (f.policy && !f.policy(recArg(f.policy, 0, rec, s.columns), id, f.rec)) continue;
        if (veto) continue;
        // Only the ASCII writer exists; WRITER_NONE (and writers rxbro lacks) take the row and drop it.
        if (f.rec.writer !== undefined && f.rec.writer !== 'Log::WRITER_ASCII') continue;
        let path = f.path;
        if (f.pathFunc) {
          const p = f.pathFunc(id, f.path ?? '', recArg(f.pathFunc, 2, rec, s.columns));
          if (typeof p !== 'string') {
            deps.error('path_func did not return string');
            return false;
          }
          // Zeek hands the first answer back as the suggestion from then on.
          if (f.path === undefined) f.path = p;
          path = p;
        }
        if (path === undefined || path === '') continue;
        writerFor(s, f, path).write(rec);
      }
      return true;
    },
    setBuf(id) {
      // Rows are written synchronously; there is no buffer to switch.
      return streams.has(id);
    },
    flush(id) {
      return streams.has(id);
    },
    closeAll() {
      for (const s of streams.values()) closeWriters(s);
    },
  };
  return manager;
}
