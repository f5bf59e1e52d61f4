/**
 * How trace lines and debugger messages show a call: `name(p = 'v', ...)` with values rendered as `print`
 * renders them (engine.md §6.8).
 */
import { formatValue } from '../../src/runtime/describe';
import type { TraceCall } from '../lower/runtime';

/**
 * Renders a call with its arguments as Bro's `DescribeDebug` does: `name(p1 = 'v1', p2 = 'v2')`.
 *
 * ## Example
 * ```ts
 * describeCall({ kind: 'event', name: 'e', params: [{ name: 'n', type: T.count, value: 3 }], pos: undefined, depth: 0 });
 * // "e(n = '3')"
 * ```
 */
export function describeCall(call: Pick<TraceCall, 'name' | 'params'>): string {
  return `${call.name}(${call.params.map((p) => `${p.name} = '${formatValue(p.value, p.type)}'`).join(', ')})`;
}
