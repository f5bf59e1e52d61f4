/**
 * Parser for Bro/flex regular-expression syntax (language.md §2.6) into a small AST
 * over bytes, and its translation to a JS `RegExp` source.
 *
 * The AST is byte-based (character sets are 256-bit maps), so case-insensitivity
 * (`/i`, `(?i:...)`) and named classes are resolved at parse time and quoted
 * strings (`"..."`) stay case-sensitive as in flex. The translation targets a
 * non-unicode JS RegExp over Latin-1 strings: `.` excludes `\n` unless the `s`
 * mode is on, `^`/`$` are subject anchors.
 */

/** A set of bytes: 8 × 32-bit words. */
export type ByteSet = Uint32Array;

export type RegexNode =
  | { readonly t: 'set'; readonly set: ByteSet }
  | { readonly t: 'seq'; readonly xs: RegexNode[] }
  | { readonly t: 'alt'; readonly xs: RegexNode[] }
  | { readonly t: 'rep'; readonly x: RegexNode; readonly min: number; readonly max: number }
  | { readonly t: 'bol' }
  | { readonly t: 'eol' };

/** Thrown for malformed pattern text; the compiler reports it at the literal's position. */
export class PatternSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternSyntaxError';
  }
}

function newSet(): ByteSet {
  return new Uint32Array(8);
}

function setAddByte(s: ByteSet, c: number): void {
  s[c >>> 5] |= 1 << (c & 31);
}

/**
 * True if byte `c` is in the set.
 *
 * ## Example
 * ```ts
 * setHas(set, 0x41); // whether 'A' is in the set
 * ```
 */
export function setHas(s: ByteSet, c: number): boolean {
  return (s[c >>> 5] & (1 << (c & 31))) !== 0;
}

function setAddRange(s: ByteSet, a: number, b: number): void {
  for (let c = a; c <= b; c++) setAddByte(s, c);
}

function foldCase(s: ByteSet): void {
  for (let c = 65; c <= 90; c++) {
    if (setHas(s, c)) setAddByte(s, c + 32);
    if (setHas(s, c + 32)) setAddByte(s, c);
  }
}

function complement(s: ByteSet): void {
  for (let i = 0; i < 8; i++) s[i] = ~s[i] >>> 0;
}

const NAMED: Record<string, (c: number) => boolean> = {
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  digit: (c) => c >= 48 && c <= 57,
  alnum: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57),
  upper: (c) => c >= 65 && c <= 90,
  lower: (c) => c >= 97 && c <= 122,
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  blank: (c) => c === 32 || c === 9,
  punct: (c) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126),
  print: (c) => c >= 32 && c <= 126,
  graph: (c) => c >= 33 && c <= 126,
  cntrl: (c) => c < 32 || c === 127,
  xdigit: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

interface Mode {
  ci: boolean;
  dotall: boolean;
}

/**
 * Parses pattern text (the part between the slashes) into an AST.
 *
 * ## Example
 * ```ts
 * parseRegex('ab|c', { ci: false, dotall: false }).t; // 'alt'
 * ```
 */
export function parseRegex(src: string, mode: Mode): RegexNode {
  let pos = 0;
  const peek = () => src[pos];
  const fail = (msg: string): never => {
    throw new PatternSyntaxError(`${msg} in pattern /${src}/`);
  };

  const charNode = (c: number, m: Mode): RegexNode => {
    const s = newSet();
    setAddByte(s, c);
    if (m.ci) foldCase(s);
    return { t: 'set', set: s };
  };

  const readEscape = (): number => {
    // pos is after the backslash
    const e = src[pos++];
    if (e === undefined) return fail('trailing backslash');
    switch (e) {
      case 'n': return 10;
      case 't': return 9;
      case 'r': return 13;
      case 'f': return 12;
      case 'v': return 11;
      case 'a': return 7;
      case 'b': return 8;
      case 'x': {
        const m = /^[0-9a-fA-F]{1,2}/.exec(src.slice(pos, pos + 2));
        if (!m) return 'x'.charCodeAt(0);
        pos += m[0].length;
        return parseInt(m[0], 16);
      }
      default: {
        const m = /^[0-7]{1,3}/.exec(src.slice(pos - 1, pos + 2));
        if (m) {
          pos += m[0].length - 1;
          return parseInt(m[0], 8) & 255;
        }
        return e.charCodeAt(0) & 255;
      }
    }
  };

  const parseClass = (m: Mode): RegexNode => {
    // pos is after '['
    const s = newSet();
    let neg = false;
    if (peek() === '^') {
      neg = true;
      pos++;
    }
    let first = true;
    for (;;) {
      const ch = src[pos];
      if (ch === undefined) return fail('unterminated character class');
      if (ch === ']' && !first) {
        pos++;
        break;
      }
      first = false;
      if (ch === '[' && src[pos + 1] === ':') {
        const end = src.indexOf(':]', pos + 2);
        if (end < 0) return fail('bad character class');
        const name = src.slice(pos + 2, end);
        const pred = NAMED[name];
        if (!pred) return fail(`bad character class [:${name}:]`);
        for (let c = 0; c < 256; c++) if (pred(c)) setAddByte(s, c);
        pos = end + 2;
        continue;
      }
      let lo: number;
      if (ch === '\\') {
        pos++;
        lo = readEscape();
      } else {
        lo = ch.charCodeAt(0) & 255;
        pos++;
      }
      if (src[pos] === '-' && src[pos + 1] !== undefined && src[pos + 1] !== ']') {
        pos++;
        let hi: number;
        if (src[pos] === '\\') {
          pos++;
          hi = readEscape();
        } else hi = src.charCodeAt(pos++) & 255;
        if (hi < lo) return fail('negative range in character class');
        setAddRange(s, lo, hi);
      } else setAddByte(s, lo);
    }
    if (m.ci) foldCase(s);
    if (neg) complement(s);
    return { t: 'set', set: s };
  };

  const parseAtom = (m: Mode): RegexNode | undefined => {
    const ch = peek();
    switch (ch) {
      case undefined:
      case '|':
      case ')':
        return undefined;
      case '(': {
        pos++;
        let inner: Mode = m;
        if (src[pos] === '?') {
          const mm = /^\?([is]*)(?:-([is]*))?:/.exec(src.slice(pos));
          if (!mm) return fail('bad (?...) group');
          inner = { ci: m.ci, dotall: m.dotall };
          if (mm[1].includes('i')) inner.ci = true;
          if (mm[1].includes('s')) inner.dotall = true;
          if (mm[2]?.includes('i')) inner.ci = false;
          if (mm[2]?.includes('s')) inner.dotall = false;
          pos += mm[0].length;
        }
        const x = parseAlt(inner);
        if (peek() !== ')') return fail('missing )');
        pos++;
        return x;
      }
      case '[':
        pos++;
        return parseClass(m);
      case '.': {
        pos++;
        const s = newSet();
        setAddRange(s, 0, 255);
        if (!m.dotall) s[0] &= ~(1 << 10);
        return { t: 'set', set: s };
      }
      case '^':
        pos++;
        return { t: 'bol' };
      case '$':
        pos++;
        return { t: 'eol' };
      case '"': {
        pos++;
        const xs: RegexNode[] = [];
        for (;;) {
          const c = src[pos];
          if (c === undefined) return fail('unterminated quoted string');
          if (c === '"') {
            pos++;
            break;
          }
          if (c === '\\') {
            pos++;
            xs.push(charNode(readEscape(), { ci: false, dotall: false }));
          } else {
            pos++;
            xs.push(charNode(c.charCodeAt(0) & 255, { ci: false, dotall: false }));
          }
        }
        return { t: 'seq', xs };
      }
      case '\\':
        pos++;
        return charNode(readEscape(), m);
      default:
        pos++;
        return charNode(ch.charCodeAt(0) & 255, m);
    }
  };

  const parsePostfix = (m: Mode): RegexNode | undefined => {
    let x = parseAtom(m);
    if (!x) return undefined;
    for (;;) {
      const ch = peek();
      if (ch === '*') x = { t: 'rep', x, min: 0, max: Infinity };
      else if (ch === '+') x = { t: 'rep', x, min: 1, max: Infinity };
      else if (ch === '?') x = { t: 'rep', x, min: 0, max: 1 };
      else if (ch === '{') {
        const mm = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(pos));
        if (!mm) break; // a literal '{' is handled by the next atom
        const min = Number(mm[1]);
        const max = mm[2] === undefined ? min : mm[3] === '' ? Infinity : Number(mm[3]);
        if (max < min) return fail('bad repetition');
        x = { t: 'rep', x, min, max };
        pos += mm[0].length - 1;
      } else break;
      pos++;
    }
    return x;
  };

  const parseSeq = (m: Mode): RegexNode => {
    const xs: RegexNode[] = [];
    for (;;) {
      const x = parsePostfix(m);
      if (!x) break;
      xs.push(x);
    }
    return xs.length === 1 ? xs[0] : { t: 'seq', xs };
  };

  function parseAlt(m: Mode): RegexNode {
    const xs = [parseSeq(m)];
    while (peek() === '|') {
      pos++;
      xs.push(parseSeq(m));
    }
    return xs.length === 1 ? xs[0] : { t: 'alt', xs };
  }

  const root = parseAlt(mode);
  if (pos < src.length) fail(`unexpected '${src[pos]}'`);
  return root;
}

function hex2(c: number): string {
  return '\\x' + (c < 16 ? '0' : '') + c.toString(16);
}

function setToJs(s: ByteSet): string {
  let count = 0;
  let only = -1;
  for (let c = 0; c < 256; c++)
    if (setHas(s, c)) {
      count++;
      only = c;
    }
  if (count === 0) return '[^\\s\\S]';
  if (count === 256) return '[\\s\\S]';
  if (count === 1) return hex2(only);
  let out = '[';
  for (let c = 0; c < 256; c++) {
    if (!setHas(s, c)) continue;
    let d = c;
    while (d + 1 < 256 && setHas(s, d + 1)) d++;
    out += d === c ? hex2(c) : d === c + 1 ? hex2(c) + hex2(d) : `${hex2(c)}-${hex2(d)}`;
    c = d;
  }
  return out + ']';
}

/**
 * Translates an AST into JS RegExp source (no flags needed; use without `u`/`m`).
 *
 * ## Example
 * ```ts
 * regexToJs(parseRegex('a+', { ci: false, dotall: false })); // '(?:\\x61)+'
 * ```
 */
export function regexToJs(n: RegexNode): string {
  switch (n.t) {
    case 'set':
      return setToJs(n.set);
    case 'seq':
      return n.xs.map(regexToJs).join('');
    case 'alt':
      return `(?:${n.xs.map(regexToJs).join('|')})`;
    case 'bol':
      return '^';
    case 'eol':
      return '$';
    case 'rep': {
      const x = `(?:${regexToJs(n.x)})`;
      if (n.min === 0 && n.max === Infinity) return `${x}*`;
      if (n.min === 1 && n.max === Infinity) return `${x}+`;
      if (n.min === 0 && n.max === 1) return `${x}?`;
      return n.max === Infinity ? `${x}{${n.min},}` : `${x}{${n.min},${n.max}}`;
    }
  }
}
