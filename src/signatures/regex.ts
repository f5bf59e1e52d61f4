/**
 * Parser for Bro's flex-like regular expressions (engine.md 5.5) into a small tree of byte sets.
 * Signature patterns are "multi-line": `.` matches every byte including newline; `^`/`$` are the
 * BOL/EOL pseudo-symbols, not bytes.
 */

/** A regex tree. Byte sets are 256-entry 0/1 arrays. `max = -1` means unbounded. */
export type ReNode =
  | { t: 'set'; set: Uint8Array }
  | { t: 'bol' }
  | { t: 'eol' }
  | { t: 'empty' }
  | { t: 'cat'; items: ReNode[] }
  | { t: 'alt'; items: ReNode[] }
  | { t: 'rep'; x: ReNode; min: number; max: number };

/** A regex syntax error; `offset` is the 0-based position in the source. */
export class RegexSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Largest counted repetition accepted (`x{n,m}` is expanded into copies). */
const MAX_REPEAT = 1000;

const POSIX: Record<string, (b: number) => boolean> = {
  alnum: (b) => isAlpha(b) || isDigitB(b),
  alpha: (b) => isAlpha(b),
  blank: (b) => b === 32 || b === 9,
  cntrl: (b) => b < 32 || b === 127,
  digit: (b) => isDigitB(b),
  graph: (b) => b > 32 && b < 127,
  lower: (b) => b >= 97 && b <= 122,
  print: (b) => b >= 32 && b < 127,
  punct: (b) => b > 32 && b < 127 && !isAlpha(b) && !isDigitB(b),
  space: (b) => b === 32 || (b >= 9 && b <= 13),
  upper: (b) => b >= 65 && b <= 90,
  xdigit: (b) => isDigitB(b) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102),
};

function isAlpha(b: number): boolean {
  return (b >= 65 && b <= 90) || (b >= 97 && b <= 122);
}
function isDigitB(b: number): boolean {
  return b >= 48 && b <= 57;
}

/** Adds the other case of every ASCII letter in `set` (for `(?i:…)`). */
function foldCase(set: Uint8Array): void {
  for (let b = 65; b <= 90; b++) {
    if (set[b] || set[b + 32]) set[b] = set[b + 32] = 1;
  }
}

function single(b: number, icase: boolean): ReNode {
  const set = new Uint8Array(256);
  set[b] = 1;
  if (icase) foldCase(set);
  return { t: 'set', set };
}

/** Bytes of one source character: latin1 characters are bytes, others their UTF-8 encoding. */
function charBytes(code: number): number[] {
  return code < 256 ? [code] : [...Buffer.from(String.fromCodePoint(code), 'utf8')];
}

/**
 * Parses a signature regex source (the text between the slashes) into a tree.
 *
 * ## Example
 * ```ts
 * parseRegex('GET \\/index', false); // { t: 'cat', items: [set 'G', set 'E', …] }
 * ```
 */
export function parseRegex(source: string, icase: boolean): ReNode {
  let i = 0;
  const src = source;
  const n = src.length;

  const fail = (msg: string, at = i): never => {
    throw new RegexSyntaxError(msg, at);
  };

  // Reads one escape after the backslash at `i` (already consumed); returns the byte.
  const escape = (): number => {
    if (i >= n) fail('trailing backslash');
    const c = src[i];
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7, b: 8 };
    if (c in simple) {
      i++;
      return simple[c];
    }
    if (c === 'x') {
      const h = src.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) fail('\\x needs exactly two hex digits');
      i += 3;
      return parseInt(h, 16);
    }
    if (c >= '0' && c <= '7') {
      let j = i;
      while (j < n && j < i + 3 && src[j] >= '0' && src[j] <= '7') j++;
      const v = parseInt(src.slice(i, j), 8);
      if (v > 255) fail('octal escape out of range');
      i = j;
      return v;
    }
    i++;
    return c.charCodeAt(0) & 0xff;
  };

  const parseClass = (): ReNode => {
    // `[` consumed.
    const set = new Uint8Array(256);
    let negate = false;
    if (src[i] === '^') {
      negate = true;
      i++;
    }
    let first = true;
    for (;;) {
      if (i >= n) fail('unterminated character class');
      let c = src[i];
      if (c === ']' && !first) {
        i++;
        break;
      }
      first = false;
      if (c === '[' && src[i + 1] === ':') {
        const end = src.indexOf(':]', i + 2);
        const name = end > 0 ? src.slice(i + 2, end) : '';
        const pred = POSIX[name];
        if (!pred) fail(`bad character class '[:${name}:]'`);
        for (let b = 0; b < 256; b++) if (pred(b)) set[b] = 1;
        i = end + 2;
        continue;
      }
      let lo: number;
      i++;
      if (c === '\\') lo = escape();
      else lo = c.charCodeAt(0);
      if (src[i] === '-' && i + 1 < n && src[i + 1] !== ']') {
        i++;
        c = src[i++];
        const hi = c === '\\' ? escape() : c.charCodeAt(0);
        if (hi < lo) fail('bad character range', i - 1);
        for (let b = lo; b <= hi && b < 256; b++) set[b] = 1;
      } else if (lo < 256) set[lo] = 1;
      else for (const b of charBytes(lo).slice(0, 1)) set[b] = 1;
    }
    // Case folding applies before negation, so `[^a]` under (?i:) excludes both cases.
    if (icaseStack[icaseStack.length - 1]) foldCase(set);
    if (negate) for (let b = 0; b < 256; b++) set[b] ^= 1;
    return { t: 'set', set };
  };

  const icaseStack: boolean[] = [icase];

  const parseAtom = (): ReNode => {
    const c = src[i];
    const ic = icaseStack[icaseStack.length - 1];
    if (c === '(') {
      i++;
      let flagI = ic;
      if (src[i] === '?') {
        const m = /^\?([is]*)(-[is]*)?:/.exec(src.slice(i));
        if (!m) fail('bad group flags');
        if (m![1].includes('i')) flagI = true;
        if (m![2] && m![2].includes('i')) flagI = false;
        i += m![0].length;
      }
      icaseStack.push(flagI);
      const inner = parseAlt();
      icaseStack.pop();
      if (src[i] !== ')') fail("missing ')'");
      i++;
      return inner;
    }
    if (c === '[') {
      i++;
      return parseClass();
    }
    if (c === '.') {
      i++;
      return { t: 'set', set: new Uint8Array(256).fill(1) };
    }
    if (c === '^') {
      i++;
      return { t: 'bol' };
    }
    if (c === '$') {
      i++;
      return { t: 'eol' };
    }
    if (c === '"') {
      i++;
      const items: ReNode[] = [];
      while (i < n && src[i] !== '"') {
        if (src[i] === '\\') {
          i++;
          items.push(single(escape(), ic));
        } else {
          for (const b of charBytes(src.codePointAt(i)!)) items.push(single(b, ic));
          i += src.codePointAt(i)! > 0xffff ? 2 : 1;
        }
      }
      if (i >= n) fail('unterminated quoted string');
      i++;
      return items.length === 1 ? items[0] : { t: 'cat', items };
    }
    if (c === '\\') {
      i++;
      return single(escape(), ic);
    }
    if (c === '*' || c === '+' || c === '?') fail(`'${c}' without an operand`);
    if (c === ')') fail("unbalanced ')'");
    const code = src.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    const bytes = charBytes(code);
    return bytes.length === 1 ? single(bytes[0], ic) : { t: 'cat', items: bytes.map((b) => single(b, ic)) };
  };

  const parseRepeat = (): ReNode => {
    let x = parseAtom();
    for (;;) {
      const c = src[i];
      if (c === '*') x = { t: 'rep', x, min: 0, max: -1 };
      else if (c === '+') x = { t: 'rep', x, min: 1, max: -1 };
      else if (c === '?') x = { t: 'rep', x, min: 0, max: 1 };
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
        if (!m) fail("bad repetition '{'");
        const min = Number(m![1]);
        const max = m![2] === undefined ? min : m![3] === '' ? -1 : Number(m![3]);
        if (min > MAX_REPEAT || max > MAX_REPEAT) fail('repetition count too large');
        if (max !== -1 && max < min) fail('bad repetition range');
        i += m![0].length;
        x = { t: 'rep', x, min, max };
        continue;
      } else break;
      i++;
    }
    return x;
  };

  const parseCat = (): ReNode => {
    const items: ReNode[] = [];
    while (i < n && src[i] !== '|' && src[i] !== ')') items.push(parseRepeat());
    if (items.length === 0) return { t: 'empty' };
    return items.length === 1 ? items[0] : { t: 'cat', items };
  };

  const parseAlt = (): ReNode => {
    const items: ReNode[] = [parseCat()];
    while (src[i] === '|') {
      i++;
      items.push(parseCat());
    }
    return items.length === 1 ? items[0] : { t: 'alt', items };
  };

  const tree = parseAlt();
  if (i < n) fail("unbalanced ')'");
  return tree;
}
