/**
 * Lazily built DFA over a {@link GroupNfa} (engine.md 5.11): a DFA state is a set of NFA
 * states; a transition is computed the first time a symbol is seen there and cached. The cache
 * is one flat `Uint16Array` transition table (row = state × symbols), so the per-byte loop is two
 * typed-array loads and an add. The cache is bounded: past `maxStates` states it is flushed and
 * rebuilt on demand; streams carry their state's description so they survive a flush.
 *
 * Sets are stored factored. Every unanchored pattern (`.*foo`) keeps its `.*` loop state in
 * every set once entered ("persistent": it matches every byte and loops to itself), so with
 * thousands of patterns each set would hold thousands of states that never change. A state is
 * kept as a *base* (the persistent states P and everything they lead to on any byte, F(P)) plus
 * the few remaining states; a byte transition costs only the remaining states and a per-base,
 * per-symbol cached delta — not the size of the whole set.
 */
import { GroupNfa, NFA_ACCEPT, NFA_SYM } from './nfa';

/** No transition ("jam"): matching of this group is over for the stream. */
export const JAM = -2;
/** Added to a state's row in internal codes when the state accepts some pattern. */
const ACC = 1 << 30;
/**
 * The transition table holds 16-bit entries (half the cache footprint of 32-bit rows): the
 * target's state index, with T_ACC set if it accepts; T_UNCOMPUTED / T_JAM are reserved.
 */
const T_UNCOMPUTED = 0xffff;
const T_JAM = 0xfffe;
const T_ACC = 0x8000;
/** State indices must fit in 15 bits next to T_ACC and below the reserved values. */
const MAX_STATES = 0x7ffd;

/** The persistent part of a set: P, F(P) ⊇ P, membership in F(P), and cached per-symbol deltas. */
export interface DfaBase {
  id: number;
  P: Int32Array;
  F: Int32Array;
  inF: Uint8Array;
  /** Pattern ids accepting in F(P). */
  acc: number[];
  /** Per byte symbol: states reached from F(P) \ P that are not in F(P). */
  delta: (Int32Array | undefined)[];
}

/** A DFA state's NFA set, factored: F(base.P) ∪ rest. */
export interface DfaStateDesc {
  base: DfaBase;
  rest: Int32Array;
}

/** A lazily built DFA with its cache and statistics (§5.11 names). */
export interface LazyDfa {
  nfa: GroupNfa;
  ec: Uint8Array;
  numSyms: number;
  /** Transition table: `trans[row + sym]` = target state index (| T_ACC if accepting), T_UNCOMPUTED or T_JAM. */
  trans: Uint16Array;
  /** Description and accepted pattern ids per state index (row / numSyms). */
  descs: DfaStateDesc[];
  accepts: (Int32Array | null)[];
  cache: Map<string, number>;
  bases: Map<string, DfaBase>;
  nextBaseId: number;
  /** 1 for NFA states that match every byte and loop to themselves. */
  persistent: Uint8Array;
  maxStates: number;
  /** Incremented by every flush; rows of older generations are meaningless. */
  gen: number;
  /** Row of the start state in the current generation. */
  startRow: number;
  startDesc: DfaStateDesc;
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
  const persistent = new Uint8Array(nfa.numStates);
  for (let s = 0; s < nfa.numStates; s++) {
    if (nfa.kind[s] !== NFA_SYM || !nfa.follow[s].includes(s)) continue;
    let all = true;
    for (let c = 0; c < nfa.byteClasses && all; c++) all = nfa.member[s * nfa.numSyms + c] === 1;
    if (all) persistent[s] = 1;
  }
  const dfa: LazyDfa = {
    nfa, ec: nfa.ec, numSyms: nfa.numSyms, trans: new Uint16Array(64 * nfa.numSyms).fill(T_UNCOMPUTED),
    descs: [], accepts: [], cache: new Map(), bases: new Map(), nextBaseId: 0, persistent,
    maxStates: Math.min(MAX_STATES, Math.max(16, maxStates)), gen: 0, startRow: 0, startDesc: null as unknown as DfaStateDesc,
    states: 0, computed: 0, mem: 0, hits: 0, misses: 0, nfaStates: 0, flushes: 0,
    mark: new Int32Array(nfa.numStates).fill(-1), stamp: 0, buf: new Int32Array(nfa.numStates),
  };
  const code = canon(dfa, Int32Array.from(nfa.start), null);
  dfa.startRow = code & ~ACC;
  dfa.startDesc = dfa.descs[dfa.startRow / dfa.numSyms];
  return dfa;
}

function internBase(dfa: LazyDfa, pList: number[]): DfaBase {
  const nfa = dfa.nfa;
  // Close P: persistent states reached from P belong to P (so the factoring is canonical).
  const inP = new Set(pList);
  const inF = new Uint8Array(nfa.numStates);
  const F: number[] = [];
  const work = [...inP];
  for (const p of work) {
    for (const f of nfa.follow[p]) {
      if (inF[f]) continue;
      inF[f] = 1;
      F.push(f);
      if (dfa.persistent[f] && !inP.has(f)) {
        inP.add(f);
        work.push(f);
      }
    }
  }
  const P = Int32Array.from(inP).sort();
  const key = P.join(',');
  const found = dfa.bases.get(key);
  if (found) return found;
  const acc: number[] = [];
  for (const f of F) if (nfa.kind[f] === NFA_ACCEPT) acc.push(nfa.acceptId[f]);
  const base: DfaBase = { id: dfa.nextBaseId++, P, F: Int32Array.from(F).sort(), inF, acc, delta: [] };
  dfa.bases.set(key, base);
  dfa.mem += F.length * 4 + nfa.numStates;
  return base;
}

/**
 * Interns the state whose full NFA set is F(P) ∪ raw, where `known` (if given) is a base whose
 * F(P) is already excluded from `raw`; returns the encoded row.
 */
function canon(dfa: LazyDfa, raw: Int32Array, known: DfaBase | null): number {
  let extra: number[] | null = null;
  for (let k = 0; k < raw.length; k++) if (dfa.persistent[raw[k]]) (extra ??= []).push(raw[k]);
  let base: DfaBase;
  if (known !== null && extra === null) base = known;
  else base = internBase(dfa, known ? [...known.P, ...(extra ?? [])] : extra ?? []);
  let rest = raw;
  if (base !== known) rest = raw.filter((s) => base.inF[s] === 0);
  rest.sort();
  return intern(dfa, base, rest);
}

/** Returns the encoded row (row + ACC if accepting) of the state (base, rest), creating it if needed. */
function intern(dfa: LazyDfa, base: DfaBase, rest: Int32Array): number {
  const key = `${base.id}|${rest.join(',')}`;
  const found = dfa.cache.get(key);
  if (found !== undefined) {
    dfa.hits++;
    return found;
  }
  dfa.misses++;
  if (dfa.states >= dfa.maxStates) {
    flush(dfa);
    return rowCode(dfa, { base, rest });
  }
  const nfa = dfa.nfa;
  let accepts: number[] | null = base.acc.length > 0 ? [...base.acc] : null;
  for (let k = 0; k < rest.length; k++) {
    const s = rest[k];
    if (nfa.kind[s] === NFA_ACCEPT) (accepts ??= []).push(nfa.acceptId[s]);
  }
  const index = dfa.states++;
  const row = index * dfa.numSyms;
  if (row + dfa.numSyms > dfa.trans.length) {
    const grown = new Uint16Array(dfa.trans.length * 2).fill(T_UNCOMPUTED);
    grown.set(dfa.trans);
    dfa.trans = grown;
  }
  dfa.descs[index] = { base, rest };
  dfa.accepts[index] = accepts ? Int32Array.from(new Set(accepts)).sort() : null;
  const code = accepts ? row + ACC : row;
  dfa.cache.set(key, code);
  dfa.nfaStates += base.F.length + rest.length;
  dfa.mem += 48 + rest.length * 4 + dfa.numSyms * 4 + (accepts ? accepts.length * 4 : 0);
  return code;
}

/** Drops every cached state, base and transition; the start state is re-created first. */
function flush(dfa: LazyDfa): void {
  dfa.flushes++;
  dfa.gen++;
  dfa.cache.clear();
  dfa.bases.clear();
  dfa.descs = [];
  dfa.accepts = [];
  dfa.states = 0;
  dfa.nfaStates = 0;
  dfa.mem = 0;
  dfa.trans = new Uint16Array(64 * dfa.numSyms).fill(T_UNCOMPUTED);
  const code = rowCode(dfa, dfa.startDesc);
  dfa.startRow = code & ~ACC;
  dfa.startDesc = dfa.descs[dfa.startRow / dfa.numSyms];
}

/** Re-interns a description (possibly from an older generation); returns the encoded row. */
function rowCode(dfa: LazyDfa, d: DfaStateDesc): number {
  const base = dfa.bases.get(d.base.P.join(',')) ?? internBase(dfa, [...d.base.P]);
  return intern(dfa, base, d.rest);
}

/**
 * The row of the state described by `desc` in the current generation (used by streams whose
 * row predates a flush).
 *
 * ## Example
 * ```ts
 * if (runner.gen !== dfa.gen) runner.row = rowOf(dfa, runner.desc);
 * ```
 */
export function rowOf(dfa: LazyDfa, desc: DfaStateDesc): number {
  return rowCode(dfa, desc) & ~ACC;
}

/**
 * The description (factored NFA set) of a row in the current generation.
 *
 * ## Example
 * ```ts
 * runner.desc = setOf(dfa, runner.row); // kept so the stream survives a cache flush
 * ```
 */
export function setOf(dfa: LazyDfa, row: number): DfaStateDesc {
  return dfa.descs[row / dfa.numSyms];
}

/**
 * The pattern ids accepting in the state at `row`, or null.
 *
 * ## Example
 * ```ts
 * acceptsOf(dfa, step(dfa, dfa.startRow, dfa.nfa.bol)); // e.g. Int32Array [3] for /^/
 * ```
 */
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

function baseDelta(dfa: LazyDfa, base: DfaBase, sym: number): Int32Array {
  const nfa = dfa.nfa;
  const numSyms = nfa.numSyms;
  const out: number[] = [];
  const seen = new Set<number>();
  const F = base.F;
  for (let k = 0; k < F.length; k++) {
    const s = F[k];
    if (nfa.kind[s] !== NFA_SYM || dfa.persistent[s] || nfa.member[s * numSyms + sym] === 0) continue;
    for (const f of nfa.follow[s]) {
      if (base.inF[f] === 0 && !seen.has(f)) {
        seen.add(f);
        out.push(f);
      }
    }
  }
  const d = Int32Array.from(out);
  base.delta[sym] = d;
  dfa.mem += d.length * 4 + 16;
  return d;
}

function stepCoded(dfa: LazyDfa, row: number, sym: number): number {
  const cached = dfa.trans[row + sym];
  if (cached !== T_UNCOMPUTED) {
    if (cached === T_JAM) return JAM;
    const target = (cached & ~T_ACC) * dfa.numSyms;
    return cached & T_ACC ? target + ACC : target;
  }
  const nfa = dfa.nfa;
  const stamp = ++dfa.stamp;
  const mark = dfa.mark;
  const buf = dfa.buf;
  const numSyms = nfa.numSyms;
  const desc = dfa.descs[row / numSyms];
  const base = desc.base;
  const rest = desc.rest;
  let n = 0;
  let result: number;
  const gen = dfa.gen;
  if (sym < nfa.byteClasses) {
    // Byte: F(P) carries over as a whole; only its cached delta and the rest are examined.
    const d = base.delta[sym] ?? baseDelta(dfa, base, sym);
    for (let j = 0; j < d.length; j++) {
      const t = d[j];
      if (mark[t] !== stamp) {
        mark[t] = stamp;
        buf[n++] = t;
      }
    }
    for (let k = 0; k < rest.length; k++) {
      const s = rest[k];
      if (nfa.kind[s] !== NFA_SYM || nfa.member[s * numSyms + sym] === 0) continue;
      const f = nfa.follow[s];
      for (let j = 0; j < f.length; j++) {
        const t = f[j];
        if (mark[t] !== stamp && base.inF[t] === 0) {
          mark[t] = stamp;
          buf[n++] = t;
        }
      }
    }
    // An empty base with nothing reached is a jam; a non-empty base always survives a byte.
    result = n === 0 && base.F.length === 0 ? JAM : canon(dfa, buf.slice(0, n), base);
  } else {
    // BOL/EOL: persistent loops do not match these, so the whole set is examined.
    const scan = (list: Int32Array): void => {
      for (let k = 0; k < list.length; k++) {
        const s = list[k];
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
    };
    scan(base.F);
    scan(rest);
    result = n === 0 ? JAM : canon(dfa, buf.slice(0, n), null);
  }
  // After a flush `row` names some other state: do not cache the transition there.
  if (dfa.gen === gen) {
    dfa.trans[row + sym] = result === JAM ? T_JAM : result >= ACC ? (result - ACC) / numSyms + T_ACC : result / numSyms;
  }
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
  const ns = dfa.numSyms;
  let trans = dfa.trans;
  let s = row;
  // An accepting state seen twice in a row (e.g. after `.*x.*`) cannot add new acceptances.
  let lastReported = -1;
  for (let i = from; i < to; i++) {
    const v = trans[s + ec[data[i]]];
    if (v < T_JAM) {
      if (v < T_ACC) {
        s = v * ns;
        continue;
      }
      s = (v - T_ACC) * ns;
    } else {
      const code = stepCoded(dfa, s, ec[data[i]]);
      if (code === JAM) return JAM;
      trans = dfa.trans; // the table may have grown or been flushed
      lastReported = -1;
      if (code < ACC) {
        s = code;
        continue;
      }
      s = code - ACC;
    }
    if (s !== lastReported) {
      lastReported = s;
      sink.onAccept(dfa.accepts[s / ns]!, pos0 + (i - from) + 1);
    }
  }
  return s;
}
