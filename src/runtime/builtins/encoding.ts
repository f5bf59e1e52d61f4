/**
 * Byte-encoding built-ins: `hexstr_to_bytestring`, `encode_base64`, `decode_base64`, `hexdump` (Zeek's
 * zeek.bif/strings.bif; tests bifs.hexstr_to_bytestring, bifs.encode_base64, bifs.decode_base64,
 * bifs.decode_base64_errors). Strings are byte strings (one char code 0–255 per byte).
 */
import { isAnyValue } from '../any';
import type { BuiltinContext } from '../context';
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

/** RFC 4648 alphabet, used when the alphabet argument is empty. */
export const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function alphabetOf(c: BuiltinContext, a: unknown): string | undefined {
  const alpha = (a as string | undefined) ?? '';
  if (alpha === '') return BASE64_ALPHABET;
  if (alpha.length !== 64) {
    c.error(`base64 alphabet is not 64 characters: ${alpha}`, { located: false });
    return undefined;
  }
  return alpha;
}

/**
 * Base64 with `alphabet` (64 bytes); output always padded with `=`.
 *
 * ## Example
 * ```ts
 * base64Encode('bro', BASE64_ALPHABET); // 'YnJv'
 * ```
 */
export function base64Encode(s: string, alphabet: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const b0 = s.charCodeAt(i);
    const b1 = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    const b2 = i + 2 < s.length ? s.charCodeAt(i + 2) : 0;
    out += alphabet[b0 >> 2] + alphabet[((b0 & 3) << 4) | (b1 >> 4)];
    out += i + 1 < s.length ? alphabet[((b1 & 15) << 2) | (b2 >> 6)] : '=';
    out += i + 2 < s.length ? alphabet[b2 & 63] : '=';
  }
  return out;
}

/**
 * A classic hex dump, 16 bytes a line: 4-digit hex offset, two spaces, the bytes in hex (an extra space
 * after the eighth), two spaces, the bytes as text (`.` for unprintable ones, a space after the eighth),
 * newline. A short last line keeps the text column aligned. Zeek's hexdump (test bifs.hexdump).
 *
 * ## Example
 * ```ts
 * hexdump('ab\x00'); // '0000  61 62 00' + ' '.repeat(41) + 'ab.\n'
 * ```
 */
export function hexdump(s: string): string {
  let out = '';
  for (let off = 0; off < s.length; off += 16) {
    const line = s.slice(off, off + 16);
    let hex = '';
    let text = '';
    for (let i = 0; i < 16; i++) {
      if (i < line.length) {
        const b = line.charCodeAt(i);
        hex += b.toString(16).padStart(2, '0') + ' ';
        text += b >= 0x20 && b < 0x7f ? line[i] : '.';
      } else {
        hex += '   ';
      }
      if (i === 7) {
        hex += ' ';
        if (i < line.length) text += ' ';
      }
    }
    out += off.toString(16).padStart(4, '0') + '  ' + hex + ' ' + text + '\n';
  }
  return out;
}

/**
 * Decodes base64 in `alphabet`. Bytes outside the alphabet are skipped, the first one reported as
 * Zeek does ("character N ignored by Base64 decoding"); `=` ends the data; an incomplete final group
 * yields the whole bytes it holds and, when nothing was skipped, is reported as Zeek's Base64Converter::Done
 * does ("incomplete base64 group, padding with N bits of 0": Zeek counts `=` as a group member).
 * Messages go to `report` — by default a run-time error without position; `decode_base64_conn` makes them
 * `base64_illegal_encoding` weirds of the connection.
 *
 * ## Example
 * ```ts
 * base64Decode(ctx, 'kaputt', BASE64_ALPHABET); // 4 bytes; error "incomplete base64 group, padding with 12 bits of 0"
 * ```
 */
export function base64Decode(c: BuiltinContext, s: string, alphabet: string, report?: (msg: string) => void): string {
  const say = report ?? ((msg: string) => c.error(msg, { located: false }));
  const idx = new Map<string, number>();
  for (let i = 0; i < alphabet.length; i++) idx.set(alphabet[i], i);
  let out = '';
  let acc = 0;
  let bits = 0;
  let reported = false;
  let ended = false;
  // Group members as Zeek counts them: every alphabet byte and every `=`, to the end of the string.
  let members = 0;
  for (const ch of s) {
    if (ch === '=') {
      members++;
      ended = true;
      continue;
    }
    const v = idx.get(ch);
    if (v === undefined) {
      if (!reported) say(`character ${ch.charCodeAt(0)} ignored by Base64 decoding`);
      reported = true;
      continue;
    }
    members++;
    if (ended) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  // Zeek stops at the first skipped byte's error (no Done()), so only a clean string gets this one.
  if (!reported && members % 4 !== 0) say(`incomplete base64 group, padding with ${(4 - (members % 4)) * 6} bits of 0`);
  return out;
}

/**
 * Encoding built-ins.
 *
 * ## Example
 * ```ts
 * Object.keys(ENCODING_BUILTINS); // names merged into BUILTINS
 * ```
 */
/**
 * Decodes URI percent escapes the way Zeek's `unescape_URI` does: `%HH` is that byte; IIS's `%uHHHH` is two bytes
 * (one when the high one is 0); of a doubled `%%` the first is dropped; any other `%` (also one at the end, or
 * followed by a single last character) stays as written.
 *
 * ## Example
 * ```ts
 * unescapeUri('%A3%20rates'); // '\xa3 rates'
 * unescapeUri('%%41%u0042%'); // 'AB%'
 * ```
 */
export function unescapeUri(s: string): string {
  const hex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);
  const byte = (a: string, b: string) => String.fromCharCode(parseInt(a + b, 16));
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] !== '%') {
      out += s[i++];
      continue;
    }
    const rest = s.length - i - 1;
    if (rest <= 1) {
      // `%` or `%X` at the very end: kept.
      out += s.slice(i);
      break;
    }
    if (s[i + 1] === '%') {
      // A doubled `%`: the first one is dropped, the second starts an escape.
      i += 1;
    } else if (hex(s[i + 1]) && hex(s[i + 2])) {
      out += byte(s[i + 1], s[i + 2]);
      i += 3;
    } else if (rest >= 5 && s[i + 1] === 'u' && hex(s[i + 2]) && hex(s[i + 3]) && hex(s[i + 4]) && hex(s[i + 5])) {
      if (!(s[i + 2] === '0' && s[i + 3] === '0')) out += byte(s[i + 2], s[i + 3]);
      out += byte(s[i + 4], s[i + 5]);
      i += 6;
    } else {
      out += s.slice(i, i + 2);
      i += 2;
    }
  }
  return out;
}

export const ENCODING_BUILTINS: Record<string, Builtin> = {
  unescape_URI: builtin([['URI', T.string]], T.string, (_c, [s]) => unescapeUri(s as string)),
  // Pairs of hex digits to bytes; an odd length is an error and gives "" (bifs.hexstr_to_bytestring).
  hexstr_to_bytestring: builtin([['hexstr', T.string]], T.string, (c, [h]) => {
    const hex = h as string;
    if (hex.length % 2 !== 0) {
      c.error(`Hex string '${hex}' has invalid length (not divisible by 2)`, { located: false });
      return '';
    }
    let out = '';
    for (let i = 0; i < hex.length; i += 2) {
      // Like sscanf("%2hhx"): the leading hex digits of the pair; none gives 0.
      const m = /^[0-9a-fA-F]{1,2}/.exec(hex.slice(i, i + 2));
      out += String.fromCharCode(m ? parseInt(m[0], 16) : 0);
    }
    return out;
  }),
  hexdump: builtin([['data_str', T.string]], T.string, (_c, [s]) => hexdump(s as string)),
  encode_base64: builtin([['s', T.string], ['a', T.string, '']], T.string, (c, [s, a]) => {
    const alpha = alphabetOf(c, a);
    return alpha === undefined ? '' : base64Encode(s as string, alpha);
  }),
  decode_base64: builtin([['s', T.string], ['a', T.string, '']], T.string, (c, [s, a]) => {
    const alpha = alphabetOf(c, a);
    return alpha === undefined ? '' : base64Decode(c, s as string, alpha);
  }),
  // Zeek's decode_base64_conn (test bifs.decode_base64_conn): the same decoding, its complaints as
  // `base64_illegal_encoding` weirds of the live connection `cid` (weird.log); no such connection is an error.
  decode_base64_conn: builtin([['cid', T.any], ['s', T.string], ['a', T.string, '']], T.string, (c, [cid, s, a]) => {
    const id = (isAnyValue(cid) ? cid.value : cid) as Record<string, unknown>;
    if (!(c.engine?.connectionExists(id) ?? false)) {
      c.error('connection ID not a known connection');
      return '';
    }
    const alpha = alphabetOf(c, a);
    if (alpha === undefined) return '';
    const weird = (msg: string): void =>
      void c.engine?.scriptWeird?.({ kind: 'conn', name: 'base64_illegal_encoding', id, uid: '', addl: msg, source: '' });
    return base64Decode(c, s as string, alpha, weird);
  }),
};
