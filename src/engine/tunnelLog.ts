/**
 * tunnel.log (Zeek's base/frameworks/tunnels, engine.md 1.14): a DISCOVER row the first
 * time a tunnel carries a new connection (or becomes a connection's encapsulation), a
 * CLOSE row when a tunnel that is itself a connection (the UDP tunnels) is removed, an
 * EXPIRE row when no connection used the tunnel for `Tunnel::expiration_interval`.
 * Written in TypeScript beside conn.log, like the other script logs.
 */
import type { Connection } from '../conn/records';
import type { EncapStack, EncapsulatingConn } from '../packet/Encapsulation';
import { FLAT_CONN_ID_COLUMNS } from './flatConnIdColumns';
import type { LogColumn, ScriptLog } from './scriptLogs';

/** tunnel.log's columns (Zeek's Tunnel::Info). */
export const TUNNEL_COLUMNS: readonly LogColumn[] = [
  ...FLAT_CONN_ID_COLUMNS,
  ['tunnel_type', 'enum', (r) => r.tunnel_type],
  ['action', 'enum', (r) => r.action],
];

/** What the tunnel log needs from the scheduler (`NetworkTimeScheduler` fits). */
export interface TunnelLogClock {
  readonly terminating: boolean;
  at<S>(due: number, fn: (state: S, now: number) => void, state?: S): unknown;
}

/** The hooks the connection tracker calls (its `tunnels.onEncap` / `tunnels.onRemoved`). */
export interface TunnelLog {
  onEncap(encap: EncapStack, ts: number): void;
  onRemoved(c: Connection, ts: number): void;
}

interface ActiveTunnel {
  key: string;
  ec: EncapsulatingConn;
  /** Network time of the last registration attempt: Zeek's `&read_expire` counts the `in` test. */
  lastRead: number;
}

/**
 * Creates the tunnel.log writer over `log` (an `openScriptLog(dir, 'tunnel', TUNNEL_COLUMNS, json)`).
 *
 * ## Example
 * ```ts
 * const tl = createTunnelLog(openScriptLog('.', 'tunnel', TUNNEL_COLUMNS, false), scheduler, 3600);
 * tl.onEncap([ec], 1.5); // one DISCOVER row
 * ```
 */
export function createTunnelLog(log: ScriptLog, clock: TunnelLogClock, expirationInterval: number): TunnelLog {
  /** Zeek's `Tunnel::active`, keyed by the tunnel's `conn_id`. */
  const active = new Map<string, ActiveTunnel>();
  /** Active tunnels that are connections, by UID: their removal closes them. */
  const closing = new Map<string, ActiveTunnel>();

  function write(a: ActiveTunnel, ts: number, action: string): void {
    const ec = a.ec;
    log.write({
      ts,
      uid: ec.uid,
      orig_h: ec.origH,
      orig_p: ec.origP,
      resp_h: ec.respH,
      resp_p: ec.respP,
      tunnel_type: ec.type,
      action,
    });
  }

  function end(a: ActiveTunnel, ts: number, action: string): void {
    write(a, ts, action);
    active.delete(a.key);
    closing.delete(a.ec.uid);
  }

  // Table expiry runs on network time and not at termination (Zeek leaves the table as it is).
  function expireCheck(a: ActiveTunnel, now: number): void {
    if (clock.terminating || active.get(a.key) !== a) return;
    if (now - a.lastRead >= expirationInterval) end(a, now, 'Tunnel::EXPIRE');
    else clock.at(a.lastRead + expirationInterval, expireCheck, a);
  }

  return {
    onEncap(encap, ts) {
      for (const ec of encap) {
        const key = `${ec.origH}|${ec.origP}|${ec.respH}|${ec.respP}|${ec.portBits}`;
        const have = active.get(key);
        if (have !== undefined) {
          have.lastRead = ts;
          continue;
        }
        const a: ActiveTunnel = { key, ec, lastRead: ts };
        active.set(key, a);
        // Only a UDP tunnel is a live connection whose removal hook closes it.
        if (ec.portBits !== 0) closing.set(ec.uid, a);
        write(a, ts, 'Tunnel::DISCOVER');
        if (expirationInterval > 0) clock.at(ts + expirationInterval, expireCheck, a);
      }
    },
    onRemoved(c, ts) {
      if (closing.size === 0) return;
      const a = closing.get(c.uid);
      if (a !== undefined) end(a, ts, 'Tunnel::CLOSE');
    },
  };
}
