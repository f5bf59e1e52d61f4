import { AsciiBuffer, SLACK } from './AsciiBuffer';
import { escapeTsv } from '../logging/asciiText';

/*
 * Text columns of a conn.log line as bytes, shared by the row writer
 * (`writeConnLogTsv`) and the session writer (`writeSessionConnLogTsv`), so
 * both write the same bytes for the same text.
 */

/**
 * A column written unescaped, as the string writer concatenates it (addresses, proto).
 *
 * ## Example
 * ```ts
 * rawText(out, '10.0.0.1');
 * ```
 */
export function rawText(out: AsciiBuffer, s: string): void {
  if (typeof s === 'string') out.str(s);
  else out.text(String(s));
}

/**
 * A `string` column: `(empty)`, the text, or its escaped form (`escapeTsv`) when it holds a byte to escape.
 *
 * ## Example
 * ```ts
 * tsvString(out, 'ShADadFf'); tsvString(out, ''); // "ShADadFf", "(empty)"
 * ```
 */
export function tsvString(out: AsciiBuffer, s: string): void {
  if (s === '') {
    out.str('(empty)');
    return;
  }
  if (typeof s !== 'string') {
    out.text(String(s));
    return;
  }
  const n = s.length;
  out.reserve(n + SLACK);
  const b = out.bytes;
  const start = out.pos;
  let p = start;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x5c) {
      // Rare: start the column again from its escaped text.
      out.pos = start;
      out.text(escapeTsv(s));
      return;
    }
    b[p++] = c;
  }
  out.pos = p;
}
