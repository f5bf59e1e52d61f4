/**
 * Lazily built DFA over a {@link GroupNfa} (engine.md 5.11): a DFA state is a set of NFA
 * states; a transition is computed the first time a symbol is seen there and cached. The state
 * cache is bounded: when it grows past `maxStates` it is flushed and rebuilt on demand, so
 * memory stays flat under adversarial traffic.
 */
import { GroupNfa, NFA_ACCEPT, NFA_SYM } from './nfa';

/** One DFA state. `next[sym]` is UNCOMPUTED until first needed, JAM when nothing follows. */
export interface DfaState {
  nfa: Int32Array;
  next: DfaState[];
  /** Global pattern ids accepting in this state, or null. */
  accepts: Int32Array | null;
}

/** Sentinel: transition not computed yet. */
export const UNCOMPUTED: DfaState = { nfa: new Int32Array(0), next: [], accepts: null };
/** Sentinel: no transition ("jam") — matching of this group is over for the stream. */
export const JAM: DfaState = { nfa: new Int32Array(0), next: [], accepts: null };

/** A lazily built DFA with its cache and statistics (§5.11 names). */
export interface LazyDfa {
  nfa: GroupNfa;
  ec: Uint8Array;
  start: DfaState;
  cache: Map<string, DfaState>;
  maxStates: number;
  /** Statistics since creation (flushes do not reset them, except `states`/`nfaStates`/`mem`). */
  states: number;
  computed: number;
  mem: number;
  hits: number;
  misses: number;
  nfaStates: number;
  flushes: number;
  /** Scratch for subset construction. */
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
    nfa, ec: nfa.ec, start: UNCOMPUTED, cache: new Map(), maxStates: Math.max(16, maxStates),
    states: 0, computed: 0, mem: 0, hits: 0, misses: 0, nfaStates: 0, flushes: 0,
    mark: new Int32Array(nfa.numStates).fill(-1), stamp: 0, buf: new Int32Array(nfa.numStates),
  };
  dfa.start = intern(dfa, nfa.start);
  return dfa;
}

function intern(dfa: LazyDfa, set: Int32Array): DfaState {
  const key = set.join(',');
  const found = dfa.cache.get(key);
  if (found !== undefined) {
    dfa.hits++;
    return found;
  }
  dfa.misses++;
  if (dfa.cache.size >= dfa.maxStates) flush(dfa);
  const nfa = dfa.nfa;
  let accepts: number[] | null = null;
  for (let k = 0; k < set.length; k++) {
    const s = set[k];
    if (nfa.kind[s] === NFA_ACCEPT) (accepts ??= []).push(nfa.acceptId[s]);
  }
  const st: DfaState = {
    nfa: set,
    next: new Array<DfaState>(nfa.numSyms).fill(UNCOMPUTED),
    accepts: accepts ? Int32Array.from(accepts).sort() : null,
  };
  dfa.cache.set(key, st);
  dfa.states++;
  dfa.nfaStates += set.length;
  dfa.mem += stateBytes(st);
  return st;
}

function stateBytes(st: DfaState): number {
  return 64 + st.nfa.length * 4 + st.next.length * 8 + (st.accepts ? st.accepts.length * 4 : 0);
}

/**
 * Drops every cached state and transition. States still held by running streams keep their NFA
 * sets, so those streams simply recompute (and re-intern) their next transitions.
 */
function flush(dfa: LazyDfa): void {
  for (const st of dfa.cache.values()) st.next.fill(UNCOMPUTED);
  dfa.cache.clear();
  dfa.flushes++;
  dfa.states = 0;
  dfa.nfaStates = 0;
  dfa.mem = 0;
  // The start state stays interned so new streams share it.
  dfa.cache.set(dfa.start.nfa.join(','), dfa.start);
  dfa.states = 1;
  dfa.nfaStates = dfa.start.nfa.length;
  dfa.mem = stateBytes(dfa.start);
}

/**
 * Computes (and caches) the transition of `st` on symbol `sym`.
 *
 * ## Example
 * ```ts
 * const s1 = step(dfa, dfa.start, dfa.nfa.bol);
 * ```
 */
export function step(dfa: LazyDfa, st: DfaState, sym: number): DfaState {
  const cached = st.next[sym];
  if (cached !== UNCOMPUTED) return cached;
  const nfa = dfa.nfa;
  const stamp = ++dfa.stamp;
  const mark = dfa.mark;
  const buf = dfa.buf;
  const numSyms = nfa.numSyms;
  let n = 0;
  const set = st.nfa;
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
  let result: DfaState;
  if (n === 0) result = JAM;
  else result = intern(dfa, buf.slice(0, n).sort());
  st.next[sym] = result;
  dfa.computed++;
  return result;
}

/** Receives acceptances while bytes are fed. */
export interface AcceptSink {
  /** Pattern ids in `accepts` were accepted at automaton position `pos`. */
  onAccept(accepts: Int32Array, pos: number): void;
}

/**
 * Feeds `data[from..to)` starting in `st`; reports accepting states to `sink` with position
 * `pos0 + i + 1` for the i-th byte (BOL is position 0). Returns the final state or JAM.
 * This is the per-byte hot loop: one table lookup per byte, no allocation.
 *
 * ## Example
 * ```ts
 * const end = feed(dfa, step(dfa, dfa.start, dfa.nfa.bol), bytes, 0, bytes.length, 0, sink);
 * ```
 */
export function feed(
  dfa: LazyDfa,
  st: DfaState,
  data: Uint8Array,
  from: number,
  to: number,
  pos0: number,
  sink: AcceptSink,
): DfaState {
  const ec = dfa.ec;
  // An accepting state seen twice in a row (e.g. after `.*x.*`) cannot add new acceptances.
  let lastReported: DfaState = JAM;
  for (let i = from; i < to; i++) {
    const sym = ec[data[i]];
    let nx = st.next[sym];
    if (nx === UNCOMPUTED) nx = step(dfa, st, sym);
    if (nx === JAM) return JAM;
    st = nx;
    if (st.accepts !== null && st !== lastReported) {
      lastReported = st;
      sink.onAccept(st.accepts, pos0 + (i - from) + 1);
    }
  }
  return st;
}
