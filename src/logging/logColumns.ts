/**
 * Which columns a log filter writes: the stream's record type unrolled the way Zeek's log manager does
 * it — only `&log` fields, in declaration order, a nested record's `&log` fields as `outer.inner`.
 */
import type { RecordType, Type } from '../runtime/types';
import { logTypeName } from './logValues';

/** One written column: its name in the log, its script type, and the field names leading to its value. */
export interface LogColumn {
  readonly name: string;
  readonly type: Type;
  readonly typeName: string;
  readonly path: readonly string[];
}

/** What narrows and renames the columns (the filter's `$include`, `$exclude`, `$scope_sep`, `$field_name_map`). */
export interface ColumnOptions {
  /** Dotted names (`id.orig_h`) to keep; every column when absent. */
  readonly include?: ReadonlySet<string>;
  /** Dotted names to leave out. */
  readonly exclude?: ReadonlySet<string>;
  /** Joins the parts of a nested column's name; `.` by default. */
  readonly scopeSep?: string;
  /** Final name → name written (applied after unrolling). */
  readonly nameMap?: ReadonlyMap<string, string>;
}

/**
 * The columns of record type `t` under `opts`.
 *
 * ## Example
 * ```ts
 * logColumnsOf(Info).map((c) => c.name); // ['ts', 'id.orig_h', 'id.orig_p', ...]
 * ```
 */
export function logColumnsOf(t: RecordType, opts: ColumnOptions = {}): LogColumn[] {
  const out: LogColumn[] = [];
  const sep = opts.scopeSep ?? '.';
  const walk = (rt: RecordType, path: string[]): void => {
    for (const f of rt.fields) {
      if (!f.log) continue;
      const p = [...path, f.name];
      if (f.type.kind === 'record') {
        walk(f.type, p);
        continue;
      }
      const dotted = p.join('.');
      if (opts.include && !opts.include.has(dotted)) continue;
      if (opts.exclude && opts.exclude.has(dotted)) continue;
      const joined = p.join(sep);
      out.push({ name: opts.nameMap?.get(joined) ?? joined, type: f.type, typeName: logTypeName(f.type), path: p });
    }
  };
  walk(t, []);
  return out;
}

/**
 * The value a column reads from a record (`undefined` when it or a record around it is unset).
 *
 * ## Example
 * ```ts
 * columnValue({ id: { orig_h: '1.2.3.4' } }, col); // '1.2.3.4' for the column id.orig_h
 * ```
 */
export function columnValue(rec: Record<string, unknown>, col: LogColumn): unknown {
  let v: unknown = rec;
  for (const name of col.path) {
    if (v === undefined || v === null) return undefined;
    v = (v as Record<string, unknown>)[name];
  }
  return v;
}
