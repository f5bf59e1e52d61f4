/**
 * The runtime's functions and constants as plain data properties, for lowered closures to call.
 *
 * Why: tsc compiles the `src/runtime` barrel's `export *` to one accessor per name, all sharing one getter body
 * (`return m[k]`), on an exports object V8 keeps in dictionary mode. Every `R.countAdd(...)` in a closure then
 * paid a megamorphic getter call; on the language micro-benchmark that was 12% of the time. A spread copy made
 * once at load is an ordinary fast-mode object whose loads V8 inlines. Types still come from the barrel.
 */
import * as Runtime from '../../src/runtime';

/**
 * `src/runtime`'s values, copied once.
 *
 * ## Example
 * ```ts
 * import { V } from './runtimeValues';
 * V.countAdd(1, 2); // 3
 * ```
 */
export const V: typeof Runtime = { ...Runtime };
