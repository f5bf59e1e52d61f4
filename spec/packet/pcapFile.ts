import { readFileSync } from 'fs';
import { gunzipSync } from 'zlib';
import { TraceRecord } from '../../src/input/TraceRecord';

// A minimal trace walker for the packet specs, so they do not depend on the
// input layer: classic pcap (both byte orders, µs and ns) and pcapng (SHB, IDB,
// EPB), optionally gzip-compressed. Records are copies-free views.

/** Reads every record of a trace file. */
export function readTraceFile(path: string): TraceRecord[] {
  let buf = readFileSync(path);
  if (buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf);
  const magic = buf.readUInt32LE(0);
  if (magic === 0x0a0d0d0a) return readPcapng(buf);
  return readPcap(buf);
}

/** Classic pcap: 24-byte header, then 16-byte record headers. */
export function readPcap(buf: Buffer): TraceRecord[] {
  const m = buf.readUInt32LE(0);
  const le = m === 0xa1b2c3d4 || m === 0xa1b23c4d;
  const nano = m === 0xa1b23c4d || m === 0x4d3cb2a1;
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const linkType = u32(20) & 0xffff;
  const out: TraceRecord[] = [];
  let off = 24;
  while (off + 16 <= buf.length) {
    const sec = u32(off);
    let frac = u32(off + 4);
    const caplen = u32(off + 8);
    const len = u32(off + 12);
    if (off + 16 + caplen > buf.length) break;
    if (nano) frac = Math.floor(frac / 1000);
    out.push({ ts: sec + frac / 1e6, caplen, len, linkType, data: buf.subarray(off + 16, off + 16 + caplen), offset: off });
    off += 16 + caplen;
  }
  return out;
}

/** pcapng: Section Header, Interface Description and Enhanced Packet blocks only. */
export function readPcapng(buf: Buffer): TraceRecord[] {
  const out: TraceRecord[] = [];
  let le = true;
  let ifaces: { linkType: number; unitsPerSec: number }[] = [];
  let off = 0;
  while (off + 12 <= buf.length) {
    const typeLE = buf.readUInt32LE(off);
    if (typeLE === 0x0a0d0d0a) {
      le = buf.readUInt32LE(off + 8) === 0x1a2b3c4d;
      ifaces = [];
    }
    const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
    const u16 = (o: number) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
    const type = u32(off);
    const total = u32(off + 4);
    if (total < 12 || off + total > buf.length) break;
    if (type === 1) {
      let unitsPerSec = 1e6;
      let o = off + 16;
      while (o + 4 <= off + total - 4) {
        const code = u16(o);
        const olen = u16(o + 2);
        if (code === 0) break;
        if (code === 9) {
          const r = buf[o + 4];
          unitsPerSec = r & 0x80 ? 2 ** (r & 0x7f) : 10 ** r;
        }
        o += 4 + ((olen + 3) & ~3);
      }
      ifaces.push({ linkType: u16(off + 8), unitsPerSec });
    } else if (type === 6) {
      const iface = ifaces[u32(off + 8)];
      const ts = u32(off + 12) * 2 ** 32 + u32(off + 16);
      const caplen = u32(off + 20);
      const len = u32(off + 24);
      const R = iface.unitsPerSec;
      const sec = Math.floor(ts / R);
      const usec = Math.floor(((ts % R) * 1e6) / R);
      out.push({ ts: sec + usec / 1e6, caplen, len, linkType: iface.linkType, data: buf.subarray(off + 28, off + 28 + caplen), offset: off });
    }
    off += total;
  }
  return out;
}

/** Builds a classic little-endian µs pcap file in memory (for hand-made traces). */
export function writePcap(linkType: number, frames: { ts: number; data: Buffer; len?: number }[]): Buffer {
  const hdr = Buffer.alloc(24);
  hdr.writeUInt32LE(0xa1b2c3d4, 0);
  hdr.writeUInt16LE(2, 4);
  hdr.writeUInt16LE(4, 6);
  hdr.writeUInt32LE(65535, 16);
  hdr.writeUInt32LE(linkType, 20);
  const parts: Buffer[] = [hdr];
  for (const f of frames) {
    const r = Buffer.alloc(16);
    r.writeUInt32LE(Math.floor(f.ts), 0);
    r.writeUInt32LE(Math.round((f.ts % 1) * 1e6), 4);
    r.writeUInt32LE(f.data.length, 8);
    r.writeUInt32LE(f.len ?? f.data.length, 12);
    parts.push(r, f.data);
  }
  return Buffer.concat(parts);
}
