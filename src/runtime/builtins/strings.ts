/** Built-ins of language.md §10.4: case, splitting, substitution, searching, stripping. */
import type { BuiltinContext } from '../context';
import { type Integral } from '../numeric';
import { patternMatchPrefix, patternScan, type PatternValue } from '../pattern';
import { asciiLower, asciiUpper } from '../string';
import { createSet, createTable, setAdd, type TableValue } from '../table';
import { setType, T } from '../types';
import { builtin, INDEX_VEC, STRING_ARRAY, STRING_VEC, type Builtin } from './builtin';

/**
 * Splits `s` at leftmost-longest matches of `re` (at most `max` splits when `max > 0`),
 * optionally keeping the separators as the odd elements.
 *
 * ## Example
 * ```ts
 * splitPieces('this is a test', makePattern('hi|es'), false, 0); // ['t', 's is a t', 't']
 * ```
 */
export function splitPieces(s: string, re: PatternValue, inclSep: boolean, max: number): string[] {
  const out: string[] = [];
  let prev = 0;
  for (const [a, b] of patternScan(re, s, max)) {
    out.push(s.slice(prev, a));
    if (inclSep) out.push(s.slice(a, b));
    prev = b;
  }
  out.push(s.slice(prev));
  return out;
}

/**
 * Splits `s` at the given byte offsets (`str_split_indices`): offsets outside
 * `1 … |s|−1` are ignored, the rest sorted and de-duplicated.
 *
 * ## Example
 * ```ts
 * splitAtIndices('this is a test', [3, 6, 13]); // ['thi', 's i', 's a tes', 't']
 * ```
 */
export function splitAtIndices(s: string, idx: readonly unknown[]): string[] {
  const cuts = [...new Set(idx.filter((x) => x !== undefined).map((x) => Number(x as Integral)))]
    .filter((k) => k > 0 && k < s.length)
    .sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const k of cuts) {
    out.push(s.slice(prev, k));
    prev = k;
  }
  out.push(s.slice(prev));
  return out;
}

function toArray(pieces: string[]): TableValue<string> {
  const t = createTable<string>();
  pieces.forEach((p, i) => t.map.set(i + 1, { index: [i + 1], value: p }));
  return t;
}

function replace(s: string, re: PatternValue, repl: string, max: number): string {
  let out = '';
  let prev = 0;
  for (const [a, b] of patternScan(re, s, max)) {
    out += s.slice(prev, a) + repl;
    prev = b;
  }
  return out + s.slice(prev);
}

const WHITESPACE = ' \t\n\r\v\f';

function lstrip(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && chars.includes(s[i])) i++;
  return s.slice(i);
}

function rstrip(s: string, chars: string): string {
  let j = s.length;
  while (j > 0 && chars.includes(s[j - 1])) j--;
  return s.slice(0, j);
}

const n = (x: unknown) => Number(x as Integral);

function hexBytes(s: string): string {
  return Array.from(s, (x) => x.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

/** Bytes outside 32–126 as `\xNN` (lower-case hex); each of `special` preceded by a backslash. */
function escapeBytes(s: string, special: string): string {
  let out = '';
  for (const ch of s) {
    const b = ch.charCodeAt(0);
    if (b < 32 || b > 126) out += '\\x' + b.toString(16).padStart(2, '0');
    else if (special.includes(ch)) out += '\\' + ch;
    else out += ch;
  }
  return out;
}

function justify(c: BuiltinContext, name: string, s: string, width: number, fill: string, right: boolean): string {
  if (fill.length !== 1) {
    c.error(`${name}: fill argument must be a single character`);
    return s;
  }
  if (width <= s.length) return s;
  const pad = fill.repeat(width - s.length);
  return right ? pad + s : s + pad;
}

/**
 * Zeek's find_str/rfind_str: −1 when `start` lies beyond the string; an error (and −1) when a
 * non-negative `end` is before `start`; otherwise searches `str.substr(start, endPos)` (a length, as
 * Zeek passes it) and returns the position plus `start`, or −1.
 */
function findStr(c: BuiltinContext, name: string, s: string, sub: string, start: unknown, end: unknown, cs: unknown, rev: boolean): number {
  const st = start === undefined ? 0 : n(start);
  const e = end === undefined ? -1 : n(end);
  if (st > s.length) return -1;
  if (e >= 0 && e < st) {
    c.error(`${name}: end position must be greater than start position (${e} < ${st})`);
    return -1;
  }
  const endPos = e >= 0 && e < s.length ? e : s.length;
  let hay = s.slice(st, st + endPos);
  let needle = sub;
  if (cs === false) {
    hay = asciiLower(hay);
    needle = asciiLower(needle);
  }
  const p = rev ? hay.lastIndexOf(needle) : hay.indexOf(needle);
  return p < 0 ? -1 : p + st;
}

/**
 * The Levenshtein distance between two byte strings (one row of the classic table at a time).
 *
 * ## Example
 * ```ts
 * levenshtein('kitten', 'sitting'); // 3
 * ```
 */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_x, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The values of a `string_array` whose index is in [lo, hi], in index order. */
function arrayValues(a: TableValue<string>, lo = -Infinity, hi = Infinity): string[] {
  return [...a.map.values()]
    .filter((e) => Number(e.index[0]) >= lo && Number(e.index[0]) <= hi)
    .sort((x, y) => Number(x.index[0]) - Number(y.index[0]))
    .map((e) => e.value);
}

/** find_all's limit: a `max_str_size` of 0 or more that the string exceeds. */
function tooLong(s: string, max: unknown): boolean {
  const m = Number(max);
  return m >= 0 && s.length > m;
}

/**
 * String built-ins (language.md §10.4).
 *
 * ## Example
 * ```ts
 * Object.keys(STRING_BUILTINS); // names merged into BUILTINS
 * ```
 */
export const STRING_BUILTINS: Record<string, Builtin> = {
  to_lower: builtin([['str', T.string]], T.string, (_c, [s]) => asciiLower(s as string)),
  to_upper: builtin([['str', T.string]], T.string, (_c, [s]) => asciiUpper(s as string)),
  split_string: builtin([['str', T.string], ['re', T.pattern]], STRING_VEC, (_c, [s, re]) =>
    splitPieces(s as string, re as PatternValue, false, 0)),
  split_string1: builtin([['str', T.string], ['re', T.pattern]], STRING_VEC, (_c, [s, re]) =>
    splitPieces(s as string, re as PatternValue, false, 1)),
  split_string_all: builtin([['str', T.string], ['re', T.pattern]], STRING_VEC, (_c, [s, re]) =>
    splitPieces(s as string, re as PatternValue, true, 0)),
  split_string_n: builtin(
    [['str', T.string], ['re', T.pattern], ['incl_sep', T.bool], ['max_num_sep', T.count]],
    STRING_VEC,
    (_c, [s, re, incl, max]) => splitPieces(s as string, re as PatternValue, incl as boolean, n(max)),
  ),
  // Legacy (Bro 1.x/2.x) variants returning table[count] of string indexed from 1.
  split: builtin([['str', T.string], ['re', T.pattern]], STRING_ARRAY, (_c, [s, re]) =>
    toArray(splitPieces(s as string, re as PatternValue, false, 0))),
  split1: builtin([['str', T.string], ['re', T.pattern]], STRING_ARRAY, (_c, [s, re]) =>
    toArray(splitPieces(s as string, re as PatternValue, false, 1))),
  split_all: builtin([['str', T.string], ['re', T.pattern]], STRING_ARRAY, (_c, [s, re]) =>
    toArray(splitPieces(s as string, re as PatternValue, true, 0))),
  split_n: builtin(
    [['str', T.string], ['re', T.pattern], ['incl_sep', T.bool], ['max_num_sep', T.count]],
    STRING_ARRAY,
    (_c, [s, re, incl, max]) => toArray(splitPieces(s as string, re as PatternValue, incl as boolean, n(max))),
  ),
  str_split_indices: builtin([['s', T.string], ['idx', INDEX_VEC]], STRING_VEC, (_c, [s, idx]) =>
    splitAtIndices(s as string, idx as unknown[])),
  // Legacy name (Bro 2.x) of str_split_indices.
  str_split: builtin([['s', T.string], ['idx', INDEX_VEC]], STRING_VEC, (_c, [s, idx]) =>
    splitAtIndices(s as string, idx as unknown[])),
  sub: builtin([['str', T.string], ['re', T.pattern], ['repl', T.string]], T.string, (_c, [s, re, r]) =>
    replace(s as string, re as PatternValue, r as string, 1)),
  gsub: builtin([['str', T.string], ['re', T.pattern], ['repl', T.string]], T.string, (_c, [s, re, r]) =>
    replace(s as string, re as PatternValue, r as string, 0)),
  subst_string: builtin([['s', T.string], ['from', T.string], ['to', T.string]], T.string, (_c, [s, from, to]) =>
    from === '' ? s : (s as string).split(from as string).join(to as string)),
  strstr: builtin([['big', T.string], ['little', T.string]], T.count, (_c, [big, little]) =>
    (big as string).indexOf(little as string) + 1),
  strcmp: builtin([['s1', T.string], ['s2', T.string]], T.int, (_c, [a, b]) =>
    (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0),
  sub_bytes: builtin([['s', T.string], ['start', T.count], ['n', T.int]], T.string, (_c, [s, start, len]) => {
    const str = s as string;
    let st = n(start);
    if (st > 0) st--;
    if (st >= str.length) return '';
    const l = n(len);
    return l < 0 || st + l > str.length ? str.slice(st) : str.slice(st, st + l);
  }),
  strip: builtin([['str', T.string]], T.string, (_c, [s]) => rstrip(lstrip(s as string, WHITESPACE), WHITESPACE)),
  lstrip: builtin([['str', T.string], ['chars', T.string, WHITESPACE]], T.string, (_c, [s, chars]) =>
    lstrip(s as string, (chars as string | undefined) ?? WHITESPACE)),
  rstrip: builtin([['str', T.string], ['chars', T.string, WHITESPACE]], T.string, (_c, [s, chars]) =>
    rstrip(s as string, (chars as string | undefined) ?? WHITESPACE)),
  join_string_vec: builtin([['vec', STRING_VEC], ['sep', T.string]], T.string, (_c, [v, sep]) =>
    (v as (string | undefined)[]).map((x) => x ?? '').join(sep as string)),
  // Zeek's join_string_set (test bifs.join_string): the elements in iteration order (rxbro: insertion order).
  join_string_set: builtin([['ss', setType([T.string])], ['sep', T.string]], T.string, (_c, [ss, sep]) =>
    [...(ss as TableValue).map.values()].map((e) => e.index[0] as string).join(sep as string)),
  // Legacy join_string_array (Zeek < 3.0 / Bro): the values of a string_array in index order.
  join_string_array: builtin([['sep', T.string], ['a', STRING_ARRAY]], T.string, (_c, [sep, a]) =>
    arrayValues(a as TableValue<string>).join(sep as string)),
  // Zeek's levenshtein_distance (test bifs.levenshtein_distance): edits (insert, delete, substitute a byte).
  levenshtein_distance: builtin([['s1', T.string], ['s2', T.string]], T.count, (_c, [a, b]) =>
    levenshtein(a as string, b as string)),
  // Legacy cat_string_array/cat_string_array_n (test bifs.cat_string_array): the values at indices
  // start..end (all of them, in index order, for the first), concatenated.
  cat_string_array: builtin([['a', STRING_ARRAY]], T.string, (_c, [a]) => arrayValues(a as TableValue<string>).join('')),
  cat_string_array_n: builtin([['a', STRING_ARRAY], ['start', T.count], ['end', T.count]], T.string, (_c, [a, start, end]) =>
    arrayValues(a as TableValue<string>, Number(start), Number(end)).join('')),
  // Legacy sort_string_array (test bifs.sort_string_array): the values in byte order, indexed from 1.
  sort_string_array: builtin([['a', STRING_ARRAY]], STRING_ARRAY, (_c, [a]) =>
    toArray(arrayValues(a as TableValue<string>).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)))),
  // Zeek's uuid_to_string (test bifs.uuid_to_string): 16 bytes as the lowercase 8-4-4-4-12 form.
  uuid_to_string: builtin([['uuid', T.string]], T.string, (_c, [u]) => {
    const str = u as string;
    if (str.length !== 16) return '<Invalid UUID>';
    const hex = [...str].map((ch) => (ch.charCodeAt(0) & 0xff).toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }),
  // Zeek's find_last (tests bifs.find_last, bifs.find_first_offset): the longest match starting at the last
  // position (at or after `start`) where one starts, "" if none.
  find_last: builtin([['str', T.string], ['re', T.pattern], ['start', T.count, 0]], T.string, (_c, [s, re, start]) => {
    const str = s as string;
    const from = n(start);
    for (let t = str.length - 1; t >= from; t--) {
      const k = patternMatchPrefix(re as PatternValue, str, t);
      if (k >= 0) return str.slice(t, t + k);
    }
    return '';
  }),
  // Zeek's find_first (tests bifs.find_first, bifs.find_first_offset): the first leftmost-longest match at
  // or after `start`, "" if none; like find_last, `^` matches wherever a match is tried.
  find_first: builtin([['str', T.string], ['re', T.pattern], ['start', T.count, 0]], T.string, (_c, [s, re, start]) => {
    const rest = (s as string).slice(n(start));
    const m = patternScan(re as PatternValue, rest, 1, true)[0];
    return m ? rest.slice(m[0], m[1]) : '';
  }),
  // Zeek's find_all/find_all_ordered (tests bifs.find_all, bifs.find_all_ordered): every non-overlapping
  // leftmost-longest match, as a set or in order; a string longer than `max_str_size` (when >= 0) gives
  // none (Zeek also logs the weird max_find_all_string_length_exceeded). `^` matches wherever a match is tried
  // (Zeek's test scripts.base.utils.urls finds two URLs with the `^`-anchored url_regex).
  find_all: builtin([['str', T.string], ['re', T.pattern], ['max_str_size', T.int, -1]], setType([T.string]), (_c, [s, re, max]) => {
    const t = createSet();
    if (tooLong(s as string, max)) return t;
    for (const [a, b] of patternScan(re as PatternValue, s as string, 0, true)) setAdd(t, (s as string).slice(a, b));
    return t;
  }),
  find_all_ordered: builtin([['str', T.string], ['re', T.pattern], ['max_str_size', T.int, -1]], STRING_VEC, (_c, [s, re, max]) =>
    tooLong(s as string, max) ? [] : patternScan(re as PatternValue, s as string, 0, true).map(([a, b]) => (s as string).slice(a, b))),
  // edit(s, c): every `c` erases the byte before it, like a backspace (Zeek test bifs.edit).
  edit: builtin([['arg_s', T.string], ['arg_edit_char', T.string]], T.string, (c, [s, ch]) => {
    if ((ch as string).length !== 1) c.error('Char edit with more than one character');
    const e = (ch as string)[0];
    const out: string[] = [];
    for (const x of s as string) {
      if (x === e) out.pop();
      else out.push(x);
    }
    return out.join('');
  }),
  starts_with: builtin([['str', T.string], ['sub', T.string]], T.bool, (_c, [s, sub]) => (s as string).startsWith(sub as string)),
  ends_with: builtin([['str', T.string], ['sub', T.string]], T.bool, (_c, [s, sub]) => (s as string).endsWith(sub as string)),
  bytestring_to_hexstr: builtin([['bytestring', T.string]], T.string, (_c, [s]) => hexBytes(s as string)),
  // find_str/rfind_str (Zeek tests bifs.do_find_str, bifs.string_utils): Zeek searches the window
  // `str.substr(start, end)` — the second number is a *length* (std::string::substr), which is why
  // find_str("abcdefghi", "efg", 2, 6) finds position 4 — and adds `start` back to the position found.
  find_str: builtin(
    [['str', T.string], ['sub', T.string], ['start', T.count, 0], ['end', T.int, -1], ['case_sensitive', T.bool, true]],
    T.int,
    (c, [s, sub, start, end, cs]) => findStr(c, 'find_str', s as string, sub as string, start, end, cs, false),
  ),
  rfind_str: builtin(
    [['str', T.string], ['sub', T.string], ['start', T.count, 0], ['end', T.int, -1], ['case_sensitive', T.bool, true]],
    T.int,
    (c, [s, sub, start, end, cs]) => findStr(c, 'rfind_str', s as string, sub as string, start, end, cs, true),
  ),
  // Non-overlapping occurrences (bifs.string_utils: count_substr("aabbaa", "aa") == 2); an empty
  // substring counts 0.
  count_substr: builtin([['str', T.string], ['sub', T.string]], T.count, (_c, [s, sub]) => {
    const str = s as string;
    const needle = sub as string;
    if (needle === '') return 0;
    let k = 0;
    for (let i = str.indexOf(needle); i >= 0; i = str.indexOf(needle, i + needle.length)) k++;
    return k;
  }),
  // string_fill(len, source): `len` bytes, the first len-1 repeating `source`, the last a NUL
  // (bifs.string_fill: string_fill(10, "test ") is "test test\x00").
  string_fill: builtin([['len', T.int], ['source', T.string]], T.string, (_c, [len, src]) => {
    const l = n(len);
    if (l <= 0) return '';
    const source = src as string;
    const body = source === '' ? '\0'.repeat(l - 1) : source.repeat(Math.ceil((l - 1) / source.length)).slice(0, l - 1);
    return body + '\0';
  }),
  // C-locale isdigit/isalpha/isalnum over every byte; the empty string gives F (bifs.string_utils).
  is_num: builtin([['str', T.string]], T.bool, (_c, [s]) => /^[0-9]+$/.test(s as string)),
  is_alpha: builtin([['str', T.string]], T.bool, (_c, [s]) => /^[A-Za-z]+$/.test(s as string)),
  is_alnum: builtin([['str', T.string]], T.bool, (_c, [s]) => /^[A-Za-z0-9]+$/.test(s as string)),
  // Escaping (bifs.escape_string): bytes outside 32–126 become \xNN in all three; escape_string also
  // doubles backslashes, to_string_literal also escapes backslashes and both quote characters.
  clean: builtin([['str', T.string]], T.string, (_c, [s]) => escapeBytes(s as string, '')),
  escape_string: builtin([['s', T.string]], T.string, (_c, [s]) => escapeBytes(s as string, '\\')),
  to_string_literal: builtin([['str', T.string]], T.string, (_c, [s]) => escapeBytes(s as string, '\\\'"')),
  string_to_ascii_hex: builtin([['s', T.string]], T.string, (_c, [s]) => hexBytes(s as string)),
  // Shell-safe double-quoting (bifs.safe_shell_quote): $ ` \ " are backslash-escaped inside "...".
  safe_shell_quote: builtin([['source', T.string]], T.string, (_c, [s]) => `"${(s as string).replace(/[$`\\"]/g, '\\$&')}"`),
  // Python-style helpers (bifs.string_utils). The fill must be one byte; otherwise an error and the
  // string unchanged.
  ljust: builtin([['str', T.string], ['width', T.count], ['fill', T.string, ' ']], T.string, (c, [s, w, f]) =>
    justify(c, 'ljust', s as string, n(w), (f as string | undefined) ?? ' ', false)),
  rjust: builtin([['str', T.string], ['width', T.count], ['fill', T.string, ' ']], T.string, (c, [s, w, f]) =>
    justify(c, 'rjust', s as string, n(w), (f as string | undefined) ?? ' ', true)),
  zfill: builtin([['str', T.string], ['width', T.count]], T.string, (c, [s, w]) => justify(c, 'zfill', s as string, n(w), '0', true)),
  swap_case: builtin([['str', T.string]], T.string, (_c, [s]) =>
    (s as string).replace(/[A-Za-z]/g, (ch) => (ch <= 'Z' ? ch.toLowerCase() : ch.toUpperCase()))),
  // Upper-cases the first byte of every run of non-space bytes; other bytes are left alone.
  to_title: builtin([['str', T.string]], T.string, (_c, [s]) => (s as string).replace(/(^|[ ])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase())),
  remove_prefix: builtin([['str', T.string], ['sub', T.string]], T.string, (_c, [s, sub]) => {
    let str = s as string;
    const p = sub as string;
    if (p !== '') while (str.startsWith(p)) str = str.slice(p.length);
    return str;
  }),
  remove_suffix: builtin([['str', T.string], ['sub', T.string]], T.string, (_c, [s, sub]) => {
    let str = s as string;
    const p = sub as string;
    if (p !== '') while (str.endsWith(p)) str = str.slice(0, str.length - p.length);
    return str;
  }),
  string_cat: builtin([], T.string, (_c, args) => (args as string[]).join(''), true),
  is_ascii: builtin([['str', T.string]], T.bool, (_c, [s]) => /^[\x00-\x7f]*$/.test(s as string)),
  reverse: builtin([['str', T.string]], T.string, (_c, [s]) => (s as string).split('').reverse().join('')),
};
