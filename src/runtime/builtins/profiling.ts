/**
 * Built-ins of the profiling scripts (engine.md 6.1–6.2): `global_sizes`. Without an engine
 * (REPL, unit tests) they answer as a run with nothing loaded would.
 */
import { createTable, tableSet } from '../table';
import { tableType, T } from '../types';
import { builtin, type Builtin } from './builtin';

const GLOBAL_SIZES = tableType([T.string], T.count);

/**
 * The profiling built-ins.
 *
 * ## Example
 * ```ts
 * PROFILING_BUILTINS.global_sizes.impl(ctx, [], []); // table: global name → estimated bytes
 * ```
 */
export const PROFILING_BUILTINS: Record<string, Builtin> = {
  // Old Bro's print-globals: entries are inserted in name order, so the table prints sorted.
  global_sizes: builtin([], GLOBAL_SIZES, (ctx) => {
    const t = createTable<number>();
    const sizes = ctx.engine?.globalSizes?.() ?? new Map<string, number>();
    for (const name of [...sizes.keys()].sort()) tableSet(t, [T.string], [name], sizes.get(name)!);
    return t;
  }),
};
