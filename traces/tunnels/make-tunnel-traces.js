#!/usr/bin/env node
// Writes the tunnel traces of this directory (traces/README.md, docs/tunnels.md):
// one small HTTP-like TCP exchange wrapped in each tunnel rxbro decapsulates, plus
// the error cases. Deterministic: run `node traces/tunnels/make-tunnel-traces.js`
// and the files come out byte for byte the same.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const T0 = 1795700000; // 2026-11-26 13:33:20 UTC

// ---- checksums and headers -------------------------------------------------

function sum16(buf, acc = 0) {
  for (let i = 0; i + 1 < buf.length; i += 2) acc += buf.readUInt16BE(i);
  if (buf.length & 1) acc += buf[buf.length - 1] << 8;
  return acc;
}
function fold(acc) {
  while (acc > 0xffff) acc = (acc & 0xffff) + (acc >>> 16);
  return ~acc & 0xffff;
}
function v4(a) {
  return Buffer.from(a.split('.').map(Number));
}
function v6(a) {
  // Expands "2001:db8::1" to 16 bytes.
  const [head, tail] = a.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  const b = Buffer.alloc(16);
  groups.forEach((g, i) => b.writeUInt16BE(parseInt(g, 16), i * 2));
  return b;
}
function addr(a) {
  return a.includes(':') ? v6(a) : v4(a);
}

let ipId = 100;
function ipv4(src, dst, proto, payload, opts = {}) {
  const h = Buffer.alloc(20);
  h[0] = 0x45;
  h.writeUInt16BE(opts.totalLen ?? 20 + payload.length, 2);
  h.writeUInt16BE(ipId++, 4);
  h[8] = 64;
  h[9] = proto;
  v4(src).copy(h, 12);
  v4(dst).copy(h, 16);
  h.writeUInt16BE(fold(sum16(h)), 10);
  return Buffer.concat([h, payload]);
}
function ipv6(src, dst, nh, payload) {
  const h = Buffer.alloc(40);
  h[0] = 0x60;
  h.writeUInt16BE(payload.length, 4);
  h[6] = nh;
  h[7] = 64;
  v6(src).copy(h, 8);
  v6(dst).copy(h, 24);
  return Buffer.concat([h, payload]);
}
function ip(src, dst, proto, payload) {
  return src.includes(':') ? ipv6(src, dst, proto, payload) : ipv4(src, dst, proto, payload);
}
function pseudo(src, dst, proto, len) {
  const a = addr(src);
  const b = addr(dst);
  const tail = Buffer.alloc(a.length === 4 ? 4 : 8);
  if (a.length === 4) {
    tail[1] = proto;
    tail.writeUInt16BE(len, 2);
  } else {
    tail.writeUInt32BE(len, 0);
    tail[7] = proto;
  }
  return sum16(Buffer.concat([a, b, tail]));
}
function tcp(src, sport, dst, dport, seq, ack, flags, data = Buffer.alloc(0)) {
  const h = Buffer.alloc(20);
  h.writeUInt16BE(sport, 0);
  h.writeUInt16BE(dport, 2);
  h.writeUInt32BE(seq >>> 0, 4);
  h.writeUInt32BE(ack >>> 0, 8);
  h[12] = 5 << 4;
  h[13] = flags;
  h.writeUInt16BE(65535, 14);
  const seg = Buffer.concat([h, data]);
  seg.writeUInt16BE(fold(sum16(seg, pseudo(src, dst, 6, seg.length))), 16);
  return ip(src, dst, 6, seg);
}
function udp(src, sport, dst, dport, data) {
  const h = Buffer.alloc(8);
  h.writeUInt16BE(sport, 0);
  h.writeUInt16BE(dport, 2);
  h.writeUInt16BE(8 + data.length, 4);
  const seg = Buffer.concat([h, data]);
  seg.writeUInt16BE(fold(sum16(seg, pseudo(src, dst, 17, seg.length))) || 0xffff, 6);
  return ip(src, dst, 17, seg);
}
function eth(payload, type, dst = '02:00:00:00:00:02', src = '02:00:00:00:00:01') {
  const h = Buffer.alloc(14);
  Buffer.from(dst.split(':').map((x) => parseInt(x, 16))).copy(h, 0);
  Buffer.from(src.split(':').map((x) => parseInt(x, 16))).copy(h, 6);
  h.writeUInt16BE(type, 12);
  return Buffer.concat([h, payload]);
}
function ethIp(ipPkt) {
  return eth(ipPkt, ipPkt[0] >> 4 === 6 ? 0x86dd : 0x0800);
}

// ---- tunnels ---------------------------------------------------------------

function gre(proto, payload, opts = {}) {
  let flags = opts.version ?? 0;
  const extra = [];
  if (opts.key !== undefined) {
    flags |= 0x2000;
    const k = Buffer.alloc(4);
    k.writeUInt32BE(opts.key);
    extra.push(k);
  }
  if (opts.seq !== undefined) {
    flags |= 0x1000;
    const s = Buffer.alloc(4);
    s.writeUInt32BE(opts.seq);
    extra.push(s);
  }
  const h = Buffer.alloc(4);
  h.writeUInt16BE(flags, 0);
  h.writeUInt16BE(proto, 2);
  return Buffer.concat([h, ...extra, payload]);
}
function pptp(inner, callId, seq) {
  // GRE version 1 (RFC 2637): key present (payload length + call id), sequence present.
  const flags = 0x2000 | 0x1000 | 1;
  const ppp = Buffer.from([0xff, 0x03, 0x00, inner[0] >> 4 === 6 ? 0x57 : 0x21]);
  const payload = Buffer.concat([ppp, inner]);
  const h = Buffer.alloc(12);
  h.writeUInt16BE(flags, 0);
  h.writeUInt16BE(0x880b, 2);
  h.writeUInt16BE(payload.length, 4);
  h.writeUInt16BE(callId, 6);
  h.writeUInt32BE(seq, 8);
  return Buffer.concat([h, payload]);
}
function vxlan(vni, frame) {
  const h = Buffer.alloc(8);
  h[0] = 0x08;
  h.writeUIntBE(vni, 4, 3);
  return Buffer.concat([h, frame]);
}
function geneve(vni, protoType, inner) {
  const h = Buffer.alloc(8);
  h.writeUInt16BE(protoType, 2);
  h.writeUIntBE(vni, 4, 3);
  return Buffer.concat([h, inner]);
}

function teredoOrigin(port, a) {
  // Origin indication (RFC 4380 5.1.1): tag 0, then port and address, both inverted.
  const b = Buffer.alloc(8);
  b.writeUInt16BE(port ^ 0xffff, 2);
  const x = v4(a);
  for (let i = 0; i < 4; i++) b[4 + i] = x[i] ^ 0xff;
  return b;
}
function ayiya(nextHeader, inner) {
  const h = Buffer.alloc(8 + 16 + 20);
  h[0] = (4 << 4) | 1; // identity: 2^4 = 16 bytes, an IPv6 address
  h[1] = (5 << 4) | 2; // signature: 5 * 4 = 20 bytes, SHA-1
  h[2] = (1 << 4) | 1; // authentication method 1 (shared secret), opcode 1 (forward)
  h[3] = nextHeader;
  h.writeUInt32BE(T0, 4);
  return Buffer.concat([h, inner]);
}
function gtpu(teid, inner) {
  const h = Buffer.alloc(8);
  h[0] = 0x30; // version 1, protocol type GTP, no optional fields
  h[1] = 255; // G-PDU
  h.writeUInt16BE(inner.length, 2);
  h.writeUInt32BE(teid, 4);
  return Buffer.concat([h, inner]);
}

// ---- the inner exchange ----------------------------------------------------

const REQ = Buffer.from('GET /tunnel.txt HTTP/1.1\r\nHost: inner.example\r\n\r\n');
const RSP = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\ninner\n');

/** The inner packets of one HTTP-like exchange: [isFromClient, ipPacket]. */
function exchange(c, s, cport = 40000) {
  const cs = 1000;
  const ss = 5000;
  const F = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16 };
  return [
    [true, tcp(c, cport, s, 80, cs, 0, F.SYN)],
    [false, tcp(s, 80, c, cport, ss, cs + 1, F.SYN | F.ACK)],
    [true, tcp(c, cport, s, 80, cs + 1, ss + 1, F.ACK)],
    [true, tcp(c, cport, s, 80, cs + 1, ss + 1, F.PSH | F.ACK, REQ)],
    [false, tcp(s, 80, c, cport, ss + 1, cs + 1 + REQ.length, F.PSH | F.ACK, RSP)],
    [true, tcp(c, cport, s, 80, cs + 1 + REQ.length, ss + 1 + RSP.length, F.FIN | F.ACK)],
    [false, tcp(s, 80, c, cport, ss + 1 + RSP.length, cs + 2 + REQ.length, F.FIN | F.ACK)],
    [true, tcp(c, cport, s, 80, cs + 2 + REQ.length, ss + 2 + RSP.length, F.ACK)],
  ];
}

// ---- pcap ------------------------------------------------------------------

function pcap(frames, linkType = 1) {
  const h = Buffer.alloc(24);
  h.writeUInt32LE(0xa1b2c3d4, 0);
  h.writeUInt16LE(2, 4);
  h.writeUInt16LE(4, 6);
  h.writeUInt32LE(65535, 16);
  h.writeUInt32LE(linkType, 20);
  const recs = frames.map(({ ts, data, len }) => {
    const r = Buffer.alloc(16);
    const sec = Math.floor(ts);
    r.writeUInt32LE(sec, 0);
    r.writeUInt32LE(Math.round((ts - sec) * 1e6), 4);
    r.writeUInt32LE(data.length, 8);
    r.writeUInt32LE(len ?? data.length, 12);
    return Buffer.concat([r, data]);
  });
  return Buffer.concat([h, ...recs]);
}

/** Frames from one exchange, each inner packet wrapped by `wrap(isFromClient, ip)`. */
function wrapped(start, inner, wrap) {
  return inner.map(([fromClient, pkt], i) => ({ ts: start + i * 0.01, data: wrap(fromClient, pkt) }));
}

const out = {};
let changedIndex = 0;
const A = '192.0.2.1'; // tunnel endpoints (TEST-NET-1)
const B = '192.0.2.2';
const A6 = '2001:db8::a';
const B6 = '2001:db8::b';
const C = '10.1.0.1'; // inner hosts
const S = '10.2.0.1';
const C6 = 'fd00:1::1';
const S6 = 'fd00:2::1';

// IPv4 in IPv4 (protocol 4).
out['ipip-http.pcap'] = wrapped(T0, exchange(C, S), (c, p) => ethIp(c ? ipv4(A, B, 4, p) : ipv4(B, A, 4, p)));
// IPv6 in IPv4 (protocol 41, 6in4).
out['6in4-http.pcap'] = wrapped(T0 + 10, exchange(C6, S6), (c, p) => ethIp(c ? ipv4(A, B, 41, p) : ipv4(B, A, 41, p)));
// IPv4 in IPv6 (next header 4).
out['4in6-http.pcap'] = wrapped(T0 + 20, exchange(C, S), (c, p) => ethIp(c ? ipv6(A6, B6, 4, p) : ipv6(B6, A6, 4, p)));
// GRE version 0 carrying IPv4 (0x0800), with a key and sequence numbers.
let greSeq = 1;
out['gre-http.pcap'] = wrapped(T0 + 30, exchange(C, S), (c, p) =>
  ethIp(c ? ipv4(A, B, 47, gre(0x0800, p, { key: 7, seq: greSeq++ })) : ipv4(B, A, 47, gre(0x0800, p, { key: 7, seq: greSeq++ }))),
);
// GRE over IPv6 carrying IPv6 (0x86dd).
out['gre6-http.pcap'] = wrapped(T0 + 40, exchange(C6, S6), (c, p) => ethIp(c ? ipv6(A6, B6, 47, gre(0x86dd, p)) : ipv6(B6, A6, 47, gre(0x86dd, p))));
// GRE transparent Ethernet bridging (0x6558): an Ethernet frame inside.
out['gre-eth-http.pcap'] = wrapped(T0 + 50, exchange(C, S), (c, p) =>
  ethIp(c ? ipv4(A, B, 47, gre(0x6558, ethIp(p))) : ipv4(B, A, 47, gre(0x6558, eth(p, 0x0800, '02:00:00:00:00:01', '02:00:00:00:00:02')))),
);
// PPTP: GRE version 1 with PPP carrying IPv4.
let pptpSeq = 1;
out['pptp-http.pcap'] = wrapped(T0 + 60, exchange(C, S), (c, p) => ethIp(c ? ipv4(A, B, 47, pptp(p, 0x1234, pptpSeq++)) : ipv4(B, A, 47, pptp(p, 0x5678, pptpSeq++))));
// VXLAN: UDP to 4789, Ethernet inside. Each direction is its own outer UDP connection.
out['vxlan-http.pcap'] = wrapped(T0 + 70, exchange(C, S), (c, p) =>
  ethIp(c ? udp(A, 51000, B, 4789, vxlan(42, ethIp(p))) : udp(B, 52000, A, 4789, vxlan(42, eth(p, 0x0800, '02:00:00:00:00:01', '02:00:00:00:00:02')))),
);
// Geneve: UDP to 6081, Ethernet (0x6558) inside.
out['geneve-http.pcap'] = wrapped(T0 + 80, exchange(C, S), (c, p) =>
  ethIp(c ? udp(A, 53000, B, 6081, geneve(77, 0x6558, ethIp(p))) : udp(B, 54000, A, 6081, geneve(77, 0x6558, eth(p, 0x0800, '02:00:00:00:00:01', '02:00:00:00:00:02')))),
);

// Teredo: a client behind 192.0.2.1:50000 talks through the relay 192.0.2.2:3544; the relay's
// packets carry an origin indication. A bubble (IPv6, no next header, no payload) opens it.
const TC = '2001:0:c000:201::1';
const TS = '2001:db8:5::80';
const bubble = ipv6(TC, TS, 59, Buffer.alloc(0));
out['teredo-http.pcap'] = [
  { ts: T0 + 95, data: ethIp(udp(A, 50000, B, 3544, bubble)) },
  ...wrapped(T0 + 95.5, exchange(TC, TS), (c, p) =>
    ethIp(c ? udp(A, 50000, B, 3544, p) : udp(B, 3544, A, 50000, Buffer.concat([teredoOrigin(3544, B), p]))),
  ),
];
// Teredo on another port (a relay on 33000), found by its payload as Zeek's protocol detection does:
// the bubble (an IPv6 header to a 2001:0::/32 address) and the relay's packets with an origin
// indication are recognised; the client's plain IPv6 packets after the bubble are not.
out['teredo-detect.pcap'] = [
  { ts: T0 + 96, data: ethIp(udp(A, 50002, B, 33000, bubble)) },
  ...wrapped(T0 + 96.5, exchange(TC, TS, 40200), (c, p) =>
    ethIp(c ? udp(A, 50002, B, 33000, p) : udp(B, 33000, A, 50002, Buffer.concat([teredoOrigin(33000, B), p]))),
  ),
];
// AYIYA (IPv6 in UDP 5072, "forward" messages with identity and signature).
out['ayiya-http.pcap'] = wrapped(T0 + 97, exchange(C6, S6), (c, p) =>
  ethIp(c ? udp(A, 50001, B, 5072, ayiya(41, p)) : udp(B, 5072, A, 50001, ayiya(41, p))),
);
// GTPv1-U: G-PDUs between two GSNs on 2152 both ways, IPv4 inside.
out['gtp-http.pcap'] = wrapped(T0 + 98, exchange(C, S), (c, p) =>
  ethIp(c ? udp(A, 2152, B, 2152, gtpu(0x11, p)) : udp(B, 2152, A, 2152, gtpu(0x22, p))),
);

// One connection whose encapsulation changes: IP-in-IP, none, GRE, then none (tunnel_changed).
out['tunnel-changed.pcap'] = wrapped(T0 + 90, exchange(C, S, 40100), (c, p) => {
  const i = changedIndex++;
  if (i === 0) return ethIp(ipv4(A, B, 4, p));
  if (i === 2) return ethIp(ipv4(A, B, 47, gre(0x0800, p)));
  return ethIp(p);
});

// Error cases, one packet each, 1 s apart.
const E = T0 + 100;
const syn = tcp(C, 40001, S, 80, 1, 0, 2);
const nested = (depth, p) => (depth === 0 ? p : ipv4(A, B, 4, nested(depth - 1, p)));
out['tunnel-errors.pcap'] = [
  // 1. Three IP-in-IP levels: the third is over Tunnel::max_depth (2).
  { ts: E, data: ethIp(nested(3, syn)) },
  // 2. Two levels: allowed, the SYN makes a connection.
  { ts: E + 1, data: ethIp(nested(2, tcp(C, 40002, S, 80, 1, 0, 2))) },
  // 3. IP-in-IP whose inner IPv4 header is cut short (12 bytes): truncated_inner_IP (IP-in-IP pre-check).
  { ts: E + 2, data: ethIp(ipv4(A, B, 4, syn.subarray(0, 12))) },
  // 4. PPTP whose inner datagram is shorter than its header says: truncated_IP_len_in_tunnel (inner IP layer).
  { ts: E + 3, data: ethIp(ipv4(A, B, 47, pptp(syn.subarray(0, 30), 0x1234, 99))) },
  // 5. GRE version 2: unknown_gre_version.
  { ts: E + 4, data: ethIp(ipv4(A, B, 47, gre(0x0800, syn, { version: 2 }))) },
  // 6. GRE with only 2 bytes: truncated_GRE.
  { ts: E + 5, data: ethIp(ipv4(A, B, 47, Buffer.from([0, 0]))) },
  // 7. VXLAN without the I flag: not decapsulated (analyzer violation), only the outer connection.
  { ts: E + 6, data: ethIp(udp(A, 51001, B, 4789, Buffer.concat([Buffer.alloc(8), ethIp(syn)]))) },
];

const dir = __dirname;
for (const [name, frames] of Object.entries(out)) {
  fs.writeFileSync(path.join(dir, name), pcap(frames));
  console.log(`${name}\t${frames.length} packets`);
}
