import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDecoder, type Decoder } from '../packet/createDecoder';
import type { EncapStack } from '../packet/Encapsulation';
import { NetworkTimeScheduler } from '../time/NetworkTimeScheduler';
import type { ConnLogRow } from './connLog';
import type { Connection } from './records';
import { createConnectionTracker } from './tracker';
import { createUidSource } from './uid';

const TRACES = join(__dirname, '..', '..', 'traces', 'tunnels');

function records(file: string) {
  const b = readFileSync(join(TRACES, file));
  const out = [];
  for (let off = 24; off < b.length; ) {
    const caplen = b.readUInt32LE(off + 8);
    out.push({ ts: b.readUInt32LE(off) + b.readUInt32LE(off + 4) / 1e6, caplen, len: b.readUInt32LE(off + 12), data: b.subarray(off + 16, off + 16 + caplen), linkType: 1 });
    off += 16 + caplen;
  }
  return out;
}

/** Decoder + tracker wired as the CLI does, with the named events handled. */
function run(file: string, handled: string[] = []) {
  const scheduler = new NetworkTimeScheduler();
  const raised: { name: string; args: unknown[] }[] = [];
  const rows: ConnLogRow[] = [];
  const encaps: string[] = [];
  const removed: string[] = [];
  const uids = createUidSource({ deterministic: true });
  let decoder: Decoder | undefined;
  const tracker = createConnectionTracker({
    scheduler,
    events: { has: (n) => handled.includes(n), raise: (name, ...args) => raised.push({ name, args }) },
    ignoreChecksums: false,
    uids,
    onConnLog: (r) => rows.push(r),
    tunnels: {
      decoder: {
        decodeUdpTunnel: (p, k, ec) => decoder!.decodeUdpTunnel(p, k, ec),
        get lastTunnel() {
          return decoder!.lastTunnel;
        },
      },
      onEncap: (e: EncapStack, ts) => encaps.push(`${ts} ${e.map((x) => x.uid).join('/')}`),
      onRemoved: (c: Connection) => removed.push(c.uid),
    },
  });
  decoder = createDecoder({ onWeird: tracker.weirdSink, tunnels: { newUid: uids } });
  for (const r of records(file)) {
    scheduler.advanceTo(r.ts);
    const p = decoder.decode(r);
    if (p) tracker.process(p);
  }
  tracker.finishAll();
  return { raised, rows, encaps, removed };
}

describe('connections in tunnels', () => {
  test('the inner connection gets tunnel_parents; the IP tunnel has no connection', () => {
    const { rows, encaps, removed } = run('gre-http.pcap');
    expect(rows.map((r) => [r.uid, r['id.resp_p'], r.tunnel_parents])).toEqual([['ClEkJM2Vm5giqnMf4h', 80, ['CHhAvVGS1DHFjwGM9']]]);
    // Reported once, at new_connection (later packets carry the same stack object).
    expect(encaps).toEqual(['1795700030 CHhAvVGS1DHFjwGM9']);
    // Only connections with a record can be tunnels (the UDP ones); nothing needed this one's.
    expect(removed).toEqual([]);
  });

  test('connection$tunnel at new_connection; tunnel_changed before new_packet, with the new vector', () => {
    const { raised } = run('tunnel-changed.pcap', ['new_connection', 'tunnel_changed', 'new_packet']);
    const names = raised.map((e) => e.name);
    expect(names.slice(0, 5)).toEqual(['new_connection', 'new_packet', 'tunnel_changed', 'new_packet', 'tunnel_changed']);
    const c = raised[0].args[0] as Connection;
    expect(raised[2].args[1]).toEqual([]);
    // GRE between the same hosts is a tunnel of its own (Zeek keeps one table per analyzer).
    expect((raised[4].args[1] as { uid: string; tunnel_type: string }[]).map((e) => [e.uid, e.tunnel_type])).toEqual([['C4J4Th3PJpwUYZZ6gc', 'Tunnel::GRE']]);
    // The record follows the latest encapsulation: outside any tunnel at the end.
    expect(c.tunnel).toBeUndefined();
    expect(names.filter((n) => n === 'tunnel_changed')).toHaveLength(3);
  });

  test('VXLAN: outer connections with service vxlan, both parents on the inner one, CLOSE hooks on removal', () => {
    const { rows, removed } = run('vxlan-http.pcap');
    const byUid = new Map(rows.map((r) => [r.uid, r]));
    expect(byUid.get('ClEkJM2Vm5giqnMf4h')!.tunnel_parents).toEqual(['CHhAvVGS1DHFjwGM9', 'C4J4Th3PJpwUYZZ6gc']);
    expect(byUid.get('CHhAvVGS1DHFjwGM9')!.service).toEqual(['vxlan']);
    expect(byUid.get('C4J4Th3PJpwUYZZ6gc')!.service).toEqual(['vxlan']);
    expect(removed.sort()).toEqual(['C4J4Th3PJpwUYZZ6gc', 'CHhAvVGS1DHFjwGM9']);
  });

  test('Teredo is confirmed (service) only once both directions carried a valid packet', () => {
    const { rows } = run('teredo-http.pcap');
    expect(rows.find((r) => r['id.resp_p'] === 3544)!.service).toEqual(['teredo']);
    const { rows: one } = run('tunnel-errors.pcap');
    // The VXLAN packet without its I flag: a plain UDP connection, no service.
    expect(one.find((r) => r['id.resp_p'] === 4789)!.service).toEqual([]);
  });

  test('GTPv1 and AYIYA carry their inner connection', () => {
    for (const [file, service] of [['gtp-http.pcap', 'gtpv1'], ['ayiya-http.pcap', 'ayiya']]) {
      const { rows } = run(file);
      expect(rows.map((r) => [r.proto, r.service.join(','), r.tunnel_parents.length]).sort()).toEqual([
        ['tcp', '', 1],
        ['udp', service, 0],
      ]);
    }
  });
});

describe('malformed tunnels never crash', () => {
  test('every packet of every tunnel trace cut at every length, and with flipped bytes, decodes and tracks without throwing', () => {
    const files = ['ipip-http.pcap', '6in4-http.pcap', '4in6-http.pcap', 'gre-http.pcap', 'gre6-http.pcap', 'gre-eth-http.pcap', 'pptp-http.pcap',
      'vxlan-http.pcap', 'geneve-http.pcap', 'teredo-http.pcap', 'teredo-detect.pcap', 'ayiya-http.pcap', 'gtp-http.pcap', 'tunnel-errors.pcap'];
    const scheduler = new NetworkTimeScheduler();
    const uids = createUidSource({ deterministic: true });
    let decoder: Decoder | undefined;
    const tracker = createConnectionTracker({
      scheduler,
      events: { has: () => true, raise: () => undefined },
      ignoreChecksums: true,
      uids,
      tunnels: {
        decoder: {
          decodeUdpTunnel: (p, k, ec) => decoder!.decodeUdpTunnel(p, k, ec),
          get lastTunnel() {
            return decoder!.lastTunnel;
          },
        },
        onEncap: () => undefined,
        onRemoved: () => undefined,
      },
    });
    decoder = createDecoder({ onWeird: tracker.weirdSink, ignoreChecksums: true, tunnels: { newUid: uids } });
    let n = 0;
    for (const f of files) {
      for (const r of records(f)) {
        for (let cut = 14; cut <= r.caplen; cut++) {
          const data = Buffer.from(r.data.subarray(0, cut));
          // Every other cut also gets one byte past the outer IP header inverted (tunnel headers, inner headers).
          if (cut % 2 === 0 && cut > 40) data[34 + ((cut * 7) % (cut - 34))] ^= 0xff;
          const p = decoder.decode({ ...r, data, caplen: cut });
          if (p) tracker.process(p);
          n++;
        }
      }
    }
    tracker.finishAll();
    expect(n).toBeGreaterThan(10000);
  });
});
