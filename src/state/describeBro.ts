/**
 * Values as Bro 1.5's `-x` printed them (engine.md §6.6; derived from the reference renderings in
 * `../shared/reference/bro-1.5.3/persistent/x.txt` and `capture-events/x.txt`): one line, strings
 * quoted, set members separated by a bare `,` (`{"run-1","run-2"}`), records `[f=v, g=w]`,
 * doubles/times/intervals as plain `%.15g` numbers with `.0` on whole ones (`0.0697400569915771`,
 * `1362692526.86934`, `0.0`).
 */
import { dynamicType } from '../runtime/any';
import { cGeneral } from '../runtime/cnumber';
import { integralToString, type Integral } from '../runtime/numeric';
import type { PatternValue } from '../runtime/pattern';
import { formatPort } from '../runtime/port';
import { escapeString } from '../runtime/string';
import { subnetToString, type SubnetValue } from '../runtime/subnet';
import type { TableValue } from '../runtime/table';
import type { Type } from '../runtime/types';

/**
 * A double as Bro 1.5 described it: `%.15g`, with `.0` added when that reads as a whole number.
 *
 * ## Example
 * ```ts
 * broDouble(1362692526.869344); // '1362692526.86934'
 * broDouble(0);                 // '0.0'
 * ```
 */
export function broDouble(d: number): string {
  if (Number.isNaN(d)) return 'nan';
  if (!Number.isFinite(d)) return d < 0 ? '-inf' : 'inf';
  const s = (d < 0 ? '-' : '') + cGeneral(Math.abs(d), 15);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/**
 * Renders `v` of type `t` in Bro 1.5's one-line `-x` form.
 *
 * ## Example
 * ```ts
 * describeBro(set('run-1', 'run-2'), setType([T.string])); // '{"run-1","run-2"}'
 * describeBro(59856 | PORT_TCP, T.port);                    // '59856/tcp'
 * ```
 */
export function describeBro(value: unknown, type: Type): string {
  const [v, t] = dynamicType(value, type);
  if (v === undefined) return '<uninitialized>';
  switch (t.kind) {
    case 'bool':
      return v ? 'T' : 'F';
    case 'count':
    case 'int':
      return integralToString(v as Integral);
    case 'double':
    case 'time':
    case 'interval':
      return broDouble(v as number);
    case 'string':
      return `"${escapeString(v as string)}"`;
    case 'port':
      return formatPort(v as number);
    case 'subnet':
      return subnetToString(v as SubnetValue);
    case 'pattern':
      return `/${(v as PatternValue).text}/`;
    case 'record': {
      const r = v as Record<string, unknown>;
      return `[${t.fields.map((f) => `${f.name}=${describeBro(r[f.name], f.type)}`).join(', ')}]`;
    }
    case 'vector':
      return `[${(v as unknown[]).map((x) => (x === undefined ? '' : describeBro(x, t.elem))).join(', ')}]`;
    case 'table': {
      const parts: string[] = [];
      const bracket = t.yield !== undefined || t.index.length > 1;
      for (const e of (v as TableValue).map.values()) {
        const idx = e.index.map((x, i) => describeBro(x, t.index[i])).join(', ');
        const key = bracket ? `[${idx}]` : idx;
        parts.push(t.yield === undefined ? key : `${key} = ${describeBro(e.value, t.yield)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return String(v);
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * C's `ctime()` text (local time zone) without its newline, as `-x` prints `Date:`.
 *
 * ## Example
 * ```ts
 * ctimeText(0); // 'Thu Jan  1 00:00:00 1970' (with TZ=UTC)
 * ```
 */
export function ctimeText(seconds: number): string {
  const d = new Date(seconds * 1000);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getDay()]} ${MONTHS[d.getMonth()]} ${String(d.getDate()).padStart(2, ' ')} ${p2(d.getHours())}:${p2(d.getMinutes())}:${p2(d.getSeconds())} ${d.getFullYear()}`;
}
