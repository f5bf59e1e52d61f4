import type { WeirdSink } from '../packet/Weird';
import { bufferView } from './RecordView';
import type { TraceRecord } from './TraceRecord';

/**
 * The state a record decoder works on: one chunk of (decompressed) trace bytes,
 * the position of the next undecoded byte, and the batch being filled. Plain
 * data with a fixed field order, shared by the pcap and pcapng decoders, so
 * their loops stay monomorphic.
 */
export interface ChunkCursor {
  /** Chunk buffer; `dv` views the same memory. */
  buf: Buffer;
  dv: DataView;
  /** `buf.buffer` and `buf.byteOffset`, for building record views cheaply. */
  ab: ArrayBufferLike;
  abOff: number;
  /** Next undecoded byte in `buf`. */
  pos: number;
  /** End of valid bytes in `buf`. */
  end: number;
  /** File offset (decompressed) of `buf[0]`, for `TraceRecord.offset` and messages. */
  base: number;
  /** Batch being filled: `records[0, count)` are this chunk's records. */
  records: TraceRecord[];
  count: number;
  /** Reuse the record objects already in `records` (fast path) instead of allocating. */
  reuse: boolean;
  /** Bytes the record at `pos` needs in total (header + data); set when a decoder stops for more input. */
  need: number;
  /** Set when the decoder met bytes it cannot make sense of; reading stops with this warning. */
  stop: string | undefined;
  weird: WeirdSink | undefined;
}

/** Points the cursor at a new chunk buffer (keeps positions). */
export function setCursorBuffer(c: ChunkCursor, buf: Buffer): void {
  c.buf = buf;
  c.dv = new DataView(buf.buffer, buf.byteOffset, buf.length);
  c.ab = buf.buffer;
  c.abOff = buf.byteOffset;
}

/** Creates an empty cursor over `buf`. */
export function makeCursor(buf: Buffer, reuse: boolean, weird: WeirdSink | undefined): ChunkCursor {
  return {
    buf,
    dv: new DataView(buf.buffer, buf.byteOffset, buf.length),
    ab: buf.buffer,
    abOff: buf.byteOffset,
    pos: 0,
    end: 0,
    base: 0,
    records: [],
    count: 0,
    reuse,
    need: 0,
    stop: undefined,
    weird,
  };
}

/**
 * Appends one record to the cursor's batch, reusing the object in that slot on
 * the fast path. Fields are always written in the same order so every record
 * shares one hidden class.
 */
export function pushRecord(
  c: ChunkCursor,
  ts: number,
  caplen: number,
  len: number,
  linkType: number,
  dataOff: number,
  offset: number,
): void {
  const data = bufferView(c.ab, c.abOff + dataOff, caplen);
  const i = c.count++;
  if (c.reuse) {
    const r = c.records[i];
    if (r !== undefined) {
      r.ts = ts;
      r.caplen = caplen;
      r.len = len;
      r.linkType = linkType;
      r.data = data;
      r.offset = offset;
      return;
    }
  }
  c.records[i] = { ts, caplen, len, linkType, data, offset };
}

/** Reports a file-level weird (kind 'net', no source) if a sink is attached. */
export function fileWeird(c: ChunkCursor, name: string, addl: string, ts: number): void {
  if (c.weird !== undefined) c.weird({ kind: 'net', name, addl, source: '', ts });
}
