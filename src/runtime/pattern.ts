/**
 * `pattern` values (language.md §2.6).
 *
 * Representation: `{ text, ast }` plus lazily compiled matchers. `text` is Zeek's
 * canonical text (`^?(X)$?`, flag and composition wrappers), used for printing and
 * `p1 == p2`; matching uses the AST, compiled on first use to a JS RegExp for
 * `==`/`in` (fast) and to an NFA for leftmost-longest scans (`split_string`, `sub`).
 */
import { compileNfa, hasNestedRepetition, longestMatch, Nfa, nfaTest } from './patternNfa';
import { parseRegex, RegexNode, regexToJs } from './patternSyntax';

export interface PatternValue {
  /** Canonical text, without the surrounding slashes. */
  readonly text: string;
  readonly ast: RegexNode;
  /** Lazily built: whole-string matcher. */
  exact?: RegExp;
  /** Lazily built: matches anywhere. */
  search?: RegExp;
  /** Lazily built: NFA for leftmost-longest scans. */
  nfa?: Nfa;
  /** Lazily decided: use the NFA for `==`/`in` too (nested repetitions; see `hasNestedRepetition`). */
  useNfa?: boolean;
}

function nfaOf(p: PatternValue): Nfa {
  let nfa = p.nfa;
  if (!nfa) nfa = p.nfa = compileNfa(p.ast);
  return nfa;
}

function needsNfa(p: PatternValue): boolean {
  let u = p.useNfa;
  if (u === undefined) u = p.useNfa = hasNestedRepetition(p.ast);
  return u;
}

/**
 * Builds a pattern from a literal's text and flags (`''`, `'i'`, `'s'`, `'is'`).
 *
 * ## Example
 * ```ts
 * makePattern('a', '').text;    // '^?(a)$?'
 * makePattern('X', 'is').text;  // '(?s:(?i:^?(X)$?))'
 * ```
 */
export function makePattern(src: string, flags = ''): PatternValue {
  const ci = flags.includes('i');
  const dotall = flags.includes('s');
  let text = `^?(${src})$?`;
  if (ci) text = `(?i:${text})`;
  if (dotall) text = `(?s:${text})`;
  return { text, ast: parseRegex(src, { ci, dotall }) };
}

/**
 * `p1 | p2`: matches either.
 *
 * ## Example
 * ```ts
 * patternOr(makePattern('a'), makePattern('b')).text; // '^?((^?(a)$?)|(^?(b)$?))$?'
 * ```
 */
export function patternOr(p1: PatternValue, p2: PatternValue): PatternValue {
  return { text: `^?((${p1.text})|(${p2.text}))$?`, ast: { t: 'alt', xs: [p1.ast, p2.ast] } };
}

/**
 * `p1 & p2`: `p1` immediately followed by `p2`.
 *
 * ## Example
 * ```ts
 * patternAnd(makePattern('a'), makePattern('b')).text; // '^?((^?(a)$?)(^?(b)$?))$?'
 * ```
 */
export function patternAnd(p1: PatternValue, p2: PatternValue): PatternValue {
  return { text: `^?((${p1.text})(${p2.text}))$?`, ast: { t: 'seq', xs: [p1.ast, p2.ast] } };
}

/**
 * `p += p2` (and `redef p += p2`): alternation with the right operand first in the text.
 *
 * ## Example
 * ```ts
 * patternAddTo(makePattern('foo'), makePattern('bar')).text;
 * // '(^?(^?(bar)$?)$?)|(^?(^?(foo)$?)$?)'
 * ```
 */
export function patternAddTo(p: PatternValue, p2: PatternValue): PatternValue {
  return { text: `(^?(${p2.text})$?)|(^?(${p.text})$?)`, ast: { t: 'alt', xs: [p2.ast, p.ast] } };
}

/**
 * `s == p`: the whole string matches.
 *
 * ## Example
 * ```ts
 * patternMatches(makePattern('fo+'), 'foo'); // true
 * ```
 */
export function patternMatches(p: PatternValue, s: string): boolean {
  let re = p.exact;
  if (!re) {
    if (needsNfa(p)) return nfaTest(nfaOf(p), s, true);
    re = p.exact = new RegExp(`^(?:${regexToJs(p.ast)})$`);
  }
  return re.test(s);
}

/**
 * `p in s`: the pattern matches anywhere in the string.
 *
 * ## Example
 * ```ts
 * patternSearch(makePattern('o'), 'foo'); // true
 * ```
 */
export function patternSearch(p: PatternValue, s: string): boolean {
  let re = p.search;
  if (!re) {
    if (needsNfa(p)) return nfaTest(nfaOf(p), s, false);
    re = p.search = new RegExp(regexToJs(p.ast));
  }
  return re.test(s);
}

/**
 * `p1 == p2`: same canonical text.
 *
 * ## Example
 * ```ts
 * patternEquals(makePattern('a'), makePattern('a')); // true
 * ```
 */
export function patternEquals(a: PatternValue, b: PatternValue): boolean {
  return a.text === b.text;
}

/**
 * Renders a pattern as `print` does: `/` + canonical text + `/`.
 *
 * ## Example
 * ```ts
 * patternToString(makePattern('^foo|bar')); // '/^?(^foo|bar)$?/'
 * ```
 */
export function patternToString(p: PatternValue): string {
  return `/${p.text}/`;
}

/**
 * Scans `s` left to right for non-overlapping leftmost-longest matches, the way Zeek's
 * `split_string`/`sub`/`gsub` do: empty matches are ignored, `$` matches only at the
 * end, and `^` matches at the start and directly after a match that began in the
 * "beginning of line" state (cleared when the scan steps over a non-matching byte).
 * Returns `[start, end]` pairs; at most `max` of them when `max > 0`.
 *
 * With `bolEverywhere`, `^` matches at every position tried, as in Zeek's `find_all`,
 * `find_all_ordered` and `find_first`, which start a fresh prefix match at each byte (Zeek fixed the
 * anchors of `split_string*`/`sub`/`gsub` only; its base/utils/urls relies on `find_all` with a `^` pattern).
 *
 * ## Example
 * ```ts
 * patternScan(makePattern('hi|es'), 'this is a test'); // [[1, 3], [11, 13]]
 * patternScan(makePattern('^a'), 'a a', 0, true);      // [[0, 1], [2, 3]]
 * ```
 */
export function patternScan(p: PatternValue, s: string, max = 0, bolEverywhere = false): [number, number][] {
  const nfa = nfaOf(p);
  const out: [number, number][] = [];
  let bol = true;
  let i = 0;
  while (i < s.length) {
    const len = longestMatch(nfa, s, i, bol);
    if (len > 0) {
      out.push([i, i + len]);
      if (max > 0 && out.length >= max) break;
      i += len;
    } else {
      bol = bolEverywhere;
      i++;
    }
  }
  return out;
}

/**
 * The length of the longest match of `p` starting exactly at `start` in `s`, or −1 (Zeek's
 * `MatchPrefix`; `^` may match there).
 *
 * ## Example
 * ```ts
 * patternMatchPrefix(makePattern('hi|es'), 'this is a test', 11); // 2
 * ```
 */
export function patternMatchPrefix(p: PatternValue, s: string, start: number): number {
  return longestMatch(nfaOf(p), s, start, true);
}
