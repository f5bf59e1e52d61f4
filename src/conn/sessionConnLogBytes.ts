import { addrToString } from '../packet/addrToString';
import type { AsciiBuffer } from './AsciiBuffer';
import { rawText, tsvString } from './tsvColumns';
import { connStateCode } from './connState';
import { isLocalAddrBytes, isLocalV4, type Subnet } from './localNets';
import { KIND_ICMP, KIND_TCP, KIND_UDP, type Session } from './session';
import { origPortNumber, respPortNumber } from './sessionOps';
import { tcpEndpointSize } from './tcpSeq';

/**
 * Appends the tab-separated conn.log line (without newline) of a removed
 * session that has no `Connection` record, read straight from its plain state:
 * the bytes `writeConnLogTsv(out, sessionConnLogRow(s, localNets))` gives, but
 * without the row object, and IPv4 addresses written as digits from the
 * session's numbers rather than copied from a cached string (on a long trace
 * those strings are cold by the time the connection ends). A session with a
 * record (scripts may have set its `service`) or with the MAC columns goes
 * through the row (`ConnLogByteWriter.writeSession` decides).
 *
 * ## Example
 * ```ts
 * const b = new AsciiBuffer();
 * writeSessionConnLogTsv(b, s, DEFAULT_LOCAL_NETS); // s.rec === null
 * b.view().toString() === formatConnLogTsv(sessionConnLogRow(s, DEFAULT_LOCAL_NETS)); // true
 * ```
 */
export function writeSessionConnLogTsv(out: AsciiBuffer, s: Session, localNets: readonly Subnet[]): void {
  const tcp = s.kind === KIND_TCP;
  const o = s.orig;
  const r = s.resp;
  const osize = tcp ? tcpEndpointSize(o, r) : o.size;
  const rsize = tcp ? tcpEndpointSize(r, o) : r.size;
  // As connLogRow: duration and byte counts only when the duration is positive.
  const duration = s.lastTime - s.startTime;
  const timed = duration > 0;
  const nets = localNets.length > 0;
  const la = !nets ? undefined : s.v6 ? isLocalAddrBytes(s.a6b6, 0, localNets) : isLocalV4(s.a4, localNets);
  const lb = !nets ? undefined : s.v6 ? isLocalAddrBytes(s.a6b6, 16, localNets) : isLocalV4(s.b4, localNets);
  const history = s.hist;
  // Column by column as writeConnLogTsv writes them (room for all but the strings).
  out.reserve(1024);
  out.fixed6(s.startTime);
  out.byte(9);
  tsvString(out, s.uid);
  out.byte(9);
  address(out, s, s.origIsA);
  out.byte(9);
  out.count(origPortNumber(s));
  out.byte(9);
  address(out, s, !s.origIsA);
  out.byte(9);
  out.count(respPortNumber(s));
  out.byte(9);
  out.str(tcp ? 'tcp' : s.kind === KIND_UDP ? 'udp' : s.kind === KIND_ICMP ? 'icmp' : 'unknown_transport');
  out.byte(9);
  out.byte(0x2d); // service: the set is empty without a record
  out.byte(9);
  if (timed) {
    out.fixed6(duration);
    out.byte(9);
    out.count(osize);
    out.byte(9);
    out.count(rsize);
  } else {
    out.byte(0x2d);
    out.byte(9);
    out.byte(0x2d);
    out.byte(9);
    out.byte(0x2d);
  }
  out.byte(9);
  tsvString(out, connStateCode(s.proto, o.state, r.state, osize, rsize, history));
  out.byte(9);
  localFlag(out, s.origIsA ? la : lb);
  out.byte(9);
  localFlag(out, s.origIsA ? lb : la);
  out.byte(9);
  out.count(s.missedBytes);
  out.byte(9);
  if (history === '') out.byte(0x2d);
  else tsvString(out, history);
  out.byte(9);
  out.count(o.numPkts);
  out.byte(9);
  out.count(o.numBytesIp);
  out.byte(9);
  out.count(r.numPkts);
  out.byte(9);
  out.count(r.numBytesIp);
  out.byte(9);
  const parents = s.tunnelParents;
  if (parents === null) out.byte(0x2d);
  else tsvString(out, parents.join(','));
  out.byte(9);
  out.count(s.proto);
}

/** Key address A (`first`) or B: IPv4 as a dotted quad from the session's number, IPv6 as text. */
function address(out: AsciiBuffer, s: Session, first: boolean): void {
  if (s.v6) {
    rawText(out, addrToString(s.a6b6, first ? 0 : 16, 16));
    return;
  }
  // Key addresses are stored signed; `>>>` reads them as unsigned 32-bit numbers.
  const a = first ? s.a4 : s.b4;
  out.count(a >>> 24);
  out.byte(0x2e);
  out.count((a >>> 16) & 255);
  out.byte(0x2e);
  out.count((a >>> 8) & 255);
  out.byte(0x2e);
  out.count(a & 255);
}

/** `local_orig`/`local_resp`: T, F, or `-` without `Site::local_nets`. */
function localFlag(out: AsciiBuffer, v: boolean | undefined): void {
  out.byte(v === undefined ? 0x2d : v ? 0x54 : 0x46);
}
