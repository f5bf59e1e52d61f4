/**
 * Leftmost-longest matching (flex/POSIX semantics) for `split_string*`, `sub`, `gsub`:
 * a Thompson NFA built from the pattern AST and simulated over bytes. JS `RegExp`
 * takes the first alternative (`/a|ab/` consumes `a`); Zeek takes the longest.
 */
import { ByteSet, RegexNode, setHas } from './patternSyntax';

const enum Op {
  Set,
  Split,
  Bol,
  Eol,
  Match,
}

interface State {
  op: Op;
  set?: ByteSet;
  out: number;
  out2: number;
}

/** A compiled NFA: states and the start state. */
export interface Nfa {
  readonly states: State[];
  readonly start: number;
  /** Scratch reused across calls (matching is synchronous, so one set per NFA suffices). */
  readonly mark: Int32Array;
  gen: number;
  cur: number[];
  next: number[];
}

/**
 * Compiles an AST to an NFA.
 *
 * ## Example
 * ```ts
 * const nfa = compileNfa(parseRegex('a|ab', { ci: false, dotall: false }));
 * longestMatch(nfa, 'abc', 0, true); // 2
 * ```
 */
export function compileNfa(root: RegexNode): Nfa {
  const states: State[] = [];
  const add = (op: Op, out = -1, out2 = -1, set?: ByteSet): number => {
    states.push({ op, set, out, out2 });
    return states.length - 1;
  };
  // build(n, next) returns the entry state of n whose exit goes to `next`.
  const build = (n: RegexNode, next: number): number => {
    switch (n.t) {
      case 'set':
        return add(Op.Set, next, -1, n.set);
      case 'bol':
        return add(Op.Bol, next);
      case 'eol':
        return add(Op.Eol, next);
      case 'seq': {
        let e = next;
        for (let i = n.xs.length - 1; i >= 0; i--) e = build(n.xs[i], e);
        return e;
      }
      case 'alt': {
        let e = build(n.xs[n.xs.length - 1], next);
        for (let i = n.xs.length - 2; i >= 0; i--) e = add(Op.Split, build(n.xs[i], next), e);
        return e;
      }
      case 'rep': {
        let e = next;
        if (n.max === Infinity) {
          // loop: split -> (x -> split) | next
          const loop = add(Op.Split, -1, next);
          const body = build(n.x, loop);
          states[loop].out = body;
          e = loop;
        } else {
          for (let i = n.min; i < n.max; i++) e = add(Op.Split, build(n.x, e), next);
        }
        for (let i = 0; i < n.min; i++) e = build(n.x, e);
        return e;
      }
    }
  };
  const match = add(Op.Match);
  const start = build(root, match);
  return { states, start, mark: new Int32Array(states.length).fill(-1), gen: 0, cur: [], next: [] };
}

/**
 * The length of the longest match of the NFA starting exactly at `start` in `s`, or −1.
 * `bol` says whether `^` may match at `start`; `$` matches only at the end of `s`.
 *
 * ## Example
 * ```ts
 * longestMatch(nfa, 'xab', 1, false); // length of the longest match at offset 1
 * ```
 */
export function longestMatch(nfa: Nfa, s: string, start: number, bol: boolean): number {
  const { states, mark } = nfa;
  if (nfa.gen > 0x3fffffff) {
    // Generation stamps live in an Int32Array; restart them long before they could wrap.
    mark.fill(-1);
    nfa.gen = 0;
  }
  let cur = nfa.cur;
  let next = nfa.next;
  cur.length = 0;
  let best = -1;
  let gen = ++nfa.gen;
  const addState = (list: number[], i: number, pos: number): void => {
    if (i < 0 || mark[i] === gen) return;
    mark[i] = gen;
    const st = states[i];
    switch (st.op) {
      case Op.Split:
        addState(list, st.out, pos);
        addState(list, st.out2, pos);
        return;
      case Op.Bol:
        if (pos === start && bol) addState(list, st.out, pos);
        return;
      case Op.Eol:
        if (pos === s.length) addState(list, st.out, pos);
        return;
      case Op.Match:
        if (pos - start > best) best = pos - start;
        return;
      default:
        list.push(i);
    }
  };
  addState(cur, nfa.start, start);
  for (let pos = start; pos < s.length && cur.length > 0; pos++) {
    const c = s.charCodeAt(pos) & 255;
    gen = ++nfa.gen;
    next.length = 0;
    for (const i of cur) {
      const st = states[i];
      if (setHas(st.set as ByteSet, c)) addState(next, st.out, pos + 1);
    }
    const t = cur;
    cur = next;
    next = t;
  }
  nfa.cur = cur;
  nfa.next = next;
  return best;
}

/**
 * Linear-time membership test with the NFA: `whole` = the entire string matches
 * (`s == p`), otherwise a match anywhere (`p in s`). Used instead of a JS RegExp for
 * patterns whose nested repetitions could make backtracking exponential.
 *
 * ## Example
 * ```ts
 * nfaTest(compileNfa(parseRegex('(a*)*b', mode)), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaac', false); // false, fast
 * ```
 */
export function nfaTest(nfa: Nfa, s: string, whole: boolean): boolean {
  const { states, mark } = nfa;
  if (nfa.gen > 0x3fffffff) {
    mark.fill(-1);
    nfa.gen = 0;
  }
  let cur = nfa.cur;
  let next = nfa.next;
  cur.length = 0;
  let found = false;
  let gen = ++nfa.gen;
  const addState = (list: number[], i: number, pos: number): void => {
    if (i < 0 || mark[i] === gen) return;
    mark[i] = gen;
    const st = states[i];
    switch (st.op) {
      case Op.Split:
        addState(list, st.out, pos);
        addState(list, st.out2, pos);
        return;
      case Op.Bol:
        if (pos === 0) addState(list, st.out, pos);
        return;
      case Op.Eol:
        if (pos === s.length) addState(list, st.out, pos);
        return;
      case Op.Match:
        if (!whole || pos === s.length) found = true;
        return;
      default:
        list.push(i);
    }
  };
  addState(cur, nfa.start, 0);
  for (let pos = 0; pos < s.length && !found; pos++) {
    const c = s.charCodeAt(pos) & 255;
    gen = ++nfa.gen;
    next.length = 0;
    for (const i of cur) {
      const st = states[i];
      if (setHas(st.set as ByteSet, c)) addState(next, st.out, pos + 1);
    }
    // Unanchored search: a new attempt may start at every position.
    if (!whole) addState(next, nfa.start, pos + 1);
    const t = cur;
    cur = next;
    next = t;
    if (cur.length === 0 && whole) break;
  }
  nfa.cur = cur;
  nfa.next = next;
  return found;
}

/**
 * True if the pattern nests unbounded repetitions (`(a*)*`, `(a+|b)+`), the shape
 * that can make a backtracking RegExp take exponential time.
 *
 * ## Example
 * ```ts
 * hasNestedRepetition(parseRegex('(a*)*b', mode)); // true
 * ```
 */
export function hasNestedRepetition(n: RegexNode, inRep = false): boolean {
  switch (n.t) {
    case 'rep': {
      const unbounded = n.max === Infinity || n.max > 16;
      if (unbounded && inRep) return true;
      return hasNestedRepetition(n.x, inRep || unbounded);
    }
    case 'seq':
    case 'alt':
      return n.xs.some((x) => hasNestedRepetition(x, inRep));
    default:
      return false;
  }
}
