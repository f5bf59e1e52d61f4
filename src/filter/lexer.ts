import { isIPv6 } from 'node:net';
import { FilterError } from './FilterError';
import { KEYWORDS } from './keywords';
import { NAMED_NUMBERS } from './names';
import type { Token } from './tokens';

// Two-character operators first so `<=` is not read as `<` `=`.
const OPERATORS = ['&&', '||', '<=', '>=', '!=', '==', '<<', '>>', '(', ')', '[', ']', ':', '/', '!', '=', '<', '>', '+', '-', '*', '%', '&', '|', '^'];

// libpcap's ID pattern: a letter or digit, then letters, digits, `-`, `_`, `.`, not ending in `-` or `_`.
const WORD = /[A-Za-z0-9][-_.A-Za-z0-9]*/y;
const HEX_COLON = /[0-9A-Fa-f:.]+/y;
const MAC_COLON = /^[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5}$/;
const MAC_DOTTED = /^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$/;
const DECIMAL = /^[0-9]+$/;
const HEX = /^0[xX][0-9A-Fa-f]+$/;
const IPV4_PARTIAL = /^[0-9]+(?:\.[0-9]+){1,3}$/;

/**
 * Splits a filter expression into tokens, as libpcap's scanner does: the longest match wins,
 * so `tcp-syn`, `20-21` and `ftp-data` are single words (write `len - 1`, not `len-1`), and a
 * colon run is an IPv6 or MAC address only when it is a valid one (`tcp[13:1]` stays three tokens).
 *
 * ## Example
 * ```ts
 * tokenize('tcp[13] & 2 != 0').map((t) => t.value);
 * // ['tcp', '[', '13', ']', '&', '2', '!=', '0', '']
 * ```
 */
export function tokenize(expression: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = expression.length;
  while (i < n) {
    const c = expression[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const word = readAddressOrWord(expression, i);
    if (word) {
      out.push(word);
      i += word.text.length;
      continue;
    }
    if (c === '\\') {
      // `\tcp`: a keyword used as a name (`proto \tcp`, `ether proto \ip`).
      let j = i + 1;
      while (j < n && !' \t\n\r!()'.includes(expression[j])) j++;
      if (j === i + 1) throw new FilterError('syntax error', expression, i + 1, '\\');
      const text = expression.slice(i, j);
      out.push(token('id', text, text.slice(1), i));
      i = j;
      continue;
    }
    const op = OPERATORS.find((o) => expression.startsWith(o, i));
    if (!op) throw new FilterError('illegal character', expression, i + 1, c);
    const value = op === '&&' ? 'and' : op === '||' ? 'or' : op === '!' ? 'not' : op === '==' ? '=' : op;
    out.push(token(op === value || op === '==' ? 'op' : 'kw', op, value, i));
    i += op.length;
  }
  out.push(token('eof', '', '', n));
  return out;
}

/** The longest of: IPv6 literal, MAC address, word (number, dotted IPv4, keyword, name). */
function readAddressOrWord(s: string, i: number): Token | undefined {
  HEX_COLON.lastIndex = i;
  const hexRun = HEX_COLON.exec(s)?.[0] ?? '';
  WORD.lastIndex = i;
  let word = WORD.exec(s)?.[0] ?? '';
  // The pattern may not end in `-` or `_`: give those back.
  word = word.replace(/[-_]+$/, '');
  if (hexRun.includes(':') && hexRun.length > word.length) {
    if (MAC_COLON.test(hexRun)) return token('eid', hexRun, hexRun, i);
    if (isIPv6(hexRun)) return token('hid6', hexRun, hexRun, i);
  }
  if (word === '') return undefined;
  if (DECIMAL.test(word)) {
    // A leading 0 means octal, as in C (libpcap's stoulen).
    const num = word.length > 1 && word[0] === '0' ? parseOctal(word) : Number(word);
    return { ...token('num', word, word, i), num };
  }
  if (HEX.test(word)) return { ...token('num', word, word, i), num: Number.parseInt(word.slice(2), 16) };
  if (IPV4_PARTIAL.test(word)) return token('hid', word, word, i);
  if (MAC_DOTTED.test(word)) return token('eid', word, word, i);
  const kw = KEYWORDS.get(word);
  if (kw !== undefined) return token('kw', word, kw, i);
  const named = NAMED_NUMBERS.get(word);
  if (named !== undefined) return { ...token('num', word, word, i), num: named };
  return token('id', word, word, i);
}

function parseOctal(word: string): number {
  // `08` is not octal: libpcap rejects it; treat as a name so the parser reports it.
  return /^[0-7]+$/.test(word) ? Number.parseInt(word, 8) : Number.NaN;
}

function token(kind: Token['kind'], text: string, value: string, pos: number): Token {
  return { kind, text, value, num: 0, pos };
}
