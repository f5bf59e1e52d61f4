import type { Connection } from './records';
import { TCP_CLOSED, TCP_ESTABLISHED, TCP_INACTIVE, TCP_PARTIAL, TCP_RESET, TCP_SYN_ACK_SENT, TCP_SYN_SENT } from './records';

// Row 4 of the table in engine.md 2.10: optional '^', an 'S', no originator H A F G I Q before an 'R'.
const RSTOS0_HISTORY = /^\^?S[^HAFGIQ]*R.*$/;

/**
 * The conn.log `conn_state` code of a connection from its final endpoint states
 * (engine.md 2.10; Zeek's `conn_state` in base/protocols/conn/main.zeek).
 *
 * ## Example
 * ```ts
 * connStateOf(c); // "SF" for a cleanly closed TCP connection
 * ```
 */
export function connStateOf(c: Connection): string {
  return connStateCode(c.id.proto, c.orig.state, c.resp.state, c.orig.size, c.resp.size, c.history);
}

/**
 * `connStateOf` from plain values (IP protocol, endpoint states and sizes,
 * history), so conn.log can be written from a session that never built a
 * `Connection` record.
 *
 * ## Example
 * ```ts
 * connStateCode(6, TCP_CLOSED, TCP_CLOSED, 136, 5007, 'ShADadFf'); // "SF"
 * ```
 */
export function connStateCode(proto: number, os: number, rs: number, osize: number, rsize: number, history: string): string {
  if (proto === 6) return tcpConnState(os, rs, osize, rsize, history);
  if (proto === 17) {
    if (os === 1) return rs === 1 ? 'SF' : 'S0';
    return rs === 1 ? 'SHR' : 'OTH';
  }
  return 'OTH';
}

function tcpConnState(os: number, rs: number, osize: number, rsize: number, history: string): string {
  const oInactive = os === TCP_INACTIVE || os === TCP_PARTIAL;
  const rInactive = rs === TCP_INACTIVE || rs === TCP_PARTIAL;
  if (rs === TCP_RESET) {
    if (os === TCP_SYN_SENT || os === TCP_SYN_ACK_SENT || (os === TCP_RESET && osize === 0 && rsize === 0)) return 'REJ';
    if (oInactive) return 'RSTRH';
    return 'RSTR';
  }
  if (os === TCP_RESET) {
    if (rInactive) return RSTOS0_HISTORY.test(history) ? 'RSTOS0' : 'OTH';
    return 'RSTO';
  }
  if (rs === TCP_CLOSED && os === TCP_CLOSED) return 'SF';
  if (os === TCP_CLOSED) return rInactive ? 'SH' : 'S2';
  if (rs === TCP_CLOSED) return oInactive ? 'SHR' : 'S3';
  if (os === TCP_SYN_SENT && rs === TCP_INACTIVE) return 'S0';
  if (os === TCP_ESTABLISHED && rs === TCP_ESTABLISHED) return 'S1';
  return 'OTH';
}
