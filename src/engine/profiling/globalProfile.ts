import { estimateValueSize, tableEntryCounts } from '../../runtime/valueSize';
import type { Type } from '../../runtime/types';
import type { ProfiledGlobal } from './profileRecord';

/** A script global as the compiled program lists it. */
export interface GlobalValue {
  name: string;
  type: Type;
  value: unknown;
}

/** Old Bro's thresholds for listing a global in an expensive record (engine.md 6.3). */
const BIG_BYTES = 100 * 1024;
const BIG_ENTRIES = 100;

/**
 * The expensive record's "Global_sizes" figures: globals over 100 KB or tables with at least
 * 100 entries (directly or counted recursively), in name order, plus the totals.
 *
 * ## Example
 * ```ts
 * globalProfile(program.globals()).totalBytes; // estimated bytes of every global with a value
 * ```
 */
export function globalProfile(globals: readonly GlobalValue[]): {
  listed: ProfiledGlobal[];
  totalBytes: number;
  entries: [number, number];
} {
  const listed: ProfiledGlobal[] = [];
  let totalBytes = 0;
  let direct = 0;
  let recursive = 0;
  for (const g of [...globals].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (g.value === undefined) continue;
    const bytes = estimateValueSize(g.value, g.type);
    totalBytes += bytes;
    const isTable = g.type.kind === 'table';
    const entries = isTable ? tableEntryCounts(g.value, g.type) : undefined;
    if (entries) {
      direct += entries[0];
      recursive += entries[1];
    }
    if (bytes > BIG_BYTES || (entries && (entries[0] >= BIG_ENTRIES || entries[1] >= BIG_ENTRIES))) {
      listed.push(entries ? { name: g.name, bytes, entries } : { name: g.name, bytes });
    }
  }
  return { listed, totalBytes, entries: [direct, recursive] };
}

/**
 * `global_sizes()` (engine.md 6.2): estimated bytes of every global that has a value, by name.
 *
 * ## Example
 * ```ts
 * globalSizes(program.globals()).get('likely_server_ports'); // e.g. 1400
 * ```
 */
export function globalSizes(globals: readonly GlobalValue[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of globals) if (g.value !== undefined) out.set(g.name, estimateValueSize(g.value, g.type));
  return out;
}
