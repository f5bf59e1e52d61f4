import { Observable, OperatorFunction } from 'rxjs';
import { createExpiringTable, ExpiredEntry, ExpiringTableOptions, TableKey } from './createExpiringTable';

/** One operation on an expiring table, as fed to {@link expiringTable}. */
export type TableOp<K extends TableKey, V> =
  | { readonly op: 'set'; readonly key: K; readonly value: V }
  | { readonly op: 'get'; readonly key: K }
  | { readonly op: 'has'; readonly key: K }
  | { readonly op: 'delete'; readonly key: K };

/**
 * Applies a stream of table operations to a Bro table with expiry and emits the entries
 * that expire, at the network time they leave (language.md §7).
 *
 * Each subscription owns one table (see {@link createExpiringTable} for the exact rules:
 * what counts as a read or a write, sweep batching, `exact` mode, `expireFunc`). When the
 * source completes — the end of input — the output completes at once: nothing expires
 * during termination (§7.7), so entries still due stay unreported.
 *
 * ## Example
 * ```ts
 * // forget hosts 30 s after they were last seen
 * hosts$.pipe(
 *   map((h): TableOp<string, true> => ({ op: 'set', key: h, value: true })),
 *   expiringTable({ readExpire: 30, scheduler: clock }),
 * ).subscribe(e => console.log(`${e.key} idle since ${e.timeSeconds - 30}`));
 * ```
 *
 * @param options expire attribute in seconds, `expireFunc`, scheduler, sweep tuning, `exact`.
 * @return an operator from table operations to expired entries.
 */
export function expiringTable<K extends TableKey, V>(
  options: ExpiringTableOptions<K, V>,
): OperatorFunction<TableOp<K, V>, ExpiredEntry<K, V>> {
  return (source) =>
    new Observable<ExpiredEntry<K, V>>((subscriber) => {
      const table = createExpiringTable<K, V>(options);
      const expirations = table.expired$.subscribe((e) => subscriber.next(e));
      const ops = source.subscribe({
        next(op) {
          switch (op.op) {
            case 'set':
              table.set(op.key, op.value);
              break;
            case 'get':
              table.get(op.key);
              break;
            case 'has':
              table.has(op.key);
              break;
            case 'delete':
              table.delete(op.key);
              break;
          }
        },
        error: (err) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
      return () => {
        ops.unsubscribe();
        expirations.unsubscribe();
        table.dispose();
      };
    });
}
