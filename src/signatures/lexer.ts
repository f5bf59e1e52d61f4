import { isIPv6 } from 'net';

/**
 * Tokenizer for `.sig` files (engine.md 5.2). Produces the whole token list up front; lexical
 * errors are collected (with positions) instead of thrown so one run reports several.
 */

export type TokenKind = 'kw' | 'ident' | 'int' | 'ipv4' | 'ipv6' | 'string' | 'regex' | 'cmp' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Keyword/identifier/punctuation/comparison text, string contents, regex source, address text. */
  text: string;
  /** Integer value, or prefix width for addresses (-1 = none given). */
  num: number;
  /** Regex: `/…/i`. */
  icase: boolean;
  line: number;
  col: number;
}

export interface LexError {
  line: number;
  col: number;
  message: string;
}

/** Pattern-type keywords, after which a `/` starts a regex (aliases included). */
export const PATTERN_KEYWORDS: ReadonlySet<string> = new Set([
  'payload', 'http-request', 'http-request-header', 'http-request-body', 'http-reply-header',
  'http-reply-body', 'http', 'http-body', 'ftp', 'finger', 'file-magic',
]);

const KEYWORDS: ReadonlySet<string> = new Set([
  'signature', 'header', 'src-ip', 'dst-ip', 'src-port', 'dst-port', 'ip-proto', 'ip-options',
  'payload-size', 'same-ip', 'tcp-state', 'udp-state', 'requires-signature',
  'requires-reverse-signature', 'eval', 'event', 'enable', 'disable', 'file-mime', 'active',
  ...PATTERN_KEYWORDS,
  'ip', 'ip6', 'tcp', 'udp', 'icmp', 'icmp6',
  'established', 'originator', 'responder', 'stateless',
  'lsrr', 'lsrre', 'rr', 'ssrr', 'true', 'false',
]);

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isIdStart = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdChar = (c: string): boolean => isIdStart(c) || isDigit(c) || c === '-';

/**
 * Splits `.sig` text into tokens. A `/` starts a regex only right after a pattern-type keyword
 * or the `]` closing its depth, which is how the grammar tells it from an address mask.
 *
 * ## Example
 * ```ts
 * lexSignatures('payload /GET/i').tokens.map((t) => t.kind); // ['kw', 'regex', 'eof']
 * ```
 */
export function lexSignatures(text: string): { tokens: Token[]; errors: LexError[] } {
  const tokens: Token[] = [];
  const errors: LexError[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  const push = (kind: TokenKind, t: string, at: number, num = -1, icase = false): void => {
    tokens.push({ kind, text: t, num, icase, line, col: at - lineStart + 1 });
  };
  // Regexes may follow a pattern keyword directly, or `[depth]` after one.
  const regexAllowed = (): boolean => {
    const last = tokens[tokens.length - 1];
    if (!last) return false;
    if (last.kind === 'kw' && PATTERN_KEYWORDS.has(last.text)) return true;
    if (last.kind === 'punct' && last.text === ']') {
      for (let k = tokens.length - 2; k >= 0; k--) {
        const t = tokens[k];
        if (t.kind === 'punct' && t.text === '[') {
          const before = tokens[k - 1];
          return !!before && before.kind === 'kw' && PATTERN_KEYWORDS.has(before.text);
        }
      }
    }
    return false;
  };
  // An optional `/n` after an address (blanks allowed around the slash).
  const prefixWidth = (): number => {
    let j = i;
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    if (text[j] !== '/') return -1;
    j++;
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    const s = j;
    while (j < n && isDigit(text[j])) j++;
    if (j === s) return -1;
    i = j;
    return Number(text.slice(s, j));
  };

  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    if (c === '.' && i + 1 < n && text[i + 1] !== ' ' && text[i + 1] !== '\t' && text[i + 1] !== '\n') {
      // Meta line: reserved for metadata, ignored.
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < n && isIdChar(text[j])) j++;
      while (text[j] === ':' && text[j + 1] === ':' && j + 2 < n && isIdStart(text[j + 2])) {
        j += 3;
        while (j < n && isIdChar(text[j])) j++;
      }
      const word = text.slice(i, j);
      i = j;
      push(KEYWORDS.has(word) ? 'kw' : 'ident', word, start);
      continue;
    }
    if (isDigit(c)) {
      const quad = /^(\d+)\.(\d+)\.(\d+)\.(\d+)/.exec(text.slice(i, i + 16));
      if (quad) {
        i += quad[0].length;
        const w = prefixWidth();
        push('ipv4', quad[0], start, w);
        continue;
      }
      const m = /^(0[xX][0-9a-fA-F]+|\d+)/.exec(text.slice(i, i + 24))!;
      i += m[0].length;
      push('int', m[0], start, Number(m[0]));
      continue;
    }
    if (c === '[') {
      const close = text.indexOf(']', i);
      const inner = close > i ? text.slice(i + 1, close) : '';
      if (/^[0-9a-fA-F:.]+$/.test(inner) && inner.includes(':') && isIPv6Text(inner)) {
        i = close + 1;
        const w = prefixWidth();
        push('ipv6', inner, start, w);
        continue;
      }
      i++;
      push('punct', '[', start);
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' && text[j + 1] === '"' ? 2 : 1;
      if (j >= n || text[j] === '\n') {
        // Report once and carry on as if the string ended at the line end (no cascade).
        errors.push({ line, col: start - lineStart + 1, message: 'unterminated string' });
        push('string', text.slice(i + 1, j), start);
        i = j;
        continue;
      }
      // `\"` stays verbatim: Zeek does no escape processing in signature strings.
      push('string', text.slice(i + 1, j), start);
      i = j + 1;
      continue;
    }
    if (c === '/' && regexAllowed()) {
      let j = i + 1;
      while (j < n && text[j] !== '/' && text[j] !== '\n') j += text[j] === '\\' && j + 1 < n && text[j + 1] !== '\n' ? 2 : 1;
      if (j >= n || text[j] === '\n') {
        errors.push({ line, col: start - lineStart + 1, message: 'unterminated regular expression' });
        push('regex', '', start);
        i = j;
        continue;
      }
      const src = text.slice(i + 1, j);
      i = j + 1;
      const icase = text[i] === 'i' && !isIdChar(text[i + 1] ?? ' ');
      if (icase) i++;
      push('regex', src, start, -1, icase);
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
      i += 2;
      push('cmp', two, start);
      continue;
    }
    if (c === '=' || c === '<' || c === '>') {
      i++;
      push('cmp', c === '=' ? '==' : c, start);
      continue;
    }
    if ('{}[],:&!-'.includes(c) || c === ']') {
      i++;
      push('punct', c, start);
      continue;
    }
    errors.push({ line, col: start - lineStart + 1, message: `unrecognized character in input '${c}'` });
    i++;
  }
  push('eof', '', i);
  return { tokens, errors };
}

function isIPv6Text(s: string): boolean {
  // Distinguishes `[fe80::1]` from `ip[10:1]`: only real IPv6 texts are address tokens.
  if (!s.includes('::') && s.split(':').length < 7) return false;
  return isIPv6(s);
}
