import { promises as fsp, createReadStream } from 'fs';
import { pipeline, Readable } from 'stream';
import { createGunzip } from 'zlib';

/**
 * Where a trace's (decompressed) bytes come from: a plain file read with
 * `FileHandle.read`, or a stream (gzip, stdin) pulled through its async
 * iterator. The record decoders only ever see a `Buffer` they own, so the same
 * decoding loop serves every source.
 */
export interface ByteSource {
  /** Fills `target[offset, offset + length)` as far as one read goes; resolves 0 only at the end. */
  read(target: Buffer, offset: number, length: number): Promise<number>;
  /** Releases the file handle / stream. Safe to call twice. */
  close(): Promise<void>;
  /** True when the bytes are inflated from gzip. */
  readonly gzip: boolean;
  /** Size of the file on disk (compressed size for gzip), or -1 for stdin. */
  readonly fileSize: number;
  /** Set when the stream ended with an error (for example a gzip file cut short); reading stopped there. */
  error: string | undefined;
}

const GZIP_ID1 = 0x1f;
const GZIP_ID2 = 0x8b;

/** True when `b` starts with the gzip magic bytes `1f 8b`. */
export function isGzip(b: Buffer, length: number): boolean {
  return length >= 2 && b[0] === GZIP_ID1 && b[1] === GZIP_ID2;
}

/**
 * Opens `path` (or stdin for `-`) as a byte source, inflating gzip transparently
 * (by the magic bytes, whatever the file is called). Streams, never inflates the
 * whole file in memory.
 *
 * ## Example
 * ```ts
 * const src = await openByteSource('trace.pcap.gz', 1 << 20);
 * const n = await src.read(buf, 0, buf.length);
 * ```
 */
export async function openByteSource(path: string, streamChunk: number): Promise<ByteSource> {
  if (path === '-') return stdinSource(streamChunk);
  const fh = await fsp.open(path, 'r');
  let size: number;
  let head: Buffer;
  let headLen: number;
  try {
    size = (await fh.stat()).size;
    head = Buffer.alloc(2);
    headLen = (await fh.read(head, 0, 2, 0)).bytesRead;
  } catch (e) {
    await fh.close();
    throw e;
  }
  if (isGzip(head, headLen)) {
    await fh.close();
    const gunzip = createGunzip({ chunkSize: streamChunk });
    // pipeline (not pipe): closing the gunzip early also closes the file, and a
    // read error reaches the gunzip, whose iterator reports it.
    pipeline(createReadStream(path, { highWaterMark: streamChunk }), gunzip, () => undefined);
    return streamSource(gunzip, true, size);
  }
  return fileSource(fh, size);
}

function fileSource(fh: fsp.FileHandle, fileSize: number): ByteSource {
  // Explicit positions: the head probe above already read from the handle.
  let position = 0;
  let closed = false;
  return {
    gzip: false,
    fileSize,
    error: undefined,
    async read(target, offset, length) {
      const { bytesRead } = await fh.read(target, offset, length, position);
      position += bytesRead;
      return bytesRead;
    },
    async close() {
      if (closed) return;
      closed = true;
      await fh.close();
    },
  };
}

/**
 * Pulls a readable stream chunk by chunk. A read copies from the pending chunk,
 * awaiting the stream only when nothing is pending, so one `read` never blocks
 * longer than one upstream chunk (this keeps `-r -` behind a live pipe responsive).
 */
function streamSource(stream: Readable, gzip: boolean, fileSize: number): ByteSource {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let pending: Buffer | null = null;
  let pendingOff = 0;
  let done = false;
  const src: ByteSource = {
    gzip,
    fileSize,
    error: undefined,
    async read(target, offset, length) {
      while (pending === null || pendingOff >= pending.length) {
        if (done) return 0;
        try {
          const r = await it.next();
          if (r.done) {
            done = true;
            return 0;
          }
          pending = r.value;
          pendingOff = 0;
        } catch (e) {
          done = true;
          src.error = (e as Error).message;
          return 0;
        }
      }
      const n = Math.min(length, pending.length - pendingOff);
      pending.copy(target, offset, pendingOff, pendingOff + n);
      pendingOff += n;
      return n;
    },
    async close() {
      done = true;
      pending = null;
      stream.destroy();
    },
  };
  return src;
}

async function stdinSource(streamChunk: number): Promise<ByteSource> {
  // Peek the first chunk to decide on gzip, then hand the peeked chunk back in
  // front of the rest of stdin.
  const stdin = process.stdin;
  const it = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await it.next();
  if (first.done) return streamSource(Readable.from([]), false, -1);
  const head: Buffer = first.value;
  const whole = Readable.from(
    (async function* () {
      yield head;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    })(),
    { objectMode: false },
  );
  if (isGzip(head, head.length)) {
    const gunzip = createGunzip({ chunkSize: streamChunk });
    pipeline(whole, gunzip, () => undefined);
    return streamSource(gunzip, true, -1);
  }
  return streamSource(whole, false, -1);
}
