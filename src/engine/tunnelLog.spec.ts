import { encapsulatingConn, type EncapsulatingConn } from '../packet/Encapsulation';
import type { Connection } from '../conn/records';
import { NetworkTimeScheduler } from '../time/NetworkTimeScheduler';
import { formatLogTsv, type ScriptLog } from './scriptLogs';
import { createTunnelLog, TUNNEL_COLUMNS } from './tunnelLog';

function setup(interval = 3600) {
  const rows: string[] = [];
  const log: ScriptLog = { write: (r) => rows.push(formatLogTsv(TUNNEL_COLUMNS, r)), close: () => undefined };
  const scheduler = new NetworkTimeScheduler();
  return { rows, scheduler, tl: createTunnelLog(log, scheduler, interval) };
}

const ip: EncapsulatingConn = encapsulatingConn('Tunnel::IP', 'CIP', '192.0.2.1', 0, '192.0.2.2', 0, 0, 65535);
const vx: EncapsulatingConn = encapsulatingConn('Tunnel::VXLAN', 'CVX', '192.0.2.1', 51000, '192.0.2.2', 4789, 0x20000, 17);
const conn = (uid: string) => ({ uid }) as Connection;

describe('tunnel.log', () => {
  test('DISCOVER once per tunnel (outermost first), CLOSE when a UDP tunnel connection is removed', () => {
    const { rows, tl } = setup();
    tl.onEncap([vx, ip], 10);
    tl.onEncap([vx, ip], 11);
    tl.onRemoved(conn('COTHER'), 12);
    tl.onRemoved(conn('CVX'), 13);
    // An IP tunnel is no connection: nothing closes it.
    tl.onRemoved(conn('CIP'), 14);
    expect(rows).toEqual([
      '10.000000\tCVX\t192.0.2.1\t51000\t192.0.2.2\t4789\tTunnel::VXLAN\tTunnel::DISCOVER',
      '10.000000\tCIP\t192.0.2.1\t0\t192.0.2.2\t0\tTunnel::IP\tTunnel::DISCOVER',
      '13.000000\tCVX\t192.0.2.1\t51000\t192.0.2.2\t4789\tTunnel::VXLAN\tTunnel::CLOSE',
    ]);
  });

  test('EXPIRE after Tunnel::expiration_interval without use; a use pushes it back', () => {
    const { rows, tl, scheduler } = setup(100);
    scheduler.advanceTo(10);
    tl.onEncap([ip], 10);
    scheduler.advanceTo(60);
    tl.onEncap([ip], 60);
    scheduler.advanceTo(150);
    expect(rows).toHaveLength(1);
    // Due at 160; timers run with the network time they fire at, which the row shows (network_time()).
    scheduler.advanceTo(200);
    expect(rows[1]).toBe('200.000000\tCIP\t192.0.2.1\t0\t192.0.2.2\t0\tTunnel::IP\tTunnel::EXPIRE');
    // Expired: the next use is a new discovery.
    tl.onEncap([ip], 300);
    expect(rows[2]).toMatch(/^300\.000000\tCIP\t.*\tTunnel::DISCOVER$/);
  });

  test('no EXPIRE at termination (Zeek leaves the table as it is)', () => {
    const { rows, tl, scheduler } = setup(100);
    scheduler.advanceTo(10);
    tl.onEncap([ip], 10);
    scheduler.flushAll();
    expect(rows).toHaveLength(1);
  });
});
