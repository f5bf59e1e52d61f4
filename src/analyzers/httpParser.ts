/**
 * The small HTTP parsing the signature conditions `http-request`, `http-request-header`,
 * `http-request-body`, `http-reply-header` and `http-reply-body` need (engine.md 5.5): request and
 * status lines, header lines, bodies delimited by Content-Length, chunked encoding or the end of
 * the connection, gzip/deflate content decoded as Zeek's HTTP analyzer does before matching.
 * It runs on the reassembled stream of each direction and reports pieces to a sink in the form
 * Zeek's HTTP analyzer hands them to the rule matcher (`Match(type, data, bol, eol, clear)`).
 */
import { constants, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { PatternType } from '../signatures';

/** Where the parsed pieces go (the signature adapter feeds them to `matchAnalyzerData`). */
export interface HttpSink {
  data(isOrig: boolean, type: PatternType, bytes: Uint8Array, bol: boolean, eol: boolean, clear: boolean): void;
}

/** The pattern types this parsing produces data for. */
export const HTTP_PATTERN_TYPES: ReadonlySet<PatternType> = new Set<PatternType>([
  'http-request', 'http-request-header', 'http-request-body', 'http-reply-header', 'http-reply-body',
]);

const FIRST_LINE = 0;
const HEADERS = 1;
const BODY_LENGTH = 2;
const CHUNK_SIZE = 3;
const CHUNK_DATA = 4;
const CHUNK_END = 5;
const TRAILER = 6;
const BODY_TO_CLOSE = 7;

const MIME_PREAMBLE = 0;
const MIME_PART_HEADERS = 1;
const MIME_PART_BODY = 2;
const MIME_EPILOGUE = 3;

/** Compressed bodies are decoded up to this many input bytes (a guard, not a Zeek limit). */
const MAX_COMPRESSED = 1 << 20;

/** Parsing state of one direction. */
interface HttpSide {
  isOrig: boolean;
  state: number;
  /** Bytes of the line being assembled (latin1). */
  line: string;
  remaining: number;
  contentLength: number;
  chunked: boolean;
  encoding: '' | 'gzip' | 'deflate';
  /** Reply: this message carries no body (HEAD request, 1xx, 204, 304). */
  noBody: boolean;
  /** Reply: a 1xx interim response (another status line follows). */
  interim: boolean;
  /** A body piece was delivered for the current message (the next one continues it). */
  bodyStarted: boolean;
  /** Compressed body bytes so far and how much of their decoding was delivered. */
  zin: Buffer[];
  zinLen: number;
  zout: number;
  zfailed: boolean;
  /** `multipart/*` body: the delimiter line (`--boundary`), else ''. */
  boundary: string;
  /** Multipart parsing: where in the body we are, the partial line, lines delivered in this part. */
  mimeState: number;
  mimeLine: string;
  partLines: number;
}

/** Both directions of one connection. */
export interface HttpParser {
  sink: HttpSink;
  orig: HttpSide;
  resp: HttpSide;
  /** Methods of requests whose replies have not started yet (a reply to HEAD has no body). */
  methods: string[];
}

function newSide(isOrig: boolean): HttpSide {
  return {
    isOrig, state: FIRST_LINE, line: '', remaining: 0, contentLength: -1, chunked: false, encoding: '', noBody: false,
    interim: false, bodyStarted: false, zin: [], zinLen: 0, zout: 0, zfailed: false, boundary: '', mimeState: MIME_PREAMBLE,
    mimeLine: '', partLines: 0,
  };
}

/**
 * Creates the HTTP parsing state of one connection.
 *
 * ## Example
 * ```ts
 * const p = createHttpParser({ data: (isOrig, type, bytes) => console.log(type, Buffer.from(bytes).toString()) });
 * feedHttp(p, true, Buffer.from('GET /a%20b HTTP/1.1\r\nHost: x\r\n\r\n')); // http-request "/a b", http-request-header "Host: x"
 * ```
 */
export function createHttpParser(sink: HttpSink): HttpParser {
  return { sink, orig: newSide(true), resp: newSide(false), methods: [] };
}

const EMPTY = new Uint8Array(0);

/**
 * Feeds one in-order chunk of a direction's reassembled stream.
 *
 * ## Example
 * ```ts
 * feedHttp(parser, false, Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nCD'));
 * ```
 */
export function feedHttp(p: HttpParser, isOrig: boolean, data: Uint8Array): void {
  const side = isOrig ? p.orig : p.resp;
  let off = 0;
  while (off < data.length) {
    switch (side.state) {
      case BODY_LENGTH:
      case CHUNK_DATA: {
        const n = Math.min(side.remaining, data.length - off);
        deliverBody(p, side, data.subarray(off, off + n));
        off += n;
        side.remaining -= n;
        if (side.remaining === 0) {
          if (side.state === BODY_LENGTH) endBody(p, side);
          else side.state = CHUNK_END;
        }
        break;
      }
      case BODY_TO_CLOSE:
        deliverBody(p, side, data.subarray(off));
        off = data.length;
        break;
      default: {
        // Line-oriented states: assemble up to LF.
        let nl = off;
        while (nl < data.length && data[nl] !== 0x0a) nl++;
        side.line += latin1(data, off, nl);
        if (nl === data.length) {
          off = nl;
          break;
        }
        off = nl + 1;
        const line = side.line.endsWith('\r') ? side.line.slice(0, -1) : side.line;
        side.line = '';
        onLine(p, side, line);
      }
    }
  }
}

/**
 * End of the connection: a body read until close ends here (its `$` can match).
 *
 * ## Example
 * ```ts
 * finishHttp(parser);
 * ```
 */
export function finishHttp(p: HttpParser): void {
  for (const side of [p.orig, p.resp]) {
    if (side.state === BODY_TO_CLOSE || (side.bodyStarted && side.state !== FIRST_LINE)) endBody(p, side);
  }
}

function latin1(data: Uint8Array, from: number, to: number): string {
  if (to <= from) return '';
  return Buffer.from(data.buffer, data.byteOffset + from, to - from).toString('latin1');
}

function bytesOf(s: string): Uint8Array {
  return Buffer.from(s, 'latin1');
}

/** `%XX` escapes decoded, as Zeek's analyzer unescapes the URI before matching it. */
function unescapeUri(uri: string): string {
  return uri.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function onLine(p: HttpParser, side: HttpSide, line: string): void {
  const sink = p.sink;
  switch (side.state) {
    case FIRST_LINE: {
      if (line === '') return; // stray CRLF between messages
      resetMessage(side);
      if (side.isOrig) {
        const m = /^(\S+)\s+(\S+)(?:\s+(\S+))?/.exec(line);
        if (!m) return;
        p.methods.push(m[1].toUpperCase());
        sink.data(true, 'http-request', bytesOf(unescapeUri(m[2])), true, true, true);
      } else {
        const m = /^HTTP\/\S+\s+(\d{3})/i.exec(line);
        if (!m) return;
        const code = Number(m[1]);
        side.interim = code >= 100 && code < 200;
        const method = side.interim ? p.methods[0] : p.methods.shift();
        side.noBody = side.interim || code === 204 || code === 304 || method === 'HEAD';
      }
      side.state = HEADERS;
      return;
    }
    case HEADERS: {
      if (line !== '') {
        sink.data(side.isOrig, side.isOrig ? 'http-request-header' : 'http-reply-header', bytesOf(line), true, true, true);
        const colon = line.indexOf(':');
        if (colon > 0) {
          const name = line.slice(0, colon).trim().toLowerCase();
          const value = line.slice(colon + 1).trim().toLowerCase();
          if (name === 'content-length') side.contentLength = /^\d+$/.test(value) ? Number(value) : -1;
          else if (name === 'transfer-encoding') side.chunked = value.includes('chunked');
          else if (name === 'content-type') {
            const b = /^multipart\/[^;]*;.*boundary\s*=\s*"?([^";]+)"?/.exec(line.slice(colon + 1).trim());
            side.boundary = b ? `--${b[1]}` : '';
          } else if (name === 'content-encoding') side.encoding = value === 'gzip' || value === 'x-gzip' ? 'gzip' : value === 'deflate' ? 'deflate' : '';
        }
        return;
      }
      // End of headers: decide how the body is delimited.
      if (side.noBody) side.state = FIRST_LINE;
      else if (side.chunked) side.state = CHUNK_SIZE;
      else if (side.contentLength > 0) {
        side.state = BODY_LENGTH;
        side.remaining = side.contentLength;
      } else if (side.contentLength === 0 || side.isOrig) side.state = FIRST_LINE;
      else side.state = BODY_TO_CLOSE;
      return;
    }
    case CHUNK_SIZE: {
      const size = parseInt(line.trim().split(';')[0], 16);
      if (Number.isNaN(size)) {
        side.state = FIRST_LINE;
        return;
      }
      if (size === 0) side.state = TRAILER;
      else {
        side.state = CHUNK_DATA;
        side.remaining = size;
      }
      return;
    }
    case CHUNK_END:
      side.state = CHUNK_SIZE;
      return;
    case TRAILER:
      if (line === '') endBody(p, side);
      return;
  }
}

function resetMessage(side: HttpSide): void {
  side.contentLength = -1;
  side.chunked = false;
  side.encoding = '';
  side.noBody = false;
  side.interim = false;
  side.bodyStarted = false;
  side.zin = [];
  side.zinLen = 0;
  side.zout = 0;
  side.zfailed = false;
  side.boundary = '';
  side.mimeState = MIME_PREAMBLE;
  side.mimeLine = '';
  side.partLines = 0;
}

function bodyType(side: HttpSide): PatternType {
  return side.isOrig ? 'http-request-body' : 'http-reply-body';
}

/** One piece of body: the first of a message starts a new match unit (BOL, cleared automata). */
function deliverBody(p: HttpParser, side: HttpSide, bytes: Uint8Array): void {
  if (bytes.length === 0) return;
  const plain = side.encoding === '' ? bytes : decode(side, bytes);
  if (plain.length === 0) return;
  if (side.boundary !== '') {
    feedMime(p, side, plain);
    return;
  }
  const first = !side.bodyStarted;
  side.bodyStarted = true;
  p.sink.data(side.isOrig, bodyType(side), plain, first, false, first);
}

/** End of a body: an empty piece with EOL, so `$` can match (then the next message starts). */
function endBody(p: HttpParser, side: HttpSide): void {
  if (side.boundary !== '') {
    if (side.mimeState === MIME_PART_BODY && side.mimeLine !== '') deliverPartLine(p, side, side.mimeLine);
    side.mimeLine = '';
    side.mimeState = MIME_EPILOGUE;
  }
  if (side.bodyStarted) p.sink.data(side.isOrig, bodyType(side), EMPTY, false, true, false);
  side.bodyStarted = false;
  side.state = FIRST_LINE;
}

/**
 * Decodes a compressed body incrementally: everything received so far is inflated with a sync
 * flush and the part not delivered yet is returned. Quadratic in the body size, hence the cap.
 */
function decode(side: HttpSide, bytes: Uint8Array): Uint8Array {
  if (side.zfailed) return EMPTY;
  if (side.zinLen + bytes.length > MAX_COMPRESSED) {
    side.zfailed = true;
    return EMPTY;
  }
  side.zin.push(Buffer.from(bytes));
  side.zinLen += bytes.length;
  const all = Buffer.concat(side.zin, side.zinLen);
  const opts = { finishFlush: constants.Z_SYNC_FLUSH };
  let out: Buffer;
  try {
    if (side.encoding === 'gzip') out = gunzipSync(all, opts);
    else {
      try {
        out = inflateSync(all, opts);
      } catch {
        out = inflateRawSync(all, opts);
      }
    }
  } catch {
    // Not enough input for a header yet, or corrupt: wait for more (corrupt stays silent).
    return EMPTY;
  }
  const fresh = out.subarray(side.zout);
  side.zout = out.length;
  return fresh;
}

/**
 * A multipart body, as Zeek's MIME parsing sees it: each part's body is its own unit (BOL and
 * cleared automata at its start, EOL at its delimiter), delivered line by line without the CRLF
 * that belongs to the delimiter; part headers and the preamble/epilogue are not body data.
 */
function feedMime(p: HttpParser, side: HttpSide, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    let nl = off;
    while (nl < data.length && data[nl] !== 0x0a) nl++;
    side.mimeLine += latin1(data, off, nl);
    if (nl === data.length) return;
    off = nl + 1;
    const line = side.mimeLine.endsWith('\r') ? side.mimeLine.slice(0, -1) : side.mimeLine;
    side.mimeLine = '';
    if (line === side.boundary || line === `${side.boundary}--`) {
      if (side.mimeState === MIME_PART_BODY && side.bodyStarted) {
        p.sink.data(side.isOrig, bodyType(side), EMPTY, false, true, false);
        side.bodyStarted = false;
      }
      side.mimeState = line === side.boundary ? MIME_PART_HEADERS : MIME_EPILOGUE;
      continue;
    }
    if (side.mimeState === MIME_PART_HEADERS) {
      if (line === '') {
        side.mimeState = MIME_PART_BODY;
        side.partLines = 0;
      }
    } else if (side.mimeState === MIME_PART_BODY) deliverPartLine(p, side, line);
  }
}

/** One line of a part's body; lines after the first carry the CRLF that separated them. */
function deliverPartLine(p: HttpParser, side: HttpSide, line: string): void {
  const text = side.partLines > 0 ? `\r\n${line}` : line;
  side.partLines++;
  if (text === '') return;
  const first = !side.bodyStarted;
  side.bodyStarted = true;
  p.sink.data(side.isOrig, bodyType(side), bytesOf(text), first, false, first);
}
