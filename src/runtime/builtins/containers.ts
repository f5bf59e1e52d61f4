/** Built-ins of language.md §10.6: `type_name`, `clear_table`. */
import { dynamicType } from '../any';
import type { TableValue } from '../table';
import { T, typeToString } from '../types';
import { builtin, type Builtin } from './builtin';

/**
 * Type and container built-ins (language.md §10.6).
 *
 * ## Example
 * ```ts
 * Object.keys(CONTAINER_BUILTINS); // names merged into BUILTINS
 * ```
 */
export const CONTAINER_BUILTINS: Record<string, Builtin> = {
  type_name: builtin([['t', T.any]], T.string, (_c, [v], types) => typeToString(dynamicType(v, types[0] ?? T.any)[1])),
  clear_table: builtin([['v', T.any]], T.any, (_c, [v], types) => {
    const [tv] = dynamicType(v, types[0] ?? T.any);
    (tv as TableValue).map.clear();
    return undefined;
  }),
};
