import { createConnectionTracker, ConnectionTrackerOptions } from './tracker';
import { NetworkTimeScheduler } from '../time/NetworkTimeScheduler';
import { connLogRow, ConnLogRow, formatConnLogTsv } from './connLog';
import { DEFAULT_LOCAL_NETS, isLocalAddr, isLocalAddrBytes, isLocalV4, parseAddr, parseSubnet } from './localNets';
import { addrToString } from '../packet/addrToString';
import { TCP_ACK, TCP_FIN, TCP_SYN, TCP_RST, tcp, udp, icmp, ipv4Packet } from '../../spec/conn/packets';
import { createPacket } from '../packet/createPacket';
import type { Packet } from '../packet/Packet';
import { setAdd } from '../runtime/table';

/** A UDP datagram over IPv6 between `2000::<from>` and `2000::<to>` (fe80::/10 when `linkLocal`). */
function udp6(ts: number, from: number, to: number, sp: number, dp: number, linkLocal = false): Packet {
  const p = createPacket();
  const d = Buffer.alloc(40 + 8 + 4);
  d[0] = 0x60;
  d.writeUInt16BE(12, 4);
  d[6] = 17;
  d[7] = 64;
  d[23] = from;
  d[39] = to;
  if (linkLocal) {
    d[8] = d[24] = 0xfe;
    d[9] = d[25] = 0x80;
  } else d[8] = d[24] = 0x20;
  d.writeUInt16BE(sp, 40);
  d.writeUInt16BE(dp, 42);
  d.writeUInt16BE(12, 44);
  Object.assign(p, {
    ts, data: d, caplen: d.length, len: d.length, ipVersion: 6, ipOff: 0, ipHdrLen: 40, ipTotalLen: 52, ttl: 64,
    addrBuf: d, srcOff: 8, dstOff: 24, proto: 17, l4Off: 40, l4Len: 12, l4Cap: 12, srcPort: sp, dstPort: dp,
    payloadOff: 48, payloadLen: 4, payloadCap: 4,
  });
  return p;
}

/** Every kind of row: TCP SF / REJ / S0 / flipped, UDP both ways and one way, ICMP, IPv6, an unknown transport. */
function packets(): Packet[] {
  const C = '10.0.0.1:40000';
  const S = '8.8.8.8:80';
  return [
    tcp(1, C, S, TCP_SYN, 1000, 0),
    tcp(1.1, S, C, TCP_SYN | TCP_ACK, 5000, 1001),
    tcp(1.2, C, S, TCP_ACK, 1001, 5001, 100),
    tcp(1.3, S, C, TCP_ACK, 5001, 1101, 300),
    tcp(1.4, C, S, TCP_FIN | TCP_ACK, 1101, 5301),
    tcp(1.5, S, C, TCP_FIN | TCP_ACK, 5301, 1102),
    tcp(1.6, C, S, TCP_ACK, 1102, 5302),
    tcp(2, '192.168.1.5:1234', '10.0.0.9:22', TCP_SYN, 77, 0),
    tcp(2.1, '10.0.0.9:22', '192.168.1.5:1234', TCP_RST | TCP_ACK, 0, 78),
    tcp(3, '172.16.0.1:5555', '1.2.3.4:443', TCP_SYN, 9, 0),
    // A SYN-ACK first: the connection flips, its originator is the second address.
    tcp(4, '1.1.1.1:80', '10.1.1.1:3333', TCP_SYN | TCP_ACK, 500, 1001),
    tcp(4.2, '10.1.1.1:3333', '1.1.1.1:80', TCP_ACK, 1001, 501, 20),
    udp(5, '10.0.0.1:5353', '224.0.0.251:5353', 30),
    udp(5.5, '10.0.0.3:9999', '9.9.9.9:53', 20),
    udp(5.6, '9.9.9.9:53', '10.0.0.3:9999', 60),
    icmp(6, '10.0.0.1', '8.8.4.4', 8, 0, 16),
    icmp(6.1, '8.8.4.4', '10.0.0.1', 0, 0, 16),
    udp6(7, 1, 2, 5000, 6000),
    udp6(7.2, 2, 1, 6000, 5000),
    udp6(8, 3, 4, 546, 547, true),
    ipv4Packet({ ts: 9, src: '10.0.0.7', dst: '10.0.0.8', proto: 132, l4: Buffer.alloc(12), payloadOffInL4: 12 }),
  ];
}

function run(opts: Partial<ConnectionTrackerOptions>, handled: string[] = []): void {
  const tracker = createConnectionTracker({
    scheduler: new NetworkTimeScheduler(),
    events: { has: (n) => handled.includes(n), raise: () => undefined },
    ignoreChecksums: true,
    ...opts,
  });
  for (const p of packets()) tracker.process(p);
  tracker.finishAll();
}

/** Rows the old way: `connLogRow` of the refreshed record in `onRemove`. */
function viaRecords(localNets = DEFAULT_LOCAL_NETS): ConnLogRow[] {
  const rows: ConnLogRow[] = [];
  run({ deterministicUids: true, onRemove: (c, m) => rows.push(connLogRow(c, m, localNets)) });
  return rows;
}

describe('sessionConnLogRow (onConnLog)', () => {
  it('gives exactly the rows connLogRow gives from the record, without building it', () => {
    const expected = viaRecords();
    const rows: ConnLogRow[] = [];
    run({ deterministicUids: true, onConnLog: (r) => rows.push(r) });
    expect(rows).toEqual(expected);
    expect(rows.map(formatConnLogTsv)).toEqual(expected.map(formatConnLogTsv));
    // The cases the rows are meant to cover are there.
    // The cases the rows are meant to cover are there (removal order: timers, then the flush in key order).
    expect(rows.map((r) => `${r.proto} ${r.conn_state} ${r['id.orig_h']} ${r.local_orig} ${r.local_resp}`)).toEqual([
      'tcp SF 10.0.0.1 true false',
      'tcp REJ 192.168.1.5 true true',
      'tcp S0 172.16.0.1 true false',
      // Flipped: the originator is the SYN-ACK's destination.
      'tcp S1 10.1.1.1 true false',
      'icmp OTH 10.0.0.1 true false',
      'udp SF 10.0.0.3 true false',
      'udp S0 10.0.0.1 true true',
      'unknown_transport OTH 10.0.0.7 true true',
      'udp SF 2000::1 false false',
      'udp S0 fe80::3 true true',
    ]);
  });

  it('uses the given local_nets, and none at all when the list is empty', () => {
    const nets = [parseSubnet('8.8.0.0/16'), parseSubnet('2000::/16')];
    const rows: ConnLogRow[] = [];
    run({ deterministicUids: true, localNets: nets, onConnLog: (r) => rows.push(r) });
    expect(rows).toEqual(viaRecords(nets));
    const none: ConnLogRow[] = [];
    run({ deterministicUids: true, localNets: [], onConnLog: (r) => none.push(r) });
    expect(none).toEqual(viaRecords([]));
    expect(none.every((r) => r.local_orig === undefined && r.local_resp === undefined)).toBe(true);
  });

  it('reads the record when one was built: a service set on it reaches the row', () => {
    const rows: ConnLogRow[] = [];
    run(
      {
        deterministicUids: true,
        // An onRemove consumer builds the record; a script would set the service on it.
        onRemove: (c) => {
          if (c.uid === 'CHhAvVGS1DHFjwGM9') setAdd(c.service, 'HTTP');
        },
        onConnLog: (r) => rows.push(r),
      },
      ['connection_state_remove'],
    );
    expect(rows.length).toBe(10);
    expect(rows.filter((r) => r.service.length > 0).map((r) => [r.uid, r.service])).toEqual([['CHhAvVGS1DHFjwGM9', ['http']]]);
  });
});

describe('isLocalV4', () => {
  it('agrees with isLocalAddr on dotted quads', () => {
    const addrs = ['10.0.0.1', '11.0.0.1', '172.16.5.5', '172.32.0.1', '192.168.0.1', '192.169.0.1', '224.0.0.251', '8.8.8.8', '100.64.0.1', '0.0.0.0', '255.255.255.255'];
    for (const a of addrs) {
      const n = a.split('.').reduce((x, o) => x * 256 + Number(o), 0);
      expect([a, isLocalV4(n)]).toEqual([a, isLocalAddr(a)]);
      // Signed 32-bit forms (as `| 0` arithmetic leaves them) give the same answer.
      expect(isLocalV4(n | 0)).toBe(isLocalAddr(a));
    }
    expect(isLocalV4(0x0a000001)).toBe(true);
    expect(isLocalV4(0x08080808)).toBe(false);
  });
});

describe('isLocalAddrBytes', () => {
  it('agrees with isLocalAddr on the canonical text of the same bytes, at any offset', () => {
    const texts = ['fe80::1', 'febf::1', 'fec0::1', 'fc00::5', 'fd12::1', 'fe00::1', '2001:db8::1', '::1', '::', '::ffff:10.0.0.1', '::ffff:8.8.8.8', 'ff02::fb', '2600::1', '2002:a00::1'];
    const nets = [DEFAULT_LOCAL_NETS, [parseSubnet('2001:db8::/32'), parseSubnet('10.0.0.0/8')], []];
    for (const t of texts) {
      const buf = Buffer.alloc(32);
      buf.set(parseAddr(t)!, 16);
      const text = addrToString(buf, 16, 16);
      for (const n of nets) expect([t, isLocalAddrBytes(buf, 16, n)]).toEqual([t, isLocalAddr(text, n)]);
    }
    expect(isLocalAddrBytes(parseAddr('fe80::1')!, 0)).toBe(true);
    expect(isLocalAddrBytes(parseAddr('2600::1')!, 0)).toBe(false);
  });
});
