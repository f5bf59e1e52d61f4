/**
 * Built-ins of Bro 1.x that Zeek later dropped for operators or renamed (old tests bifs.byte_len,
 * bifs.length, bifs.parse_dotted_addr): Bro 1.5 scripts still call them (the reference's sigprint.bro
 * prints `byte_len(data)`).
 */
import { parseAddr } from '../addr';
import { dynamicType } from '../any';
import type { TableValue } from '../table';
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

/**
 * `byte_len(s)` (= `|s|`), `length(v)` (elements of a table, set or vector; 0 and an error for anything
 * else), `parse_dotted_addr(s)` (= `to_addr(s)`, `::` and an error when it is no address).
 *
 * ## Example
 * ```ts
 * LEGACY_BUILTINS.byte_len.impl(ctx, ['abc'], [T.string]); // 3
 * ```
 */
export const LEGACY_BUILTINS: Record<string, Builtin> = {
  byte_len: builtin([['s', T.string]], T.count, (_c, [s]) => (s as string).length),
  length: builtin([['v', T.any]], T.count, (c, [v], types) => {
    const [val, t] = dynamicType(v, types[0] ?? T.any);
    if (t.kind === 'table') return (val as TableValue).map.size;
    if (t.kind === 'vector') return (val as unknown[]).length;
    c.error('length() requires a table/set/vector argument');
    return 0;
  }),
  parse_dotted_addr: builtin([['s', T.string]], T.addr, (c, [s]) => {
    const a = parseAddr(s as string);
    if (a !== undefined) return a;
    c.error('failed converting string to IP address', { arg: s as string });
    return '::';
  }),
};
