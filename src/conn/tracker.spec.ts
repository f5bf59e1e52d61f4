import { createConnectionTracker, ConnectionTrackerOptions } from './tracker';
import { NetworkTimeScheduler } from '../time/NetworkTimeScheduler';
import { connLogRow, ConnLogRow } from './connLog';
import type { Connection } from './records';
import type { ConnectionUpdate } from './session';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN, tcp, udp, icmp, ipv4Packet } from '../../spec/conn/packets';
import { makePort, PORT_ICMP, PORT_TCP, PORT_UDP } from '../runtime/port';
import { createPacket } from '../packet/createPacket';

function make(extra: Partial<ConnectionTrackerOptions> = {}, handled: string[] = []) {
  const scheduler = new NetworkTimeScheduler();
  const raised: { name: string; args: unknown[] }[] = [];
  const rows: ConnLogRow[] = [];
  const tracker = createConnectionTracker({
    scheduler,
    events: { has: (n) => handled.includes(n), raise: (name, ...args) => raised.push({ name, args }) },
    ignoreChecksums: true,
    onRemove: (c, m) => rows.push(connLogRow(c, m)),
    ...extra,
  });
  return { scheduler, tracker, raised, rows };
}

const C = '10.0.0.1:40000';
const S = '10.0.0.2:80';

describe('connection tracker', () => {
  it('frees a removed connection: timers cancelled, buffers dropped, table empty', () => {
    const { scheduler, tracker } = make();
    tracker.process(tcp(1, C, S, TCP_SYN, 1000, 0));
    tracker.process(tcp(1.1, S, C, TCP_SYN | TCP_ACK, 5000, 1001));
    tracker.process(tcp(1.2, C, S, TCP_ACK, 1001, 5001));
    // Data above a hole stays buffered.
    tracker.process(tcp(1.3, C, S, TCP_ACK, 1101, 5001, 50));
    expect(tracker.bufferedBytes).toBe(50);
    expect(tracker.activeCount).toBe(1);
    expect(scheduler.pendingCount).toBeGreaterThan(0);
    // A new SYN after both sides reset: reuse removes the old connection.
    tracker.process(tcp(1.4, C, S, TCP_RST | TCP_ACK, 1151, 5001));
    tracker.process(tcp(1.5, S, C, TCP_RST, 5001, 0));
    tracker.process(tcp(20, C, S, TCP_SYN, 9000, 0));
    expect(tracker.activeCount).toBe(1);
    expect(tracker.bufferedBytes).toBe(0);
    tracker.finishAll();
    expect(tracker.activeCount).toBe(0);
    expect(scheduler.pendingCount).toBe(0);
  });

  it('a removed connection leaves no timer behind (inactivity removal)', () => {
    const { scheduler, tracker, rows } = make();
    tracker.process(udp(1, '10.0.0.1:1000', '10.0.0.2:2000'));
    expect(scheduler.pendingCount).toBe(1);
    tracker.process(udp(200, '10.0.0.3:1000', '10.0.0.4:2000'));
    expect(rows.length).toBe(1);
    expect(scheduler.pendingCount).toBe(1);
  });

  it('matches both directions of an IPv6 flow to one connection', () => {
    const { tracker, rows } = make();
    const v6 = (ts: number, from: number, to: number, sp: number, dp: number) => {
      const p = createPacket();
      const d = Buffer.alloc(40 + 8 + 4);
      d[0] = 0x60;
      d.writeUInt16BE(12, 4);
      d[6] = 17;
      d[7] = 64;
      d[23] = from;
      d[39] = to;
      d[8] = d[24] = 0x20;
      d.writeUInt16BE(sp, 40);
      d.writeUInt16BE(dp, 42);
      d.writeUInt16BE(12, 44);
      Object.assign(p, {
        ts, data: d, caplen: d.length, len: d.length, ipVersion: 6, ipOff: 0, ipHdrLen: 40, ipTotalLen: 52, ttl: 64,
        addrBuf: d, srcOff: 8, dstOff: 24, proto: 17, l4Off: 40, l4Len: 12, l4Cap: 12, srcPort: sp, dstPort: dp,
        payloadOff: 48, payloadLen: 4, payloadCap: 4,
      });
      return p;
    };
    tracker.process(v6(1, 1, 2, 5000, 6000));
    tracker.process(v6(2, 2, 1, 6000, 5000));
    tracker.finishAll();
    expect(rows.map((r) => [r['id.orig_h'], r['id.resp_h'], r.history, r.conn_state])).toEqual([['2000::1', '2000::2', 'Dd', 'SF']]);
  });

  it('ICMP one-way types are not canonicalised: each direction is its own connection', () => {
    const { tracker, rows } = make();
    tracker.process(icmp(1, '10.0.0.1', '10.0.0.2', 3, 3));
    tracker.process(icmp(2, '10.0.0.2', '10.0.0.1', 3, 3));
    tracker.process(icmp(3, '10.0.0.1', '10.0.0.2', 8, 0));
    tracker.process(icmp(4, '10.0.0.2', '10.0.0.1', 0, 0));
    tracker.finishAll();
    expect(rows.map((r) => `${r['id.orig_h']}:${r['id.orig_p']}>${r['id.resp_h']}:${r['id.resp_p']} ${r.orig_pkts}/${r.resp_pkts}`).sort()).toEqual([
      '10.0.0.1:3>10.0.0.2:3 1/0',
      '10.0.0.1:8>10.0.0.2:0 1/1',
      '10.0.0.2:3>10.0.0.1:3 1/0',
    ]);
  });

  it('lookup finds a live connection by its conn_id in either orientation, through the table', () => {
    const { tracker } = make();
    tracker.process(udp(1, '10.0.0.1:40000', '10.0.0.2:5353'));
    tracker.process(icmp(2, '10.0.0.1', '10.0.0.2', 3, 3)); // one-way type: keyed in packet direction
    const U = makePort(0, PORT_UDP);
    const fwd = tracker.lookup({ orig_h: '10.0.0.1', orig_p: U | 40000, resp_h: '10.0.0.2', resp_p: U | 5353 });
    const rev = tracker.lookup({ orig_h: '10.0.0.2', orig_p: U | 5353, resp_h: '10.0.0.1', resp_p: U | 40000 });
    expect(fwd?.uid).toBeDefined();
    expect(rev?.uid).toBe(fwd?.uid);
    const I = makePort(0, PORT_ICMP);
    expect(tracker.lookup({ orig_h: '10.0.0.1', orig_p: I | 3, resp_h: '10.0.0.2', resp_p: I | 3 })).toBeDefined();
    expect(tracker.lookup({ orig_h: '10.0.0.1', orig_p: U | 40001, resp_h: '10.0.0.2', resp_p: U | 5353 })).toBeUndefined();
    expect(tracker.lookup({ orig_h: '10.0.0.1', orig_p: makePort(40000, PORT_TCP), resp_h: '10.0.0.2', resp_p: makePort(5353, PORT_TCP) })).toBeUndefined();
    expect(tracker.lookup({ orig_h: 'not an address', orig_p: U | 1, resp_h: '10.0.0.2', resp_p: U | 2 })).toBeUndefined();
  });

  it('setInactivityTimeout re-arms the connection\'s inactivity timer and returns the old timeout', () => {
    const { tracker, scheduler, raised } = make({}, ['connection_timeout']);
    tracker.process(udp(100, '10.0.0.1:40000', '10.0.0.2:5353'));
    const U = makePort(0, PORT_UDP);
    const id = { orig_h: '10.0.0.1', orig_p: U | 40000, resp_h: '10.0.0.2', resp_p: U | 5353 };
    expect(tracker.setInactivityTimeout(id, 5)).toBe(tracker.options.udp_inactivity_timeout);
    expect(tracker.setInactivityTimeout({ ...id, resp_p: U | 1 }, 5)).toBeUndefined();
    scheduler.advanceTo(104);
    expect(tracker.activeCount).toBe(1);
    scheduler.advanceTo(105);
    expect(tracker.activeCount).toBe(0);
    expect(raised.map((r) => r.name)).toContain('connection_timeout');
  });

  it('flips a UDP reply from a likely server port at creation (history ^d), not towards broadcast', () => {
    const { tracker, rows } = make({ options: { likely_server_ports: new Set([makePort(67, PORT_UDP)]) } });
    tracker.process(udp(1, '10.0.0.9:67', '10.0.0.7:68'));
    tracker.process(udp(2, '10.0.0.9:67', '255.255.255.255:68'));
    tracker.finishAll();
    expect(rows.map((r) => [r['id.orig_h'], r['id.orig_p'], r.history, r.conn_state])).toEqual([
      ['10.0.0.7', 68, '^d', 'SHR'],
      ['10.0.0.9', 67, 'D', 'S0'],
    ]);
  });

  it('delivers the reassembled stream in order to onStreamData, gaps to onStreamGap', () => {
    const got: string[] = [];
    const { tracker } = make({
      onStreamData: (_c, isOrig, data, seq) => got.push(`${isOrig ? 'o' : 'r'}${seq}:${data.length}`),
      onStreamGap: (_c, isOrig, seq, len) => got.push(`${isOrig ? 'o' : 'r'}gap${seq}+${len}`),
    });
    tracker.process(tcp(1, C, S, TCP_SYN, 1000, 0));
    tracker.process(tcp(1.1, S, C, TCP_SYN | TCP_ACK, 5000, 1001));
    tracker.process(tcp(1.2, C, S, TCP_ACK, 1011, 5001, 10));
    tracker.process(tcp(1.3, C, S, TCP_ACK, 1001, 5001, 10));
    tracker.process(tcp(1.4, S, C, TCP_ACK, 5001, 1041));
    expect(got).toEqual(['o1:10', 'o11:10', 'ogap21+20']);
  });

  it('raises conn_weird with the refreshed record and flow/net weirds through weirdSink', () => {
    const seen: unknown[][] = [];
    const scheduler = new NetworkTimeScheduler();
    const tracker = createConnectionTracker({
      scheduler,
      events: { has: (n) => n.endsWith('weird'), raise: (...a) => seen.push(a) },
      ignoreChecksums: true,
    });
    tracker.weirdSink({ kind: 'flow', name: 'truncated_header', addl: '', source: 'TCP', ts: 1, src: '1.2.3.4', dst: '5.6.7.8' });
    tracker.weirdSink({ kind: 'net', name: 'truncated_IP', addl: '', source: 'IP', ts: 1 });
    tracker.process(tcp(1, C, S, TCP_FIN, 1000, 0));
    expect(seen[0]).toEqual(['flow_weird', 'truncated_header', '1.2.3.4', '5.6.7.8', '', 'TCP']);
    expect(seen[1]).toEqual(['net_weird', 'truncated_IP', '', 'IP']);
    expect(seen[2][0]).toBe('conn_weird');
    expect(seen[2][1]).toBe('spontaneous_FIN');
    expect((seen[2][2] as Connection).history).toBe('F');
  });

  it('counts a bad TCP checksum as history C, not as a packet (tcp-syn-bad)', () => {
    const { tracker, rows } = make({ ignoreChecksums: false });
    const p = tcp(1, C, S, TCP_SYN, 1000, 0);
    tracker.process(p);
    tracker.finishAll();
    expect([rows[0].history, rows[0].orig_pkts, rows[0].conn_state]).toEqual(['C', 0, 'OTH']);
  });

  it('connections$ reports new, established and removed', () => {
    const { tracker } = make();
    const seen: string[] = [];
    const sub = tracker.connections$.subscribe((u: ConnectionUpdate) => seen.push(`${u.kind}@${u.ts}`));
    tracker.process(tcp(1, C, S, TCP_SYN, 1000, 0));
    tracker.process(tcp(2, S, C, TCP_SYN | TCP_ACK, 5000, 1001));
    tracker.finishAll();
    sub.unsubscribe();
    expect(seen).toEqual(['new@1', 'established@2', 'removed@2']);
  });

  it('unknown IP protocols get an unknown_transport session (engine.md 1.14)', () => {
    const { tracker, rows } = make();
    tracker.process(ipv4Packet({ ts: 1, src: '1.1.1.1', dst: '1.1.2.1', proto: 253, l4: Buffer.alloc(80), payloadOffInL4: 0 }));
    tracker.finishAll();
    expect([rows[0].proto, rows[0]['id.orig_p'], rows[0].orig_pkts, rows[0].conn_state, rows[0].ip_proto]).toEqual(['unknown_transport', 0, 1, 'OTH', 253]);
  });

  it('half-finished: SYN then FIN with no answer is SH with connection_half_finished', () => {
    const { tracker, raised, rows } = make({}, ['connection_half_finished']);
    tracker.process(tcp(1, C, S, TCP_SYN, 1000, 0));
    tracker.process(tcp(1.5, C, S, TCP_FIN | TCP_ACK, 1001, 0));
    tracker.finishAll();
    expect(raised.map((r) => r.name)).toEqual(['connection_half_finished']);
    expect([rows[0].conn_state, rows[0].history]).toEqual(['SH', 'SF']);
  });

  it('keeps the TCP-States matrix of live connections (engine.md 2.7)', () => {
    const { tracker } = make();
    tracker.process(tcp(1, C, S, TCP_SYN, 1000, 0));
    expect(tracker.tcpStates()[1][0]).toBe(1); // Syn / Inact.
    tracker.process(tcp(1.1, S, C, TCP_SYN | TCP_ACK, 5000, 1001));
    const m = tracker.tcpStates();
    expect(m[4][4]).toBe(1); // Est. / Est.
    expect(m.flat().reduce((a, b) => a + b, 0)).toBe(1);
    tracker.finishAll();
    expect(tracker.tcpStates().flat().every((v) => v === 0)).toBe(true);
  });

  it('delivers tcp_contents when enabled for the direction (4.2), udp_contents by port (3.2)', () => {
    const { tracker, raised } = make(
      { options: { tcp_content_deliver_all_orig: true, udp_content_delivery_ports_orig: new Set([makePort(53, PORT_UDP)]) } },
      ['tcp_contents', 'udp_contents'],
    );
    tracker.process(tcp(1, C, S, TCP_SYN, 1000, 0));
    tracker.process(tcp(1.1, S, C, TCP_SYN | TCP_ACK, 5000, 1001));
    tracker.process(tcp(1.2, C, S, TCP_ACK, 1001, 5001, 4));
    tracker.process(tcp(1.3, S, C, TCP_ACK, 5001, 1005, 3));
    tracker.process(udp(2, '10.0.0.1:999', '10.0.0.2:53', 2));
    tracker.process(udp(2.1, '10.0.0.2:53', '10.0.0.1:999', 2));
    expect(raised.map((r) => [r.name, r.args[1], r.args[r.args.length - 1]])).toEqual([
      ['tcp_contents', true, 'xxxx'],
      ['udp_contents', true, 'AA'],
    ]);
  });

  it('builds the record lazily with the first packet\'s MACs and VLANs, in the current orientation', () => {
    const { tracker, rows } = make({ options: { likely_server_ports: new Set([makePort(53, PORT_UDP)]) } });
    let removed: Connection | undefined;
    tracker.connections$.subscribe((u) => {
      if (u.kind === 'removed') removed = u.conn;
    });
    const p = udp(1, '10.0.0.9:53', '10.0.0.7:4000');
    // Prepend an Ethernet header: dst 00:11:22:33:44:55, src 66:77:88:99:aa:bb.
    const eth = Buffer.concat([Buffer.from('001122334455' + '66778899aabb' + '0800', 'hex'), p.data]);
    Object.assign(p, { data: eth, addrBuf: eth, l2DstOff: 0, l2SrcOff: 6, ipOff: 14, srcOff: 26, dstOff: 30, l4Off: 34, payloadOff: 42, vlan: 7, innerVlan: -1 });
    tracker.process(p);
    tracker.finishAll();
    // 53/udp is a likely server port: the reply's sender becomes the responder, and its MAC moves with it.
    expect([removed!.id.orig_h, removed!.orig.l2_addr, removed!.resp.l2_addr, removed!.vlan, 'inner_vlan' in removed!]).toEqual([
      '10.0.0.7',
      '00:11:22:33:44:55',
      '66:77:88:99:aa:bb',
      7,
      false,
    ]);
    expect(rows[0].history).toBe('^d');
  });

  it('hook order: onIcmpHeader before the icmp_* event, onPacket after; onRemove before the removal events', () => {
    const order: string[] = [];
    const { tracker, raised } = make(
      {
        onIcmpHeader: (_c, isOrig) => order.push(`header ${isOrig}`),
        onPacket: (_c, isOrig) => order.push(`packet ${isOrig}`),
        onRemove: () => order.push(`remove after ${raised.length} events`),
      },
      ['icmp_echo_request', 'icmp_echo_reply', 'connection_state_remove'],
    );
    tracker.process(icmp(1, '10.0.0.1', '10.0.0.2', 8, 0));
    order.push(`raised ${raised.map((r) => r.name).join(',')}`);
    tracker.process(icmp(2, '10.0.0.2', '10.0.0.1', 0, 0));
    tracker.finishAll();
    expect(order).toEqual([
      'header true', 'packet true', 'raised icmp_echo_request',
      'header false', 'packet false',
      'remove after 2 events',
    ]);
    expect(raised.map((r) => r.name)).toEqual(['icmp_echo_request', 'icmp_echo_reply', 'connection_state_remove']);
  });

  it('onIcmpHeader runs before the icmp_* event is raised', () => {
    let seenAtHeader = -1;
    const { tracker, raised } = make({ onIcmpHeader: () => (seenAtHeader = raised.length) }, ['icmp_echo_request']);
    tracker.process(icmp(1, '10.0.0.1', '10.0.0.2', 8, 0));
    expect(seenAtHeader).toBe(0);
    expect(raised.map((r) => r.name)).toEqual(['icmp_echo_request']);
  });
});
