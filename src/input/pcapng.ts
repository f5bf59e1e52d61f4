import { ChunkCursor, fileWeird, pushRecord } from './ChunkCursor';

// pcapng (engine.md 1.3): a sequence of blocks `type, total length, body,
// total length`, bodies padded to 4 bytes; options `code u16, length u16,
// value padded to 4`, ended by code 0. Byte order is per section.

export const PCAPNG_SHB = 0x0a0d0d0a;
export const PCAPNG_IDB = 0x00000001;
export const PCAPNG_PB = 0x00000002;
export const PCAPNG_SPB = 0x00000003;
export const PCAPNG_EPB = 0x00000006;
/** Section byte-order magic as written by the section's writer. */
export const PCAPNG_BOM = 0x1a2b3c4d;
export const PCAPNG_BOM_SWAPPED = 0x4d3c2b1a;

const OPT_END = 0;
const IDB_TSRESOL = 9;
const EPB_FLAGS = 2;
const EPB_DROPCOUNT = 4;
const EPB_PACKETID = 5;
const EPB_QUEUE = 6;
const TWO_32 = 4294967296;
/** A block longer than this is taken as corruption, not as a packet. */
const MAX_BLOCK_LEN = 64 * 1024 * 1024;

/** One interface of the current section. */
export interface PcapngInterface {
  linkType: number;
  snaplen: number;
  /** Timestamp units per second (10^6 unless `if_tsresol` says otherwise). */
  unitsPerSecond: number;
}

/** Reader state that outlives a chunk: the section's byte order and interfaces. */
export interface PcapngState {
  littleEndian: boolean;
  interfaces: PcapngInterface[];
  /** Sum of `epb_dropcount` options seen. */
  dropCount: number;
}

/** A fresh state, before the first section header. */
export function makePcapngState(): PcapngState {
  return { littleEndian: true, interfaces: [], dropCount: 0 };
}

/**
 * Units per second for an `if_tsresol` byte: top bit clear means 10^-n s, set
 * means 2^-n s. We follow the pcapng specification for the binary form (Zeek
 * computes `2 << n`, an off-by-one; engine.md 1.3 [ambiguous]).
 *
 * ## Example
 * ```ts
 * tsresolUnits(9);    // 1e9 (nanoseconds)
 * tsresolUnits(0x8a); // 1024
 * ```
 */
export function tsresolUnits(v: number): number {
  return v & 0x80 ? 2 ** (v & 0x7f) : 10 ** v;
}

/**
 * Seconds (µs resolution, truncated) of a pcapng timestamp `high:low` counted in
 * `units` per second. Integer arithmetic as engine.md 1.3 prescribes: the 64-bit
 * count is divided by long division over 32/16/16-bit limbs, exact for any
 * `units` below 2^31 (everything up to nanoseconds); finer units go through
 * BigInt.
 *
 * ## Example
 * ```ts
 * pcapngSeconds(0x00062cbb, 0x9d0c5f3d, 1e9) // 1767663089.50033 (ns truncated to µs)
 * ```
 */
export function pcapngSeconds(high: number, low: number, units: number): number {
  if (units === 1e6 && high < 0x200000) {
    // The common case: the count is microseconds and fits a double exactly
    // (below 2^53 µs, i.e. until the year 2255).
    const us = high * TWO_32 + low;
    const sec = Math.floor(us / 1e6);
    return sec + (us - sec * 1e6) / 1e6;
  }
  if (units < 0x80000000) {
    const q1 = Math.floor(high / units);
    let r = high - q1 * units;
    const x = r * 65536 + (low >>> 16);
    const q2 = Math.floor(x / units);
    r = x - q2 * units;
    const y = r * 65536 + (low & 0xffff);
    const q3 = Math.floor(y / units);
    r = y - q3 * units;
    const usec = Math.floor((r * 1e6) / units);
    return q1 * TWO_32 + q2 * 65536 + q3 + usec / 1e6;
  }
  const t = (BigInt(high) << 32n) | BigInt(low);
  const u = BigInt(units);
  const sec = t / u;
  const usec = ((t % u) * 1000000n) / u;
  return Number(sec) + Number(usec) / 1e6;
}

/**
 * Decodes every whole block in `c.buf[c.pos, c.end)`: section headers reset the
 * interface list, interface descriptions are appended to it, enhanced packet
 * blocks become records (with their interface's link type), everything else
 * (simple packet blocks included, as in Zeek) is skipped. Stops at a partial
 * block with `c.need` set to its total length.
 */
export function decodePcapng(st: PcapngState, c: ChunkCursor): void {
  const dv = c.dv;
  const end = c.end;
  let pos = c.pos;
  let le = st.littleEndian;
  while (pos + 12 <= end) {
    const type = dv.getUint32(pos, le);
    if (type === PCAPNG_SHB) {
      // The section's byte order comes from its own magic, whatever the last one was.
      const bom = dv.getUint32(pos + 8, true);
      if (bom === PCAPNG_BOM) le = true;
      else if (bom === PCAPNG_BOM_SWAPPED) le = false;
      else {
        c.stop = `bad pcapng section header at byte ${c.base + pos} (byte-order magic 0x${hex8(bom)}); stopping`;
        break;
      }
    }
    const total = dv.getUint32(pos + 4, le);
    if (total < 12 || total % 4 !== 0 || total > MAX_BLOCK_LEN) {
      c.stop = `bad pcapng block length ${total} at byte ${c.base + pos}; stopping`;
      break;
    }
    if (pos + total > end) {
      c.need = total;
      c.pos = pos;
      st.littleEndian = le;
      return;
    }
    if (type === PCAPNG_EPB) {
      if (!enhancedPacket(st, c, pos, total, le)) break;
    } else if (type === PCAPNG_SHB) {
      st.interfaces = [];
      st.littleEndian = le;
    } else if (type === PCAPNG_IDB) {
      if (total < 20) {
        c.stop = `bad pcapng interface block at byte ${c.base + pos}; stopping`;
        break;
      }
      st.interfaces.push(interfaceBlock(dv, pos, total, le));
    }
    pos += total;
  }
  c.need = 12;
  c.pos = pos;
  st.littleEndian = le;
}

function interfaceBlock(dv: DataView, pos: number, total: number, le: boolean): PcapngInterface {
  const iface: PcapngInterface = {
    linkType: dv.getUint16(pos + 8, le),
    snaplen: dv.getUint32(pos + 12, le),
    unitsPerSecond: 1e6,
  };
  const optEnd = pos + total - 4;
  let p = pos + 16;
  while (p + 4 <= optEnd) {
    const code = dv.getUint16(p, le);
    const len = dv.getUint16(p + 2, le);
    if (code === OPT_END || p + 4 + len > optEnd) break;
    if (code === IDB_TSRESOL && len >= 1) iface.unitsPerSecond = tsresolUnits(dv.getUint8(p + 4));
    p += 4 + ((len + 3) & ~3);
  }
  return iface;
}

/** One EPB; returns false (with `c.stop` set) when the block cannot be made sense of. */
function enhancedPacket(st: PcapngState, c: ChunkCursor, pos: number, total: number, le: boolean): boolean {
  const dv = c.dv;
  if (total < 32) {
    c.stop = `bad pcapng packet block at byte ${c.base + pos} (length ${total}); stopping`;
    return false;
  }
  const ifIndex = dv.getUint32(pos + 8, le);
  const caplen = dv.getUint32(pos + 20, le);
  const len = dv.getUint32(pos + 24, le);
  const padded = (caplen + 3) & ~3;
  if (28 + padded + 4 > total) {
    c.stop = `bad pcapng packet block at byte ${c.base + pos} (captured length ${caplen} exceeds block); stopping`;
    return false;
  }
  const iface = ifIndex < st.interfaces.length ? st.interfaces[ifIndex] : undefined;
  const ts = iface === undefined ? 0 : pcapngSeconds(dv.getUint32(pos + 12, le), dv.getUint32(pos + 16, le), iface.unitsPerSecond);
  if (iface === undefined) {
    fileWeird(c, 'pcapng_invalid_interface_number', String(ifIndex), ts);
    return true;
  }
  if (caplen === 0 || len === 0) {
    fileWeird(c, 'empty_pcapng_header', '', ts);
    return true;
  }
  if (28 + padded + 4 < total) packetOptions(st, c, pos + 28 + padded, pos + total - 4, le, ts);
  pushRecord(c, ts, caplen, len, iface.linkType, pos + 28, c.base + pos);
  return true;
}

/** Walks EPB options: sums `epb_dropcount`, reports options shorter than their type needs. */
function packetOptions(st: PcapngState, c: ChunkCursor, p: number, optEnd: number, le: boolean, ts: number): void {
  const dv = c.dv;
  while (p + 4 <= optEnd) {
    const code = dv.getUint16(p, le);
    const len = dv.getUint16(p + 2, le);
    if (code === OPT_END) return;
    if (p + 4 + len > optEnd) {
      fileWeird(c, 'pcapng_invalid_option_length', String(code), ts);
      return;
    }
    const want =
      code === EPB_DROPCOUNT || code === EPB_PACKETID ? 8 : code === EPB_FLAGS || code === EPB_QUEUE ? 4 : 0;
    if (len < want) {
      fileWeird(c, 'pcapng_invalid_option_length', String(code), ts);
    } else if (code === EPB_DROPCOUNT) {
      // u64 in the section's byte order: which 32-bit word is high depends on it.
      const w0 = dv.getUint32(p + 4, le);
      const w1 = dv.getUint32(p + 8, le);
      st.dropCount += le ? w1 * TWO_32 + w0 : w0 * TWO_32 + w1;
    }
    p += 4 + ((len + 3) & ~3);
  }
}

function hex8(v: number): string {
  return (v >>> 0).toString(16).padStart(8, '0');
}
