/**
 * Thompson NFA for one pattern group (engine.md 5.11): the alternation of all patterns of the
 * group, each ending in an accepting state labelled with its pattern id, preceded by an optional
 * BOL symbol. Bytes are mapped to equivalence classes first; BOL and EOL are two extra symbols.
 * Only the "important" states (symbol and accept states) appear in DFA state sets; epsilon
 * closures are precomputed per symbol state so a DFA transition is one union of lists.
 */
import type { ReNode } from './regex';

const SYM = 0;
const SPLIT = 1;
const ACCEPT = 2;

/** A compiled group NFA, ready for lazy subset construction. */
export interface GroupNfa {
  /** Byte → equivalence class (0..byteClasses-1). */
  ec: Uint8Array;
  byteClasses: number;
  /** Symbol index of BOL (= byteClasses) and EOL (= byteClasses + 1). */
  bol: number;
  eol: number;
  /** Number of symbols (byte classes + 2). */
  numSyms: number;
  numStates: number;
  /** Per state: 0 symbol, 1 split, 2 accept. */
  kind: Uint8Array;
  /** Per symbol state: membership per symbol, at `state * numSyms + sym`. */
  member: Uint8Array;
  /** Per symbol state: the important states reachable after consuming its symbol. */
  follow: Int32Array[];
  /** Per accept state: the global pattern id. */
  acceptId: Int32Array;
  /** Important states of the start state's closure, sorted. */
  start: Int32Array;
}

/** Where a symbol state's symbol comes from while building. */
type SymSpec = Uint8Array | 'bol' | 'eol';

/**
 * Builds the NFA of a group from parsed pattern trees and their global pattern ids.
 *
 * ## Example
 * ```ts
 * const nfa = buildGroupNfa([parseRegex('.*abc', false)], [0]);
 * nfa.numSyms; // 4 byte classes + BOL + EOL = 6
 * ```
 */
export function buildGroupNfa(patterns: readonly ReNode[], ids: readonly number[]): GroupNfa {
  const kind: number[] = [];
  const out: number[] = [];
  const outs: (number[] | null)[] = [];
  const sym: (SymSpec | null)[] = [];
  const acc: number[] = [];

  const add = (k: number, o: number, s: SymSpec | null, list: number[] | null, a = -1): number => {
    kind.push(k);
    out.push(o);
    sym.push(s);
    outs.push(list);
    acc.push(a);
    return kind.length - 1;
  };

  // Backward construction: compile(node, next) returns the entry state of `node` followed by `next`.
  const compile = (node: ReNode, next: number): number => {
    switch (node.t) {
      case 'set':
        return add(SYM, next, node.set, null);
      case 'bol':
        return add(SYM, next, 'bol', null);
      case 'eol':
        return add(SYM, next, 'eol', null);
      case 'empty':
        return next;
      case 'cat': {
        let cur = next;
        for (let k = node.items.length - 1; k >= 0; k--) cur = compile(node.items[k], cur);
        return cur;
      }
      case 'alt':
        return add(SPLIT, -1, null, node.items.map((x) => compile(x, next)));
      case 'rep': {
        let cur = next;
        if (node.max === -1) {
          const loop = add(SPLIT, -1, null, null);
          outs[loop] = [compile(node.x, loop), next];
          cur = loop;
        } else {
          for (let k = node.min; k < node.max; k++) cur = add(SPLIT, -1, null, [compile(node.x, cur), next]);
        }
        for (let k = 0; k < node.min; k++) cur = compile(node.x, cur);
        return cur;
      }
    }
  };

  const entries: number[] = [];
  for (let k = 0; k < patterns.length; k++) {
    const a = add(ACCEPT, -1, null, null, ids[k]);
    entries.push(compile(patterns[k], a));
  }
  const alt = add(SPLIT, -1, null, entries);
  const bolSym = add(SYM, alt, 'bol', null);
  const startState = add(SPLIT, -1, null, [bolSym, alt]);

  // Equivalence classes: refine the byte partition by every distinct byte set.
  const ec = new Uint8Array(256);
  let byteClasses = 1;
  const seenSets = new Set<string>();
  for (const s of sym) {
    if (!(s instanceof Uint8Array)) continue;
    const key = Buffer.from(s).toString('latin1');
    if (seenSets.has(key)) continue;
    seenSets.add(key);
    const remap = new Map<number, number>();
    let count = 0;
    for (let b = 0; b < 256; b++) {
      const k = ec[b] * 2 + s[b];
      let v = remap.get(k);
      if (v === undefined) {
        v = count++;
        remap.set(k, v);
      }
      ec[b] = v;
    }
    byteClasses = count;
  }
  const numSyms = byteClasses + 2;
  const numStates = kind.length;
  const member = new Uint8Array(numStates * numSyms);
  for (let s = 0; s < numStates; s++) {
    const spec = sym[s];
    if (kind[s] !== SYM || spec === null) continue;
    if (spec === 'bol') member[s * numSyms + byteClasses] = 1;
    else if (spec === 'eol') member[s * numSyms + byteClasses + 1] = 1;
    else for (let b = 0; b < 256; b++) if (spec[b]) member[s * numSyms + ec[b]] = 1;
  }

  // Epsilon closures, iteratively (alternations of thousands of patterns are deep).
  const mark = new Int32Array(numStates).fill(-1);
  let stamp = 0;
  const closure = (from: number): Int32Array => {
    stamp++;
    const res: number[] = [];
    const stack = [from];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (s < 0 || mark[s] === stamp) continue;
      mark[s] = stamp;
      if (kind[s] === SPLIT) {
        const l = outs[s]!;
        for (let k = l.length - 1; k >= 0; k--) stack.push(l[k]);
      } else res.push(s);
    }
    return Int32Array.from(res).sort();
  };
  const follow: Int32Array[] = new Array(numStates);
  const empty = new Int32Array(0);
  for (let s = 0; s < numStates; s++) follow[s] = kind[s] === SYM ? closure(out[s]) : empty;
  const acceptId = Int32Array.from(acc);
  return {
    ec, byteClasses, bol: byteClasses, eol: byteClasses + 1, numSyms, numStates,
    kind: Uint8Array.from(kind), member, follow, acceptId, start: closure(startState),
  };
}

export const NFA_SYM = SYM;
export const NFA_ACCEPT = ACCEPT;
