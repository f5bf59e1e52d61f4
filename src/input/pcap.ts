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

/** libpcap's MAXIMUM_SNAPLEN: the largest caplen it accepts for most link types. */
export const PCAP_MAX_SNAPLEN = 262144;

/**
 * libpcap's `max_snaplen_for_dlt`: a few link types carry bigger records.
 *
 * ## Example
 * ```ts
 * maxCaplenFor(1);   // 262144
 * maxCaplenFor(231); // 134217728 (D-Bus)
 * ```
 */
export function maxCaplenFor(linkType: number): number {
  if (linkType === 231) return 128 * 1024 * 1024; // DBUS
  if (linkType === 279) return 8 * 1024 * 1024; // EBHSCR
  if (linkType === 249) return 1024 * 1024; // USBPCAP
  return PCAP_MAX_SNAPLEN;
}

/** What the global header says. */
export interface PcapHeader {
  littleEndian: boolean;
  nanosecond: boolean;
  versionMajor: number;
  versionMinor: number;
  snaplen: number;
  /** LINKTYPE_* (low 16 bits of the `network` field). */
  linkType: number;
  /** A record's caplen above this is corruption: reading stops (libpcap: fatal read error). */
  maxCaplen: number;
  /**
   * Bytes kept of a record whose caplen exceeds it: the header's snaplen, or
   * `maxCaplen` when that is 0 or larger (libpcap's `pcap_adjust_snapshot`).
   */
  snapshot: number;
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
    maxCaplen: 0,
    snapshot: 0,
  };
  h.maxCaplen = maxCaplenFor(h.linkType);
  h.snapshot = h.snaplen === 0 || h.snaplen > h.maxCaplen ? h.maxCaplen : h.snaplen;
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
 * on-disk header) is skipped with `negative_packet_timestamp`. As libpcap does
 * (and so Zeek), a record with more bytes than the file's snapshot length
 * keeps only the first `snapshot` bytes, and a caplen beyond the link type's
 * maximum stops reading (`c.stop`).
 */
export function decodePcap(h: PcapHeader, c: ChunkCursor): void {
  const dv = c.dv;
  const le = h.littleEndian;
  const nano = h.nanosecond;
  const linkType = h.linkType;
  const snapshot = h.snapshot;
  const maxCaplen = h.maxCaplen;
  const end = c.end;
  const base = c.base;
  let pos = c.pos;
  while (pos + PCAP_RECORD_HEADER_LEN <= end) {
    const caplen = dv.getUint32(pos + 8, le);
    if (caplen > maxCaplen) {
      c.stop = `bad record at byte ${base + pos} (caplen ${caplen} exceeds the maximum ${maxCaplen}); stopping`;
      c.pos = pos;
      return;
    }
    const total = PCAP_RECORD_HEADER_LEN + caplen;
    if (pos + total > end) {
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
      pushRecord(c, ts, caplen > snapshot ? snapshot : caplen, len, linkType, pos + PCAP_RECORD_HEADER_LEN, base + pos);
    }
    pos += total;
  }
  c.need = PCAP_RECORD_HEADER_LEN;
  c.pos = pos;
}
