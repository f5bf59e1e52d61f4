/**
 * The Bro/Zeek script tokenizer (language.md §1).
 *
 * One pass over one file's text produces an array of tokens. Literal values are decoded here (addresses to canonical
 * text, ports to their numeric form, intervals to seconds, strings to binary strings) so the parser never looks at
 * raw text again. Flex picks the longest match; we mirror that by trying the literal rules in the order
 * address/subnet → port → interval → double → count.
 */
import { makePort, PORT_ICMP, PORT_TCP, PORT_UDP, PORT_UNKNOWN } from '../src/runtime/port';
import { Diagnostic, Pos } from './diagnostics';
import { parseIPv4, parseIPv6 } from './literals/addr';
import { expandEscapes } from '../src/runtime/string';

export type TokenKind =
  | 'id' | 'keyword' | 'punct' | 'attr' | 'directive'
  | 'count' | 'double' | 'string' | 'bool' | 'addr' | 'subnet' | 'port' | 'interval' | 'pattern'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Identifier/keyword/punctuation text, attribute name without `&`, directive name with `@`. */
  text: string;
  /** Decoded literal value: number|bigint for count, number for double/interval/port, string otherwise. */
  value?: unknown;
  /** Pattern flags (`i`, `s`), directive argument text (rest of the line). */
  extra?: string;
  pos: Pos;
  /** Whitespace or a comment directly precedes the token (needed for `!in` and `-` folding decisions). */
  spaceBefore: boolean;
}

export const KEYWORDS = new Set([
  'add', 'addr', 'any', 'as', 'assert', 'bool', 'break', 'case', 'const', 'copy', 'count', 'default', 'delete',
  'double', 'else', 'enum', 'event', 'export', 'fallthrough', 'file', 'for', 'function', 'global', 'hook', 'if', 'in',
  'int', 'interval', 'is', 'local', 'module', 'next', 'of', 'opaque', 'option', 'pattern', 'port', 'print', 'record',
  'redef', 'return', 'schedule', 'set', 'string', 'subnet', 'switch', 'table', 'time', 'timeout', 'type', 'vector',
  'when', 'while',
]);

/** Attribute names (language.md §1.3); `a&b` with any other word is a bitwise and. */
export const ATTRIBUTES = new Set([
  'redef', 'optional', 'default', 'default_insert', 'priority', 'log', 'create_expire', 'read_expire', 'write_expire',
  'expire_func', 'on_change', 'add_func', 'delete_func', 'raw_output', 'deprecated', 'ordered', 'group',
  'error_handler', 'backend', 'broker_store', 'broker_allow_complex_type', 'is_assigned', 'is_used', 'type_column',
  'persistent', 'synchronized', 'mergeable', 'rotate_interval', 'rotate_size', 'encrypt', 'disable_print_hook',
]);

// Longest first so the greedy scan picks `<<=`-style tokens before their prefixes.
const PUNCTS = [
  '?$', '::', '++', '--', '+=', '-=', '==', '!=', '<=', '>=', '&&', '||', '<<', '>>',
  '+', '-', '*', '/', '%', '=', '<', '>', '!', '~', '&', '|', '^', '?', ':', ';', ',', '.', '$', '(', ')', '[', ']',
  '{', '}',
];

const UNITS: readonly [string, number][] = [
  ['usec', 1e-6], ['msec', 1e-3], ['sec', 1], ['min', 60], ['hr', 3600], ['day', 86400],
];

/**
 * Tokens after which a `/` is a division (an operand just ended); anywhere else `/` opens a pattern.
 * Zeek decides this from the grammar; a previous-token rule gives the same answer for every construct in
 * language.md (`|x| / 2` is the one ambiguity, and it is resolved as division when `|` closes an absolute value).
 */
function endsOperand(t: Token | undefined): boolean {
  if (!t) return false;
  switch (t.kind) {
    case 'id': case 'count': case 'double': case 'string': case 'bool': case 'addr': case 'subnet': case 'port':
    case 'interval': case 'pattern':
      return true;
    case 'punct':
      return t.text === ')' || t.text === ']' || t.text === '}';
    case 'keyword':
      return false;
    default:
      return false;
  }
}

/**
 * Splits a script into tokens.
 *
 * ## Example
 * ```ts
 * const { tokens } = tokenize('print 80/tcp, 5 mins;', 'x.bro');
 * tokens.map(t => t.kind); // ['keyword', 'port', 'punct', 'interval', 'punct', 'eof']
 * ```
 */
export function tokenize(src: string, file: string): { tokens: Token[]; diagnostics: Diagnostic[] } {
  const tokens: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let space = true;

  const pos = (at: number): Pos => ({ file, line, col: at - lineStart + 1, offset: at });
  const err = (at: number, message: string) => diagnostics.push({ severity: 'error', message, pos: pos(at) });
  const push = (kind: TokenKind, text: string, start: number, value?: unknown, extra?: string) => {
    tokens.push({ kind, text, value, extra, pos: pos(start), spaceBefore: space });
    space = false;
  };

  while (i < src.length) {
    const c = src[i];
    if (c === '\n') { i++; line++; lineStart = i; space = true; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') { i++; space = true; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; space = true; continue; }
    const start = i;
    const rest = src.slice(i, i + 200);

    // ### Directives: `@load foo`, `@if ( ... )`. Argument-taking ones keep the rest of the line as `extra`.
    if (c === '@') {
      const m = /^@[A-Za-z_-]+/.exec(rest);
      if (m) {
        const name = m[0];
        i += name.length;
        if (name === '@load' || name === '@load-sigs' || name === '@unload' || name === '@prefixes' ||
            name === '@load-plugin' || name === '@deprecated' || name === '@pragma' || name === '@DEBUG') {
          let e = i;
          while (e < src.length && src[e] !== '\n' && src[e] !== '#') e++;
          push('directive', name, start, undefined, src.slice(i, e).trim());
          i = e;
        } else {
          push('directive', name, start);
        }
        continue;
      }
    }

    // ### Strings
    if (c === '"') {
      const r = lexString(src, i + 1);
      if (r.error) err(start, r.error);
      push('string', src.slice(start, r.end), start, r.value);
      i = r.end;
      continue;
    }

    // ### Patterns, only where an operand is expected.
    if (c === '/' && !endsOperand(tokens[tokens.length - 1]) && !absClosing(tokens)) {
      let j = i + 1;
      let text = '';
      let ok = false;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        const d = src[j];
        if (d === '\\' && j + 1 < src.length && src[j + 1] !== '\n') {
          // `\/` is an escaped slash: it stands for `/` in the regex text.
          text += src[j + 1] === '/' ? '/' : d + src[j + 1];
          j += 2;
          continue;
        }
        if (d === '"' && !inClass) {
          // Quoted literal inside a pattern: copy up to the closing quote verbatim. Inside a character
          // class a quote is just a character (`[^"]`, as in Zeek's base/utils/email).
          let k = j + 1;
          while (k < src.length && src[k] !== '"' && src[k] !== '\n') { if (src[k] === '\\') k++; k++; }
          text += src.slice(j, k + 1);
          j = k + 1;
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        if (d === '/' && !inClass) { ok = true; break; }
        text += d;
        j++;
      }
      if (!ok) {
        err(start, 'pattern not terminated before end of line');
        i = j;
        continue;
      }
      j++;
      let flags = '';
      while (j < src.length && (src[j] === 'i' || src[j] === 's') && !flags.includes(src[j]) &&
             !/[A-Za-z0-9_]/.test(src[j + 1] ?? '')) {
        flags += src[j];
        j++;
      }
      if (j < src.length && (src[j] === 'i' || src[j] === 's') && /[is]/.test(src[j + 1] ?? '') && flags === '') {
        // `/x/is` or `/x/si`: two flags together.
        const two = src.slice(j, j + 2);
        if (two === 'is' || two === 'si') { flags = two; j += 2; }
      }
      push('pattern', src.slice(start, j), start, text, flags);
      i = j;
      continue;
    }

    // ### Bracketed IPv6 addresses and subnets: `[::1]`, `[fe80::]/10`.
    if (c === '[') {
      const m = /^\[((?:0x)?[0-9a-fA-F:.]*)\]/.exec(rest);
      if (m && isV6Literal(m[1])) {
        const a = parseIPv6(m[1].replace(/^0x/i, ''));
        if (a === undefined) err(start, `bad IPv6 address literal: ${m[1]}`);
        i += m[0].length;
        const sm = /^[ \t]*\/[ \t]*(\d+)/.exec(src.slice(i, i + 40));
        if (sm && !/^[ \t]*\/[ \t]*\d+[.A-Za-z]/.test(src.slice(i, i + 40))) {
          const len = Number(sm[1]);
          i += sm[0].length;
          push('subnet', src.slice(start, i), start, { addr: a ?? '::', len, v6: true });
        } else {
          push('addr', src.slice(start, i), start, a ?? '::');
        }
        continue;
      }
    }

    // ### Numeric literals: addr / subnet / port / interval / double / count.
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      let m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)/.exec(rest);
      if (m && !/^[0-9.]*\.[0-9]*\.[0-9]*\.[0-9]*\.\d/.test(rest) && c !== '.') {
        const a = parseIPv4(m[0]);
        if (a === undefined) err(start, `bad IPv4 address literal: ${m[0]}`);
        i += m[0].length;
        const sm = /^[ \t]*\/[ \t]*(\d+)(?![\d.A-Za-z])/.exec(src.slice(i, i + 40));
        if (sm) {
          i += sm[0].length;
          push('subnet', src.slice(start, i), start, { addr: a ?? '0.0.0.0', len: Number(sm[1]) });
        } else {
          push('addr', m[0], start, a ?? '0.0.0.0');
        }
        continue;
      }
      m = /^(\d+)\/(tcp|udp|icmp|unknown)(?![A-Za-z0-9_])/.exec(rest);
      if (m) {
        const n = Number(m[1]);
        const proto = m[2];
        const max = proto === 'tcp' || proto === 'udp' ? 65535 : 255;
        let v = 0;
        if (n > max) err(start, 'bad port number - ' + m[0]);
        else v = makePort(n, proto === 'tcp' ? PORT_TCP : proto === 'udp' ? PORT_UDP : proto === 'icmp' ? PORT_ICMP : PORT_UNKNOWN);
        i += m[0].length;
        push('port', m[0], start, v);
        continue;
      }
      if (/^0[xX][0-9a-fA-F]/.test(rest)) {
        const h = /^0[xX][0-9a-fA-F]+/.exec(rest)![0];
        i += h.length;
        const big = BigInt(h);
        if (big >= 1n << 64n) err(start, 'hex literal out of range: ' + h);
        push('count', h, start, big > BigInt(Number.MAX_SAFE_INTEGER) ? BigInt.asUintN(64, big) : Number(big));
        continue;
      }
      const dm = /^(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?/.exec(rest)!;
      const numText = dm[0];
      const isDouble = /[.eE]/.test(numText);
      // Interval: number, optional blanks, unit word (flex matches the unit as a prefix of any following word).
      const um = /^[ \t]*(usec|msec|sec|min|hr|day)(s?)/.exec(src.slice(i + numText.length, i + numText.length + 20));
      if (um) {
        const unit = UNITS.find(u => u[0] === um[1])![1];
        i += numText.length + um[0].length;
        push('interval', src.slice(start, i), start, Number(numText) * unit);
        continue;
      }
      i += numText.length;
      if (isDouble) {
        push('double', numText, start, Number(numText));
      } else {
        const big = BigInt(numText);
        if (big >= 1n << 64n) err(start, 'integer literal out of range: ' + numText);
        push('count', numText, start, big > BigInt(Number.MAX_SAFE_INTEGER) ? BigInt.asUintN(64, big) : Number(big));
      }
      continue;
    }

    // ### Identifiers and keywords (qualified names are joined by the parser from `::` tokens).
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)!;
      i += m[0].length;
      const w = m[0];
      // Right after `X::` a word is always a name part, keyword or not: `Option::set` (Zeek's scanner
      // takes a qualified identifier as one token).
      if (start >= 2 && src[start - 1] === ':' && src[start - 2] === ':' && /[A-Za-z0-9_]/.test(src[start - 3] ?? '')) push('id', w, start);
      else if (w === 'T' || w === 'F') push('bool', w, start, w === 'T');
      else if (KEYWORDS.has(w)) push('keyword', w, start);
      else push('id', w, start);
      continue;
    }

    // ### Attributes
    if (c === '&' && /[A-Za-z_]/.test(src[i + 1] ?? '')) {
      const m = /^&([A-Za-z_][A-Za-z0-9_]*)/.exec(rest)!;
      if (ATTRIBUTES.has(m[1])) {
        i += m[0].length;
        push('attr', m[1], start);
        continue;
      }
    }

    // `!in` is one token when `in` is not the start of a longer word.
    if (c === '!') {
      const m = /^![ \t]*in(?![A-Za-z0-9])/.exec(rest);
      if (m) {
        i += m[0].length;
        push('punct', '!in', start);
        continue;
      }
    }

    const p = PUNCTS.find(p => src.startsWith(p, i));
    if (p) {
      i += p.length;
      push('punct', p, start);
      continue;
    }
    err(start, `syntax error: unexpected character '${c}'`);
    i++;
  }
  tokens.push({ kind: 'eof', text: '<end of file>', pos: pos(i), spaceBefore: true });
  return { tokens, diagnostics };
}

/** True when the last token is a `|` that just closed an absolute-value bracket (so `/` divides). */
function absClosing(tokens: Token[]): boolean {
  const t = tokens[tokens.length - 1];
  if (!t || t.kind !== 'punct' || t.text !== '|') return false;
  return endsOperand(tokens[tokens.length - 2]) && isAbsClose(tokens);
}

/** Scans back to decide whether the last `|` closes a `|...|`: an odd number of bare bars since the statement start. */
function isAbsClose(tokens: Token[]): boolean {
  let bars = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.text === ';' || t.text === '{' || t.text === '}')) break;
    if (t.kind === 'punct' && t.text === '|') bars++;
  }
  return bars % 2 === 0;
}

function isV6Literal(body: string): boolean {
  if (!body.includes(':')) return false;
  if (body.includes('::')) return true;
  return body.split(':').length === 8 || (body.split(':').length === 7 && body.includes('.'));
}

/**
 * Decodes a string literal body starting after the opening quote: finds the closing quote (a backslash
 * protects the next character), then expands the escapes with the runtime's rules (language.md §1.4).
 * Source text is read as latin1 by the loader, so each char is already one byte.
 */
function lexString(src: string, i: number): { value: string; end: number; error?: string } {
  const start = i;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 0x22 /* " */) return { value: expandEscapes(src.slice(start, i)), end: i + 1 };
    if (c === 0x0a /* \n */) break;
    i += c === 0x5c ? 2 : 1; // a backslash protects the next character
  }
  return { value: expandEscapes(src.slice(start, Math.min(i, src.length))), end: Math.min(i, src.length), error: 'unterminated string literal' };
}
