/**
 * Connection history strings (conn.log `history`, engine.md 2.4), interned.
 *
 * Why: a history grows one letter at a time, a few letters per connection
 * ("ShADadFf"). With `hist += letter` every letter made a new string (and a
 * responder's letter one more, from `toLowerCase`), and since a connection
 * lives for many packets most of those strings outlived a young-generation
 * collection and were copied. The set of histories that occur is small (a
 * few dozen on a large trace), so each (history, letter) → longer history
 * step is kept in a table: after the first connection with a given history,
 * appending a letter allocates nothing and the strings are shared.
 *
 * The table is bounded: past `MAX_HISTORIES` (1024) distinct prefixes (a trace full
 * of odd histories, e.g. long scaled-letter runs), new ones are concatenated
 * as before. The strings are the same either way.
 */

/**
 * Distinct histories kept as prefixes, each with a 128-slot array (1 KiB), so
 * at most 1 MiB. The 512 MB bench trace has 47.
 */
const MAX_HISTORIES = 1024;

/** history → (letter code → history + letter). */
const steps = new Map<string, Array<string | undefined>>();

/**
 * `hist` with the letter `code` appended, lower-cased for the responder
 * (`isOrig` false; only A–Z change). Same result as
 * `hist + (isOrig ? code : code.toLowerCase())`, without allocating once
 * that step has been seen.
 *
 * ## Example
 * ```ts
 * appendHistory('Sh', 'A', true); // "ShA"
 * appendHistory('ShA', 'D', false); // "ShAd"
 * ```
 */
export function appendHistory(hist: string, code: string, isOrig: boolean): string {
  let c = code.charCodeAt(0);
  if (!isOrig && c >= 0x41 && c <= 0x5a) c += 0x20;
  if (code.length !== 1 || c >= 128) return hist + (isOrig ? code : code.toLowerCase());
  let next = steps.get(hist);
  if (next === undefined) {
    if (steps.size >= MAX_HISTORIES) return hist + String.fromCharCode(c);
    next = new Array<string | undefined>(128).fill(undefined);
    steps.set(hist, next);
  }
  let r = next[c];
  if (r === undefined) {
    r = hist + String.fromCharCode(c);
    next[c] = r;
  }
  return r;
}
