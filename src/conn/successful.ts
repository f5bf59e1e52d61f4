/**
 * Zeek's "successful" connections (Zeek ≥ 3.1; src/Conn.cc, the TCP analyzer): `c$successful`,
 * `connection_successful(c)` once a connection becomes successful, and `successful_connection_remove(c)`
 * right after `connection_state_remove` for the successful ones. A non-TCP connection is successful after its
 * first packet; a TCP one once a packet reached the state machine and the connection is past a lone SYN or
 * SYN-ACK (the responder spoke, or the originator is in any state but SYN_SENT / SYN_ACK_SENT). That is the
 * condition Zeek's TCP analyzer tests after its state machine (`resp->state != INACTIVE || (orig->state !=
 * SYN_SENT && orig->state != SYN_ACK_SENT)` → `SetSuccessful()`), so a connection whose first packet is a
 * SYN-ACK (flipped, history `^h`: the sender became the responder, now ESTABLISHED) is successful at once.
 *
 * Kept only when a script uses it: the tracker then wraps `process` with {@link afterPacketSuccessful}.
 */
import { TCP_INACTIVE, TCP_SYN_ACK_SENT, TCP_SYN_SENT } from './records';
import { KIND_TCP, type Session } from './session';
import { raise } from './sessionOps';

/**
 * After a packet's own events: marks `s` successful if it now is, and raises `connection_successful` (queued
 * behind the packet's events, as Zeek raises it after the analyzers ran).
 *
 * ## Example
 * ```ts
 * const s = process(pkt);
 * if (s !== undefined) afterPacketSuccessful(s);
 * ```
 */
export function afterPacketSuccessful(s: Session): void {
  if (s.successful || s.removed) return;
  if (s.kind === KIND_TCP) {
    const o = s.orig.state;
    const r = s.resp.state;
    // Both inactive: the packet was dropped before the state machine (bad checksum, bad header).
    if (o === TCP_INACTIVE && r === TCP_INACTIVE) return;
    if (r === TCP_INACTIVE && (o === TCP_SYN_SENT || o === TCP_SYN_ACK_SENT)) return;
  }
  s.successful = true;
  if (s.rec !== null) s.rec.successful = true;
  raise(s, 'connection_successful');
}
