/**
 * Built-ins of the profiling scripts (engine.md 6.2, 6.5): `global_sizes`, `dump_rule_stats`. Without an engine
 * (REPL, unit tests) they answer as a run with nothing loaded would.
 */
import { fileWrite, type FileValue } from '../file';
import { createTable, tableSet } from '../table';
import { tableType, T, type FileType } from '../types';
import { builtin, type Builtin } from './builtin';

const GLOBAL_SIZES = tableType([T.string], T.count);
const FILE: FileType = { kind: 'file', of: T.string };

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
  // The signature matcher's statistics (engine.md 6.5); without signatures nothing is written.
  dump_rule_stats: builtin([['f', FILE]], T.bool, (ctx, [f]) => {
    const text = ctx.engine?.ruleStats?.(ctx.networkTime());
    if (text !== undefined) fileWrite(f as FileValue, text);
    return true;
  }),
};
