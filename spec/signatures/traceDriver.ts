// A tiny pcap walk for the worked examples: decodes Ethernet/NULL/raw IPv4/IPv6 with TCP/UDP/ICMP,
// keeps connections by 5-tuple (originator = sender of the first packet) and reassembles TCP in
// order per direction. Just enough for the clean btest traces; the real layers live elsewhere.
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  finishConn, initEndpoint, matchDatagram, matchIcmp, matchStream, newConnMatch, type ConnMatchState,
  type HeaderFacts, type SignatureEngine,
} from '../../src/signatures';

export const TRACES = join(__dirname, '../../../shared/traces/zeek-btest');

export interface TracePacket {
  ts: number;
  facts: HeaderFacts;
  src: string;
  dst: string;
  sport: number;
  dport: number;
  flags: number;
  seq: number;
  payload: Uint8Array;
}

export function formatAddr(b: Uint8Array): string {
  if (b.length === 4) return b.join('.');
  const g: number[] = [];
  for (let k = 0; k < 16; k += 2) g.push((b[k] << 8) | b[k + 1]);
  // Longest run of zero groups (length ≥ 2) becomes '::'.
  let bestAt = -1;
  let bestLen = 1;
  for (let k = 0; k < 8; ) {
    if (g[k] !== 0) {
      k++;
      continue;
    }
    let j = k;
    while (j < 8 && g[j] === 0) j++;
    if (j - k > bestLen) {
      bestAt = k;
      bestLen = j - k;
    }
    k = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (bestAt < 0) return hex.join(':');
  return `${hex.slice(0, bestAt).join(':')}::${hex.slice(bestAt + bestLen).join(':')}`;
}

export function readPcap(path: string): TracePacket[] {
  const buf = readFileSync(path);
  const linktype = buf.readUInt32LE(20);
  const out: TracePacket[] = [];
  for (let off = 24; off + 16 <= buf.length; ) {
    const ts = buf.readUInt32LE(off) + buf.readUInt32LE(off + 4) / 1e6;
    const caplen = buf.readUInt32LE(off + 8);
    const frame = buf.subarray(off + 16, off + 16 + caplen);
    off += 16 + caplen;
    let ipOff = 0;
    if (linktype === 1) {
      let et = frame.readUInt16BE(12);
      ipOff = 14;
      while (et === 0x8100) {
        et = frame.readUInt16BE(ipOff + 2);
        ipOff += 4;
      }
      if (et !== 0x0800 && et !== 0x86dd) continue;
    } else if (linktype === 0) ipOff = 4;
    const ipv = frame[ipOff] >> 4;
    let proto: number;
    let l4: number;
    let end: number;
    let ip: Uint8Array;
    let src: Uint8Array;
    let dst: Uint8Array;
    if (ipv === 4) {
      const ihl = (frame[ipOff] & 15) * 4;
      proto = frame[ipOff + 9];
      l4 = ipOff + ihl;
      end = Math.min(frame.length, ipOff + frame.readUInt16BE(ipOff + 2));
      ip = frame.subarray(ipOff, l4);
      src = frame.subarray(ipOff + 12, ipOff + 16);
      dst = frame.subarray(ipOff + 16, ipOff + 20);
    } else if (ipv === 6) {
      proto = frame[ipOff + 6];
      l4 = ipOff + 40;
      end = Math.min(frame.length, ipOff + 40 + frame.readUInt16BE(ipOff + 4));
      while (proto === 0 || proto === 43 || proto === 60 || proto === 44) {
        const nx = frame[l4];
        l4 += proto === 44 ? 8 : (frame[l4 + 1] + 1) * 8;
        proto = nx;
      }
      ip = frame.subarray(ipOff, ipOff + 40);
      src = frame.subarray(ipOff + 8, ipOff + 24);
      dst = frame.subarray(ipOff + 24, ipOff + 40);
    } else continue;
    const t = frame.subarray(l4, end);
    let sport = 0;
    let dport = 0;
    let flags = 0;
    let seq = 0;
    let payload: Uint8Array = new Uint8Array(0);
    if (proto === 6) {
      sport = t.readUInt16BE(0);
      dport = t.readUInt16BE(2);
      seq = t.readUInt32BE(4);
      flags = t[13];
      payload = t.subarray((t[12] >> 4) * 4);
    } else if (proto === 17) {
      sport = t.readUInt16BE(0);
      dport = t.readUInt16BE(2);
      payload = t.subarray(8);
    } else if (proto === 1 || proto === 58) {
      sport = t[0];
      dport = icmpCounterpart(proto, t[0], t[1]);
      payload = t.subarray(8);
    }
    out.push({ ts, facts: { ipVersion: ipv, ip, transport: t, proto }, src: formatAddr(src), dst: formatAddr(dst), sport, dport, flags, seq, payload });
  }
  return out;
}

function icmpCounterpart(proto: number, type: number, code: number): number {
  const pairs: Record<number, number> = proto === 1 ? { 8: 0, 0: 8, 13: 14, 14: 13, 15: 16, 16: 15, 17: 18, 18: 17, 10: 9, 9: 10 } : { 128: 129, 129: 128, 133: 134, 134: 133, 135: 136, 136: 135 };
  return pairs[type] ?? code;
}

const PROTO_NAME: Record<number, string> = { 6: 'tcp', 17: 'udp', 1: 'icmp', 58: 'icmp' };

interface Dir {
  next: number | null;
  pending: Map<number, Uint8Array>;
}

interface DriverConn {
  id: string;
  origSrc: string;
  origSport: number;
  cm: ConnMatchState<string>;
  dirs: [Dir, Dir];
}

/**
 * Walks a trace through the engine. The connection value passed to the engine is Zeek's conn_id
 * text, `[orig_h=…, orig_p=…, resp_h=…, resp_p=…, proto=N, ctx=[]]`.
 */
export function runTrace(path: string, engine: SignatureEngine<string>, hooks: { beforePacket?: (p: TracePacket) => void } = {}): void {
  const conns = new Map<string, DriverConn>();
  for (const p of readPcap(path)) {
    hooks.beforePacket?.(p);
    const a = `${p.src}|${p.sport}`;
    const b = `${p.dst}|${p.dport}`;
    const key = `${p.facts.proto}|${a < b ? a + '|' + b : b + '|' + a}`;
    let c = conns.get(key);
    if (!c) {
      const pn = PROTO_NAME[p.facts.proto] ?? 'unknown';
      const id = `[orig_h=${p.src}, orig_p=${p.sport}/${pn}, resp_h=${p.dst}, resp_p=${p.dport}/${pn}, proto=${p.facts.proto}, ctx=[]]`;
      c = { id, origSrc: p.src, origSport: p.sport, cm: newConnMatch(engine, id, p.facts.proto), dirs: [{ next: null, pending: new Map() }, { next: null, pending: new Map() }] };
      conns.set(key, c);
    }
    const isOrig = p.src === c.origSrc && p.sport === c.origSport;
    if ((isOrig ? c.cm.orig : c.cm.resp) === null) initEndpoint(engine, c.cm, isOrig, p.facts);
    if (p.facts.proto === 6) deliverTcp(engine, c, isOrig, p);
    else if (p.facts.proto === 17) matchDatagram(engine, c.cm, isOrig, p.payload);
    else if (p.facts.proto === 1 || p.facts.proto === 58) matchIcmp(engine, c.cm, isOrig, p.payload);
  }
  for (const c of conns.values()) finishConn(engine, c.cm);
}

function deliverTcp(engine: SignatureEngine<string>, c: DriverConn, isOrig: boolean, p: TracePacket): void {
  const d = c.dirs[isOrig ? 0 : 1];
  const syn = (p.flags & 0x02) !== 0;
  const start = syn ? p.seq + 1 : p.seq;
  if (d.next === null) d.next = start;
  if (p.payload.length === 0 || (p.flags & 0x04) !== 0) return;
  let data = p.payload;
  let s = start;
  if (s + data.length <= d.next) return; // retransmission
  if (s < d.next) {
    data = data.subarray(d.next - s);
    s = d.next;
  }
  if (s > d.next) {
    d.pending.set(s, data);
    return;
  }
  matchStream(engine, c.cm, isOrig, data);
  d.next += data.length;
  for (let more = d.pending.get(d.next); more; more = d.pending.get(d.next)) {
    d.pending.delete(d.next);
    matchStream(engine, c.cm, isOrig, more);
    d.next += more.length;
  }
}
