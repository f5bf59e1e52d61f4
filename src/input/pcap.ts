import { ChunkCursor, fileWeird, pushRecord } from './ChunkCursor';
import { TraceError } from './TraceError';

// Classic pcap (engine.md 1.2): 24-byte global header, then 16-byte record
// headers each followed by `caplen` bytes.

export const PCAP_HEADER_LEN = 24;
export const PCAP_RECORD_HEADER_LEN = 16;

/** First four bytes of a classic pcap file read as a little-endian u32. */
export const PCAP_MAGIC_LE_US = 0xa1b2c3d4;
export const PCAP_MAGIC_BE_US = 0xd4c3b2a1;
export const PCAP_MAGIC_LE_NS = 0xa1b23c4d;
export const PCAP_MAGIC_BE_NS = 0x4d3cb2a1;

/**
 * A record longer than this is taken as corruption, not as a packet (libpcap
 * refuses anything past its per-link maximum of 256 KiB; we are more lenient
 * so jumbo captures still read).
 */
export const MAX_RECORD_LEN = 64 * 1024 * 1024;

/** What the global header says. */
export interface PcapHeader {
  littleEndian: boolean;
  nanosecond: boolean;
  versionMajor: number;
  versionMinor: number;
  snaplen: number;
  /** LINKTYPE_* (low 16 bits of the `network` field). */
  linkType: number;
}

/** True when the first four bytes (as a little-endian u32) are a classic pcap magic. */
export function isPcapMagic(magicLE: number): boolean {
  return (
    magicLE === PCAP_MAGIC_LE_US ||
    magicLE === PCAP_MAGIC_BE_US ||
    magicLE === PCAP_MAGIC_LE_NS ||
    magicLE === PCAP_MAGIC_BE_NS
  );
}

/**
 * Parses the 24-byte global header at `buf[0]` (`have` bytes are valid).
 *
 * ## Example
 * ```ts
 * const h = parsePcapHeader(buf, 24, 'x.pcap'); // { littleEndian: true, linkType: 1, ... }
 * ```
 * @throws TraceError when the header is short or the version is not 2.x.
 */
export function parsePcapHeader(buf: Buffer, have: number, name: string): PcapHeader {
  if (have < PCAP_HEADER_LEN) {
    throw new TraceError(name, `truncated pcap file header (${have} of ${PCAP_HEADER_LEN} bytes)`);
  }
  const magic = buf.readUInt32LE(0);
  const le = magic === PCAP_MAGIC_LE_US || magic === PCAP_MAGIC_LE_NS;
  const h: PcapHeader = {
    littleEndian: le,
    nanosecond: magic === PCAP_MAGIC_LE_NS || magic === PCAP_MAGIC_BE_NS,
    versionMajor: le ? buf.readUInt16LE(4) : buf.readUInt16BE(4),
    versionMinor: le ? buf.readUInt16LE(6) : buf.readUInt16BE(6),
    snaplen: le ? buf.readUInt32LE(16) : buf.readUInt32BE(16),
    linkType: (le ? buf.readUInt32LE(20) : buf.readUInt32BE(20)) & 0xffff,
  };
  // libpcap rejects any major version but 2 ("archaic pcap savefile format").
  if (h.versionMajor !== 2) {
    throw new TraceError(name, `unsupported pcap version ${h.versionMajor}.${h.versionMinor}`);
  }
  return h;
}

/**
 * Decodes every whole record in `c.buf[c.pos, c.end)` into the cursor's batch.
 * Stops at a partial record, leaving `c.pos` on its header and `c.need` set to
 * its full size.
 *
 * Records with `caplen == 0` or `len == 0` are skipped with weird
 * `empty_pcap_header`; a negative timestamp (the fields are signed in libpcap's
 * on-disk header) is skipped with `negative_packet_timestamp`.
 */
export function decodePcap(h: PcapHeader, c: ChunkCursor): void {
  const dv = c.dv;
  const le = h.littleEndian;
  const nano = h.nanosecond;
  const linkType = h.linkType;
  const end = c.end;
  const base = c.base;
  let pos = c.pos;
  while (pos + PCAP_RECORD_HEADER_LEN <= end) {
    const caplen = dv.getUint32(pos + 8, le);
    const total = PCAP_RECORD_HEADER_LEN + caplen;
    if (pos + total > end) {
      if (caplen > MAX_RECORD_LEN) {
        c.stop = `bad record at byte ${base + pos} (caplen ${caplen}); stopping`;
      }
      c.need = total;
      c.pos = pos;
      return;
    }
    const sec = dv.getInt32(pos, le);
    const frac = dv.getInt32(pos + 4, le);
    const len = dv.getUint32(pos + 12, le);
    // Truncate nanoseconds to microseconds before building the double, as
    // libpcap does: otherwise %.6f output differs in the last digit.
    const ts = sec + (nano ? (frac / 1000) | 0 : frac) / 1e6;
    if (caplen === 0 || len === 0) {
      fileWeird(c, 'empty_pcap_header', '', ts);
    } else if (sec < 0 || frac < 0) {
      fileWeird(c, 'negative_packet_timestamp', '', ts);
    } else {
      pushRecord(c, ts, caplen, len, linkType, pos + PCAP_RECORD_HEADER_LEN, base + pos);
    }
    pos += total;
  }
  c.need = PCAP_RECORD_HEADER_LEN;
  c.pos = pos;
}
