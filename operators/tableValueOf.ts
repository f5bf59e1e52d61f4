import type { TableValue } from '../src/runtime/table';
import type { ExpiringTable, TableKey } from './createExpiringTable';

/**
 * The runtime `TableValue` view of an expiring table: the same `Map` and entry objects,
 * so printing, `|t|`, `for` loops and set algebra from `src/runtime` work on it unchanged,
 * and none of them counts as a read for `&read_expire` (§7.2). Writes must still go
 * through the table (`set`/`delete`), which keeps the access times.
 *
 * ## Example
 * ```ts
 * const t = createExpiringTable<string, true>({ readExpire: 30, scheduler: clock });
 * t.set('10.0.0.1', true);
 * const view = tableValueOf(t, true); // a SetValue for printing: set(10.0.0.1)
 * ```
 *
 * @param table the expiring table.
 * @param isSet true for a Bro `set`, false for a `table`.
 * @return a `TableValue` sharing the table's storage (no copy).
 */
export function tableValueOf<K extends TableKey, V>(table: ExpiringTable<K, V>, isSet: boolean): TableValue<V> {
  return { isSet, map: table.map };
}
