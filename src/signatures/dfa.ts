/**
 * Lazily built DFA over a {@link GroupNfa} (engine.md 5.11): a DFA state is a set of NFA
 * states; a transition is computed the first time a symbol is seen there and cached. The cache
 * is one flat `Int32Array` transition table (row = state × symbols), so the per-byte loop is two
 * typed-array loads and an add. The cache is bounded: past `maxStates` states it is flushed and
 * rebuilt on demand; streams carry their state's NFA set so they survive a flush.
 */
import { GroupNfa, NFA_ACCEPT, NFA_SYM } from './nfa';

/** Transition not computed yet. */
export const UNCOMPUTED = -1;
/** No transition ("jam"): matching of this group is over for the stream. */
export const JAM = -2;
/** Added to a transition target whose state accepts some pattern. */
const ACC = 1 << 30;

/** A lazily built DFA with its cache and statistics (§5.11 names). */
export interface LazyDfa {
  nfa: GroupNfa;
  ec: Uint8Array;
  numSyms: number;
  /** Transition table: `trans[row + sym]` = target row (+ACC if accepting), UNCOMPUTED or JAM. */
  trans: Int32Array;
  /** NFA set and accepted pattern ids per state index (row / numSyms). */
  sets: Int32Array[];
  accepts: (Int32Array | null)[];
  cache: Map<string, number>;
  maxStates: number;
  /** Incremented by every flush; rows of older generations are meaningless. */
  gen: number;
  /** Row of the start state in the current generation. */
  startRow: number;
  /** Statistics: `states`/`nfaStates`/`mem` describe the current cache; the rest are totals. */
  states: number;
  computed: number;
  mem: number;
  hits: number;
  misses: number;
  nfaStates: number;
  flushes: number;
  mark: Int32Array;
  stamp: number;
  buf: Int32Array;
}

/**
 * Creates a lazy DFA for a group NFA.
 *
 * ## Example
 * ```ts
 * const dfa = createLazyDfa(buildGroupNfa([parseRegex('abc', false)], [0]));
 * ```
 */
export function createLazyDfa(nfa: GroupNfa, maxStates = 10000): LazyDfa {
  const dfa: LazyDfa = {
    nfa, ec: nfa.ec, numSyms: nfa.numSyms, trans: new Int32Array(64 * nfa.numSyms).fill(UNCOMPUTED),
    sets: [], accepts: [], cache: new Map(), maxStates: Math.max(16, maxStates), gen: 0, startRow: 0,
    states: 0, computed: 0, mem: 0, hits: 0, misses: 0, nfaStates: 0, flushes: 0,
    mark: new Int32Array(nfa.numStates).fill(-1), stamp: 0, buf: new Int32Array(nfa.numStates),
  };
  dfa.startRow = intern(dfa, nfa.start) & ~ACC;
  return dfa;
}

/** Returns the encoded row (row + ACC if accepting) of the state for `set`, creating it if needed. */
function intern(dfa: LazyDfa, set: Int32Array): number {
  const key = set.join(',');
  const found = dfa.cache.get(key);
  if (found !== undefined) {
    dfa.hits++;
    return found;
  }
  dfa.misses++;
  if (dfa.states >= dfa.maxStates) flush(dfa);
  const nfa = dfa.nfa;
  let accepts: number[] | null = null;
  for (let k = 0; k < set.length; k++) {
    const s = set[k];
    if (nfa.kind[s] === NFA_ACCEPT) (accepts ??= []).push(nfa.acceptId[s]);
  }
  const index = dfa.states++;
  const row = index * dfa.numSyms;
  if (row + dfa.numSyms > dfa.trans.length) {
    const grown = new Int32Array(dfa.trans.length * 2).fill(UNCOMPUTED);
    grown.set(dfa.trans);
    dfa.trans = grown;
  }
  dfa.sets[index] = set;
  dfa.accepts[index] = accepts ? Int32Array.from(accepts).sort() : null;
  const code = accepts ? row + ACC : row;
  dfa.cache.set(key, code);
  dfa.nfaStates += set.length;
  dfa.mem += 48 + set.length * 4 + dfa.numSyms * 4 + (accepts ? accepts.length * 4 : 0);
  return code;
}

/** Drops every cached state and transition; the start state is re-created first. */
function flush(dfa: LazyDfa): void {
  const startSet = dfa.sets[dfa.startRow / dfa.numSyms];
  dfa.flushes++;
  dfa.gen++;
  dfa.cache.clear();
  dfa.sets = [];
  dfa.accepts = [];
  dfa.states = 0;
  dfa.nfaStates = 0;
  dfa.mem = 0;
  dfa.trans = new Int32Array(64 * dfa.numSyms).fill(UNCOMPUTED);
  dfa.startRow = intern(dfa, startSet) & ~ACC;
}

/**
 * The row of the state whose NFA set is `set` in the current generation (used by streams whose
 * row predates a flush).
 *
 * ## Example
 * ```ts
 * if (runner.gen !== dfa.gen) runner.row = rowOf(dfa, runner.set);
 * ```
 */
export function rowOf(dfa: LazyDfa, set: Int32Array): number {
  return intern(dfa, set) & ~ACC;
}

/** NFA set of a row (current generation). */
export function setOf(dfa: LazyDfa, row: number): Int32Array {
  return dfa.sets[row / dfa.numSyms];
}

/** Accepted pattern ids of a row, or null. */
export function acceptsOf(dfa: LazyDfa, row: number): Int32Array | null {
  return dfa.accepts[row / dfa.numSyms];
}

/**
 * Computes (and caches) the transition of the state at `row` on symbol `sym`; returns the target
 * row (plain, without the accept flag) or JAM.
 *
 * ## Example
 * ```ts
 * const afterBol = step(dfa, dfa.startRow, dfa.nfa.bol);
 * ```
 */
export function step(dfa: LazyDfa, row: number, sym: number): number {
  const v = stepCoded(dfa, row, sym);
  return v === JAM ? JAM : v & ~ACC;
}

function stepCoded(dfa: LazyDfa, row: number, sym: number): number {
  const cached = dfa.trans[row + sym];
  if (cached !== UNCOMPUTED) return cached;
  const nfa = dfa.nfa;
  const stamp = ++dfa.stamp;
  const mark = dfa.mark;
  const buf = dfa.buf;
  const numSyms = nfa.numSyms;
  let n = 0;
  const set = dfa.sets[row / numSyms];
  for (let k = 0; k < set.length; k++) {
    const s = set[k];
    if (nfa.kind[s] !== NFA_SYM || nfa.member[s * numSyms + sym] === 0) continue;
    const f = nfa.follow[s];
    for (let j = 0; j < f.length; j++) {
      const t = f[j];
      if (mark[t] !== stamp) {
        mark[t] = stamp;
        buf[n++] = t;
      }
    }
  }
  const gen = dfa.gen;
  const result = n === 0 ? JAM : intern(dfa, buf.slice(0, n).sort());
  // After a flush `row` names some other state: do not cache the transition there.
  if (dfa.gen === gen) dfa.trans[row + sym] = result;
  dfa.computed++;
  return result;
}

/** Receives acceptances while bytes are fed. */
export interface AcceptSink {
  /** Pattern ids in `accepts` were accepted at automaton position `pos`. */
  onAccept(accepts: Int32Array, pos: number): void;
}

/**
 * Feeds `data[from..to)` starting at `row`; reports accepting states to `sink` with position
 * `pos0 + i + 1` for the i-th byte (BOL is position 0). Returns the final row or JAM. This is
 * the per-byte hot loop: two typed-array loads per byte, no allocation.
 *
 * ## Example
 * ```ts
 * const end = feed(dfa, step(dfa, dfa.startRow, dfa.nfa.bol), bytes, 0, bytes.length, 0, sink);
 * ```
 */
export function feed(
  dfa: LazyDfa,
  row: number,
  data: Uint8Array,
  from: number,
  to: number,
  pos0: number,
  sink: AcceptSink,
): number {
  const ec = dfa.ec;
  let trans = dfa.trans;
  let s = row;
  // An accepting state seen twice in a row (e.g. after `.*x.*`) cannot add new acceptances.
  let lastReported = -1;
  for (let i = from; i < to; i++) {
    let v = trans[s + ec[data[i]]];
    if (v < 0) {
      v = stepCoded(dfa, s, ec[data[i]]);
      if (v === JAM) return JAM;
      trans = dfa.trans; // the table may have grown or been flushed
      lastReported = -1;
    }
    if (v >= ACC) {
      s = v - ACC;
      if (s !== lastReported) {
        lastReported = s;
        sink.onAccept(dfa.accepts[s / dfa.numSyms]!, pos0 + (i - from) + 1);
      }
    } else s = v;
  }
  return s;
}
