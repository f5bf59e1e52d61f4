import { ByteSource, openByteSource } from './ByteSource';
import { ChunkCursor, makeCursor, setCursorBuffer } from './ChunkCursor';
import { decodePcap, isPcapMagic, parsePcapHeader, PcapHeader, PCAP_HEADER_LEN } from './pcap';
import { decodePcapng, makePcapngState, PcapngState, PCAPNG_BOM, PCAPNG_BOM_SWAPPED, PCAPNG_IDB, PCAPNG_SHB } from './pcapng';
import { TraceError } from './TraceError';
import { DEFAULT_CHUNK_SIZE, TraceOptions, warnToStderr } from './TraceOptions';
import type { RecordBatch, TraceReader } from './TraceReader';
import type { TraceRecord } from './TraceRecord';

/** Stream sources (gzip, stdin) hand over data in pieces of this size. */
const STREAM_PIECE = 1 << 16;
/** Enough bytes to see a pcap global header or a pcapng section header's byte-order magic. */
const HEAD_BYTES = 28;

/**
 * Opens a pcap, pcapng or gzipped trace (`-` = stdin) for chunked reading: the
 * engine's fast path. Each `nextChunk()` reads one large chunk and returns all
 * records in it, so the per-record cost is the header field reads.
 *
 * ## Example
 * ```ts
 * const reader = await openTrace('traces/http-local.pcap');
 * for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) {
 *   for (let i = 0; i < b.count; i++) handle(b.records[i]); // valid until the next nextChunk()
 * }
 * ```
 * @throws TraceError when the file cannot be opened or is not a trace.
 */
export async function openTrace(path: string, options: TraceOptions = {}): Promise<TraceReader> {
  const name = displayName(path);
  let src: ByteSource;
  try {
    src = await openByteSource(path, STREAM_PIECE);
  } catch (e) {
    throw new TraceError(name, `cannot open (${systemReason(e)})`);
  }
  const chunkSize = Math.max(options.chunkSize ?? DEFAULT_CHUNK_SIZE, 64);
  const reuse = options.reuse ?? true;
  const c = makeCursor(Buffer.allocUnsafe(chunkSize), reuse, options.weird);
  try {
    while (c.end < HEAD_BYTES) {
      const n = await src.read(c.buf, c.end, c.buf.length - c.end);
      if (n === 0) break;
      c.end += n;
    }
    const reader = new ChunkedTraceReader(path, name, src, c, options.onWarning ?? warnToStderr, chunkSize);
    reader.detectFormat();
    return reader;
  } catch (e) {
    await src.close();
    if (e instanceof TraceError) throw e;
    throw new TraceError(name, `cannot read (${systemReason(e)})`);
  }
}

/** How a path is named in messages. */
export function displayName(path: string): string {
  return path === '-' ? 'stdin' : path;
}

function systemReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  // "ENOENT: no such file or directory, open 'x'" -> "no such file or directory"
  return String(err.message ?? e)
    .replace(/^[A-Z]+: /, '')
    .replace(/, \w+ '.*'$/, '');
}

function hex(b: Buffer, n: number): string {
  return b.subarray(0, n).toString('hex');
}

/**
 * The reader behind `openTrace`. One class, no hierarchy: the format is a field
 * and the decode step branches once per chunk, not per record.
 */
class ChunkedTraceReader implements TraceReader {
  format: 'pcap' | 'pcapng' = 'pcap';
  linkType = -1;
  snaplen = 0;
  nanosecond = false;
  bytesRead = 0;
  private pcap: PcapHeader | undefined;
  private ng: PcapngState | undefined;
  private eof = false;
  private done = false;
  private batch = { records: [] as TraceRecord[], count: 0 };
  /** Read-ahead state: the read in flight, its buffer, and where its bytes belong. */
  private pending: Promise<number> | null = null;
  private pendingBuf: Buffer | undefined;
  private pendingTail = 0;
  private pendingBase = 0;
  /** With `reuse`, the buffer not in use (the two alternate). */
  private spare: Buffer | undefined;

  constructor(
    readonly path: string,
    private readonly name: string,
    private readonly src: ByteSource,
    private readonly c: ChunkCursor,
    private readonly warn: (message: string) => void,
    private readonly chunkSize: number,
  ) {
    this.bytesRead = c.end;
  }

  get gzip(): boolean {
    return this.src.gzip;
  }

  get fileSize(): number {
    return this.src.fileSize;
  }

  get dropCount(): number {
    return this.ng === undefined ? 0 : this.ng.dropCount;
  }

  /** Reads the file header from the first bytes; throws TraceError for anything that is not a trace. */
  detectFormat(): void {
    const c = this.c;
    const b = c.buf;
    if (c.end < 4) {
      if (this.src.error !== undefined) throw new TraceError(this.name, `gzip: ${this.src.error}`);
      throw new TraceError(
        this.name,
        c.end === 0 ? 'not a pcap or pcapng file (empty)' : `not a pcap or pcapng file (only ${c.end} bytes)`,
      );
    }
    const magic = b.readUInt32LE(0);
    if (isPcapMagic(magic)) {
      const h = parsePcapHeader(b, c.end, this.name);
      this.pcap = h;
      this.linkType = h.linkType;
      this.snaplen = h.snaplen;
      this.nanosecond = h.nanosecond;
      c.pos = PCAP_HEADER_LEN;
      return;
    }
    if (magic === PCAPNG_SHB) {
      if (c.end < 12) throw new TraceError(this.name, `truncated pcapng section header (${c.end} bytes)`);
      const bom = b.readUInt32LE(8);
      if (bom !== PCAPNG_BOM && bom !== PCAPNG_BOM_SWAPPED) {
        throw new TraceError(this.name, `not a pcapng file (byte-order magic 0x${b.subarray(8, 12).toString('hex')})`);
      }
      this.format = 'pcapng';
      this.ng = makePcapngState();
      this.peekFirstInterface(bom === PCAPNG_BOM);
      return;
    }
    throw new TraceError(this.name, `not a pcap or pcapng file (magic 0x${hex(b, 4)})`);
  }

  /** Finds the first interface description in the first chunk, for `linkType`/`snaplen`. */
  private peekFirstInterface(le: boolean): void {
    const c = this.c;
    let p = 0;
    while (p + 16 <= c.end) {
      const type = c.dv.getUint32(p, le);
      const total = c.dv.getUint32(p + 4, le);
      if (type === PCAPNG_IDB) {
        this.linkType = c.dv.getUint16(p + 8, le);
        this.snaplen = c.dv.getUint32(p + 12, le);
        return;
      }
      if (total < 12 || total % 4 !== 0) return;
      p += total;
    }
  }

  async nextChunk(): Promise<RecordBatch | null> {
    const c = this.c;
    for (;;) {
      if (this.done) return null;
      if (this.pending !== null) await this.finishRead();
      if (!c.reuse) c.records = [];
      c.count = 0;
      if (c.stop === undefined && c.pos < c.end) {
        if (this.pcap !== undefined) decodePcap(this.pcap, c);
        else decodePcapng(this.ng as PcapngState, c);
      }
      if (c.count > 0) {
        // Read ahead while the consumer works on this batch: the next chunk's
        // bytes arrive (on libuv's thread pool) in parallel with its work.
        if (!this.eof && c.stop === undefined) this.startRead();
        const batch = c.reuse ? this.batch : { records: c.records, count: 0 };
        batch.records = c.records;
        batch.count = c.count;
        return batch;
      }
      if (c.stop !== undefined) {
        this.warn(`${this.name}: ${c.stop}`);
        await this.close();
        return null;
      }
      if (this.eof) {
        this.warnAboutTail();
        await this.close();
        return null;
      }
      this.startRead();
    }
  }

  /**
   * Starts reading the next chunk into the other buffer, after a copy of the
   * partial record at the end of the current one. With `reuse` two buffers
   * alternate (the current batch's records stay valid until the next
   * `nextChunk()`); without it every chunk gets a new buffer, so records handed
   * out earlier are never overwritten.
   */
  private startRead(): void {
    const c = this.c;
    const tail = c.end - c.pos;
    let cap = this.chunkSize;
    while (cap < c.need || cap <= tail) cap *= 2;
    let nb = c.reuse ? this.spare : undefined;
    if (nb === undefined || nb.length < cap) nb = Buffer.allocUnsafe(cap);
    c.buf.copy(nb, 0, c.pos, c.end);
    this.pendingBuf = nb;
    this.pendingTail = tail;
    this.pendingBase = c.base + c.pos;
    this.pending = this.src.read(nb, tail, nb.length - tail);
  }

  /** Waits for the read `startRead` began and makes its buffer the current chunk. */
  private async finishRead(): Promise<void> {
    const c = this.c;
    let n: number;
    try {
      n = await (this.pending as Promise<number>);
    } catch (e) {
      this.pending = null;
      await this.close();
      throw new TraceError(this.name, `read error at byte ${this.pendingBase + this.pendingTail} (${systemReason(e)})`);
    }
    this.pending = null;
    if (c.reuse) this.spare = c.buf;
    setCursorBuffer(c, this.pendingBuf as Buffer);
    this.pendingBuf = undefined;
    c.base = this.pendingBase;
    c.pos = 0;
    c.end = this.pendingTail + n;
    this.bytesRead += n;
    if (n === 0) this.eof = true;
  }

  /** The one warning about a trace that ends inside a record (or a gzip stream that ends early). */
  private warnAboutTail(): void {
    const c = this.c;
    const tail = c.end - c.pos;
    const gz = this.src.error === undefined ? '' : `; gzip: ${this.src.error}`;
    if (tail > 0) {
      const what = this.format === 'pcap' ? 'record' : 'block';
      this.warn(
        `${this.name}: truncated ${what} at byte ${c.base + c.pos} (file ends after ${tail} of ${c.need} bytes${gz}); ignored`,
      );
    } else if (gz !== '') {
      this.warn(`${this.name}: gzip data ends early after ${c.base + c.end} bytes of trace (${this.src.error}); stopping`);
    }
  }

  async close(): Promise<void> {
    this.done = true;
    // A read-ahead nobody will wait for must not become an unhandled rejection.
    if (this.pending !== null) this.pending.catch(() => undefined);
    await this.src.close();
  }
}
