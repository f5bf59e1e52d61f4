/**
 * A JSON reader for `from_json` that fails the way Zeek's (rapidjson) does: one message naming the problem
 * and the byte offset (`Missing a closing quotation mark in string. Offset: 5`). Numbers keep their text so
 * that a `count` or `int` beyond 2^53 converts exactly; strings are byte strings (UTF-8 bytes, one char each).
 */

/** A parsed JSON value; numbers keep their source text. */
export type JsonNode =
  | { readonly t: 'null' }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'number'; readonly text: string; readonly integral: boolean }
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'array'; readonly items: JsonNode[] }
  | { readonly t: 'object'; readonly members: [string, JsonNode][] };

/** A JSON syntax error: rapidjson's wording and the offset it stopped at. */
export class JsonSyntaxError extends Error {}

interface Reader {
  readonly s: string;
  i: number;
}

function fail(r: Reader, message: string, at = r.i): never {
  throw new JsonSyntaxError(`${message} Offset: ${at}`);
}

function skipSpace(r: Reader): void {
  while (r.i < r.s.length && ' \t\n\r'.includes(r.s[r.i])) r.i++;
}

/** UTF-8 bytes of a code point, as a byte string. */
function utf8(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function readHex4(r: Reader): number {
  const h = r.s.slice(r.i, r.i + 4);
  if (!/^[0-9a-fA-F]{4}$/.test(h)) fail(r, 'Incorrect hex digit after \\u escape in string.');
  r.i += 4;
  return parseInt(h, 16);
}

function readString(r: Reader): string {
  const start = r.i;
  r.i++; // opening quote
  let out = '';
  for (;;) {
    if (r.i >= r.s.length) fail(r, 'Missing a closing quotation mark in string.');
    const ch = r.s[r.i];
    if (ch === '"') {
      r.i++;
      return out;
    }
    if (ch === '\\') {
      const e = r.s[r.i + 1];
      if (e === 'u') {
        r.i += 2;
        let cp = readHex4(r);
        if (cp >= 0xd800 && cp <= 0xdbff) {
          if (r.s.slice(r.i, r.i + 2) !== '\\u') fail(r, 'The surrogate pair in string is invalid.');
          r.i += 2;
          const lo = readHex4(r);
          if (lo < 0xdc00 || lo > 0xdfff) fail(r, 'The surrogate pair in string is invalid.');
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        }
        out += utf8(cp);
        continue;
      }
      if (e === undefined || ESCAPES[e] === undefined) fail(r, 'Invalid escape character in string.', r.i + 1);
      out += ESCAPES[e];
      r.i += 2;
      continue;
    }
    if (ch.charCodeAt(0) < 0x20) fail(r, 'Invalid encoding in string.');
    out += ch;
    r.i++;
  }
  void start;
}

function readNumber(r: Reader): JsonNode {
  const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(r.s.slice(r.i));
  if (!m || m[0] === '-') fail(r, 'Invalid value.');
  r.i += m[0].length;
  return { t: 'number', text: m[0], integral: m[2] === undefined && m[3] === undefined };
}

function readValue(r: Reader): JsonNode {
  skipSpace(r);
  const ch = r.s[r.i];
  if (ch === '{') return readObject(r);
  if (ch === '[') return readArray(r);
  if (ch === '"') return { t: 'string', v: readString(r) };
  for (const [word, node] of [['null', { t: 'null' }], ['true', { t: 'bool', v: true }], ['false', { t: 'bool', v: false }]] as const) {
    if (r.s.startsWith(word, r.i)) {
      r.i += word.length;
      return node;
    }
  }
  if (ch === '-' || (ch >= '0' && ch <= '9')) return readNumber(r);
  return fail(r, 'Invalid value.');
}

function readArray(r: Reader): JsonNode {
  r.i++;
  const items: JsonNode[] = [];
  skipSpace(r);
  if (r.s[r.i] === ']') {
    r.i++;
    return { t: 'array', items };
  }
  for (;;) {
    items.push(readValue(r));
    skipSpace(r);
    if (r.s[r.i] === ',') { r.i++; continue; }
    if (r.s[r.i] === ']') { r.i++; return { t: 'array', items }; }
    fail(r, "Missing a comma or ']' after an array element.");
  }
}

function readObject(r: Reader): JsonNode {
  r.i++;
  const members: [string, JsonNode][] = [];
  skipSpace(r);
  if (r.s[r.i] === '}') {
    r.i++;
    return { t: 'object', members };
  }
  for (;;) {
    skipSpace(r);
    if (r.s[r.i] !== '"') fail(r, 'Missing a name for object member.');
    const name = readString(r);
    skipSpace(r);
    if (r.s[r.i] !== ':') fail(r, 'Missing a colon after a name of object member.');
    r.i++;
    members.push([name, readValue(r)]);
    skipSpace(r);
    if (r.s[r.i] === ',') { r.i++; continue; }
    if (r.s[r.i] === '}') { r.i++; return { t: 'object', members }; }
    fail(r, "Missing a comma or '}' after an object member.");
  }
}

/**
 * Parses a JSON document (a byte string); throws {@link JsonSyntaxError} with rapidjson's message.
 *
 * ## Example
 * ```ts
 * parseJson('[1, "a"]');  // { t: 'array', items: [{ t: 'number', text: '1', integral: true }, { t: 'string', v: 'a' }] }
 * parseJson('{"hel');     // throws 'Missing a closing quotation mark in string. Offset: 5'
 * ```
 */
export function parseJson(s: string): JsonNode {
  const r: Reader = { s, i: 0 };
  skipSpace(r);
  if (r.i >= s.length) fail(r, 'The document is empty.');
  const v = readValue(r);
  skipSpace(r);
  if (r.i < s.length) fail(r, 'The document root must not be followed by other values.');
  return v;
}
