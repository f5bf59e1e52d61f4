/**
 * Tiny trace writers for tests: classic pcap (either byte order, µs or ns) and
 * pcapng blocks (either byte order), so a spec can state exactly which bytes it
 * feeds the reader.
 *
 * ## Example
 * ```ts
 * const file = writePcap([{ sec: 1, frac: 5, data: Buffer.from('abcd') }], { bigEndian: true });
 * const ng = Buffer.concat([ngSectionHeader(), ngInterface(1, { tsresol: 9 }), ngEnhancedPacket(0, 1_500_000_000n, frame)]);
 * ```
 */

export const LINKTYPE_ETHERNET = 1;
export const LINKTYPE_RAW = 101;

export interface PcapPacketSpec {
  /** Seconds field, written as is (may be >= 2^31 to make a "negative" timestamp). */
  sec: number;
  /** Microseconds, or nanoseconds for a nanosecond file. */
  frac: number;
  data: Buffer;
  /** Wire length; defaults to `data.length`. */
  len?: number;
  /** Captured length written in the header; defaults to `data.length` (set it to lie). */
  caplen?: number;
}

export interface PcapFileSpec {
  bigEndian?: boolean;
  nanosecond?: boolean;
  linkType?: number;
  snaplen?: number;
  versionMajor?: number;
}

/** The 24-byte global header. */
export function pcapHeader(o: PcapFileSpec = {}): Buffer {
  const b = Buffer.alloc(24);
  const be = o.bigEndian === true;
  const w32 = (v: number, off: number) => (be ? b.writeUInt32BE(v >>> 0, off) : b.writeUInt32LE(v >>> 0, off));
  const w16 = (v: number, off: number) => (be ? b.writeUInt16BE(v, off) : b.writeUInt16LE(v, off));
  w32(o.nanosecond ? 0xa1b23c4d : 0xa1b2c3d4, 0);
  w16(o.versionMajor ?? 2, 4);
  w16(4, 6);
  w32(0, 8);
  w32(0, 12);
  w32(o.snaplen ?? 65535, 16);
  w32(o.linkType ?? LINKTYPE_ETHERNET, 20);
  return b;
}

/** One record: 16-byte header plus data. */
export function pcapRecord(p: PcapPacketSpec, o: PcapFileSpec = {}): Buffer {
  const h = Buffer.alloc(16);
  const be = o.bigEndian === true;
  const w32 = (v: number, off: number) => (be ? h.writeUInt32BE(v >>> 0, off) : h.writeUInt32LE(v >>> 0, off));
  w32(p.sec, 0);
  w32(p.frac, 4);
  w32(p.caplen ?? p.data.length, 8);
  w32(p.len ?? p.data.length, 12);
  return Buffer.concat([h, p.data]);
}

/** A whole classic pcap file. */
export function writePcap(packets: PcapPacketSpec[], o: PcapFileSpec = {}): Buffer {
  return Buffer.concat([pcapHeader(o), ...packets.map((p) => pcapRecord(p, o))]);
}

// ---- pcapng ----

export interface NgOptions {
  bigEndian?: boolean;
}

/** An option: code, value (padded to 4). */
export interface NgOption {
  code: number;
  value: Buffer;
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

function optionsBytes(opts: NgOption[], be: boolean): Buffer {
  if (opts.length === 0) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  for (const o of opts) {
    const h = Buffer.alloc(4);
    if (be) {
      h.writeUInt16BE(o.code, 0);
      h.writeUInt16BE(o.value.length, 2);
    } else {
      h.writeUInt16LE(o.code, 0);
      h.writeUInt16LE(o.value.length, 2);
    }
    parts.push(h, o.value, Buffer.alloc(pad4(o.value.length) - o.value.length));
  }
  parts.push(Buffer.alloc(4)); // opt_endofopt
  return Buffer.concat(parts);
}

/** A block: type, total length, body (padded), total length. */
export function ngBlock(type: number, body: Buffer, o: NgOptions = {}): Buffer {
  const total = 12 + pad4(body.length);
  const b = Buffer.alloc(total);
  const be = o.bigEndian === true;
  if (be) {
    b.writeUInt32BE(type, 0);
    b.writeUInt32BE(total, 4);
    b.writeUInt32BE(total, total - 4);
  } else {
    b.writeUInt32LE(type, 0);
    b.writeUInt32LE(total, 4);
    b.writeUInt32LE(total, total - 4);
  }
  body.copy(b, 8);
  return b;
}

/** Section Header Block (v1.0, section length -1). */
export function ngSectionHeader(o: NgOptions = {}): Buffer {
  const body = Buffer.alloc(16);
  const be = o.bigEndian === true;
  if (be) {
    body.writeUInt32BE(0x1a2b3c4d, 0);
    body.writeUInt16BE(1, 4);
  } else {
    body.writeUInt32LE(0x1a2b3c4d, 0);
    body.writeUInt16LE(1, 4);
  }
  body.fill(0xff, 8, 16);
  return ngBlock(0x0a0d0d0a, body, o);
}

/** Interface Description Block; `tsresol` is the raw `if_tsresol` byte. */
export function ngInterface(linkType: number, o: NgOptions & { tsresol?: number; snaplen?: number } = {}): Buffer {
  const be = o.bigEndian === true;
  const fixed = Buffer.alloc(8);
  if (be) {
    fixed.writeUInt16BE(linkType, 0);
    fixed.writeUInt32BE(o.snaplen ?? 0, 4);
  } else {
    fixed.writeUInt16LE(linkType, 0);
    fixed.writeUInt32LE(o.snaplen ?? 0, 4);
  }
  const opts = o.tsresol === undefined ? [] : [{ code: 9, value: Buffer.from([o.tsresol]) }];
  return ngBlock(1, Buffer.concat([fixed, optionsBytes(opts, be)]), o);
}

/** Enhanced Packet Block; `ts` counts units of the interface's resolution. */
export function ngEnhancedPacket(
  ifIndex: number,
  ts: bigint,
  data: Buffer,
  o: NgOptions & { len?: number; caplen?: number; options?: NgOption[] } = {},
): Buffer {
  const be = o.bigEndian === true;
  const fixed = Buffer.alloc(20);
  const w32 = (v: number, off: number) => (be ? fixed.writeUInt32BE(v >>> 0, off) : fixed.writeUInt32LE(v >>> 0, off));
  w32(ifIndex, 0);
  w32(Number(ts >> 32n), 4);
  w32(Number(ts & 0xffffffffn), 8);
  w32(o.caplen ?? data.length, 12);
  w32(o.len ?? data.length, 16);
  const padded = Buffer.concat([data, Buffer.alloc(pad4(data.length) - data.length)]);
  return ngBlock(6, Buffer.concat([fixed, padded, optionsBytes(o.options ?? [], be)]), o);
}

/** Simple Packet Block (Zeek ignores these). */
export function ngSimplePacket(data: Buffer, o: NgOptions = {}): Buffer {
  const h = Buffer.alloc(4);
  if (o.bigEndian) h.writeUInt32BE(data.length, 0);
  else h.writeUInt32LE(data.length, 0);
  return ngBlock(3, Buffer.concat([h, data]), o);
}

/** A u64 option value in the given byte order. */
export function u64(v: bigint, o: NgOptions = {}): Buffer {
  const b = Buffer.alloc(8);
  if (o.bigEndian) b.writeBigUInt64BE(v);
  else b.writeBigUInt64LE(v);
  return b;
}
