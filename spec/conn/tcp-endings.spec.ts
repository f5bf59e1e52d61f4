import { createConnectionTracker } from '../../src/conn/tracker';
import { connLogRow, ConnLogRow } from '../../src/conn/connLog';
import type { Connection } from '../../src/conn/records';
import { NetworkTimeScheduler } from '../../src/time/NetworkTimeScheduler';
import type { Packet } from '../../src/packet/Packet';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN, tcp, udp } from './packets';

/**
 * The "Other TCP endings" of engine.md 3.9: exact event sequences (each event
 * written `name@time`) and the conn.log state, on hand-made packets.
 */
const EVENTS = [
  'new_connection', 'connection_established', 'connection_reset', 'connection_rejected', 'connection_finished',
  'connection_half_finished', 'connection_timeout', 'connection_pending', 'connection_state_remove', 'connection_attempt',
  'partial_connection', 'connection_partial_close',
];

function run(packets: Packet[], handled = EVENTS) {
  const scheduler = new NetworkTimeScheduler();
  const log: string[] = [];
  const rows: ConnLogRow[] = [];
  const tracker = createConnectionTracker({
    scheduler,
    events: {
      has: (n) => handled.includes(n),
      raise: (n, ...a) => log.push(`${n}@${scheduler.networkTime}${(a[0] as Connection).id.proto === 17 ? '/udp' : ''}`),
    },
    ignoreChecksums: true,
    onRemove: (c, m) => rows.push(connLogRow(c, m)),
  });
  for (const p of packets) tracker.process(p);
  tracker.finishAll();
  return { log, rows };
}

const C = '10.0.0.1:40000';
const S = '10.0.0.2:80';
const handshake = [
  tcp(1, C, S, TCP_SYN, 1000, 0),
  tcp(1.1, S, C, TCP_SYN | TCP_ACK, 5000, 1001),
  tcp(1.2, C, S, TCP_ACK, 1001, 5001),
];
// An unrelated packet far later, to let timers run before the end of input.
const later = (t: number) => udp(t, '10.9.9.9:1', '10.9.9.8:2');

describe('3.9 other TCP endings', () => {
  it('client RST in ESTABLISHED: connection_reset, then timeout + remove 5 s later (RSTO)', () => {
    const { log, rows } = run([...handshake, tcp(2, C, S, TCP_RST | TCP_ACK, 1001, 5001), later(10)]);
    expect(log.filter((l) => !l.endsWith('/udp'))).toEqual([
      'new_connection@1', 'connection_established@1.1', 'connection_reset@2', 'connection_timeout@10', 'connection_state_remove@10',
    ]);
    expect([rows[0].conn_state, rows[0].history]).toEqual(['RSTO', 'ShAR']);
  });

  it('server RST in ESTABLISHED, removed at the end of input instead (RSTR)', () => {
    const { log, rows } = run([...handshake, tcp(2, S, C, TCP_RST | TCP_ACK, 5001, 1001)]);
    expect(log).toEqual(['new_connection@1', 'connection_established@1.1', 'connection_reset@2', 'connection_state_remove@2']);
    expect([rows[0].conn_state, rows[0].history]).toEqual(['RSTR', 'ShAr']);
  });

  it('client SYN then client RST, no answer: connection_reset, RSTOS0, history SR', () => {
    const { log, rows } = run([tcp(1, C, S, TCP_SYN, 1000, 0), tcp(1.5, C, S, TCP_RST, 1001, 0)]);
    expect(log).toEqual(['new_connection@1', 'connection_reset@1.5', 'connection_state_remove@1.5']);
    expect([rows[0].conn_state, rows[0].history]).toEqual(['RSTOS0', 'SR']);
  });

  it('client FIN, server silent after the handshake: not removed by the expire timer, pending at the end (S2)', () => {
    const { log, rows } = run([...handshake, tcp(2, C, S, TCP_FIN | TCP_ACK, 1001, 5001), later(100)]);
    expect(log.filter((l) => !l.endsWith('/udp'))).toEqual([
      'new_connection@1', 'connection_established@1.1', 'connection_pending@100', 'connection_state_remove@100',
    ]);
    expect(rows.find((r) => r.proto === 'tcp')!.conn_state).toBe('S2');
  });

  it('client FIN, server silent: removed by tcp_inactivity_timeout (5 min) with connection_timeout', () => {
    const { log } = run([...handshake, tcp(2, C, S, TCP_FIN | TCP_ACK, 1001, 5001), later(400)]);
    expect(log.filter((l) => !l.endsWith('/udp')).slice(-2)).toEqual(['connection_timeout@400', 'connection_state_remove@400']);
  });

  it('client SYN then FIN, server silent: connection_half_finished at once, delete timer 5 s later (SH)', () => {
    const { log, rows } = run([tcp(1, C, S, TCP_SYN, 1000, 0), tcp(1.5, C, S, TCP_FIN, 1001, 0), later(7)]);
    expect(log.filter((l) => !l.endsWith('/udp'))).toEqual([
      'new_connection@1', 'connection_half_finished@1.5', 'connection_timeout@7', 'connection_state_remove@7',
    ]);
    expect(rows[0].conn_state).toBe('SH');
  });

  it('FIN then RST from the same side: reset timer (a connection_reset handler exists) resets and removes 5 s later', () => {
    // Other traffic at 6.5 s runs the expire timer (due 6 s) while the connection is
    // still within tcp_connection_linger, so it re-arms; the reset timer (due 7.5 s) then acts.
    const { log } = run([...handshake, tcp(2, C, S, TCP_FIN | TCP_ACK, 1001, 5001), tcp(2.5, C, S, TCP_RST, 1002, 0), later(6.5), later(7.6)]);
    expect(log.filter((l) => !l.endsWith('/udp'))).toEqual([
      'new_connection@1', 'connection_established@1.1', 'connection_reset@7.6', 'connection_state_remove@7.6',
    ]);
  });

  it('FIN then RST with no traffic until later: the expire timer (due first) removes it with connection_timeout', () => {
    const { log } = run([...handshake, tcp(2, C, S, TCP_FIN | TCP_ACK, 1001, 5001), tcp(2.5, C, S, TCP_RST, 1002, 0), later(10)]);
    expect(log.filter((l) => !l.endsWith('/udp'))).toEqual([
      'new_connection@1', 'connection_established@1.1', 'connection_timeout@10', 'connection_state_remove@10',
    ]);
  });

  it('established and idle: connection_timeout after tcp_inactivity_timeout; at the end instead pending (S1)', () => {
    const a = run([...handshake, later(400)]);
    expect(a.log.filter((l) => !l.endsWith('/udp'))).toEqual([
      'new_connection@1', 'connection_established@1.1', 'connection_timeout@400', 'connection_state_remove@400',
    ]);
    const b = run([...handshake]);
    expect(b.log).toEqual(['new_connection@1', 'connection_established@1.1', 'connection_pending@1.2', 'connection_state_remove@1.2']);
    expect(b.rows[0].conn_state).toBe('S1');
  });

  it('midstream traffic both ways: partial_connection at the first packet of the second direction (OTH)', () => {
    const { log, rows } = run([tcp(1, C, S, TCP_ACK, 7000, 9000, 10), tcp(1.1, S, C, TCP_ACK, 9000, 7010, 20)]);
    expect(log).toEqual(['new_connection@1', 'partial_connection@1.1', 'connection_pending@1.1', 'connection_state_remove@1.1']);
    expect([rows[0].conn_state, rows[0].history]).toEqual(['OTH', 'Dd']);
  });
});
