import { addrToString } from '../packet/addrToString';
import { ipv4Text, macText } from './addrText';
import { connLogRow, ConnLogRow } from './connLog';
import { connStateCode } from './connState';
import { isLocalAddrBytes, isLocalV4, Subnet } from './localNets';
import { KIND_ICMP, KIND_TCP, KIND_UDP, Session } from './session';
import { origPortNumber, refresh, respPortNumber } from './sessionOps';
import { tcpEndpointSize } from './tcpSeq';

/**
 * The conn.log row of a connection at its removal, read straight from the
 * session's plain state when nothing ever built its `Connection` record (no
 * handled event, weird or hook needed it): no record, endpoint records or
 * `service` set are made just to be read once and dropped (they were most of
 * the garbage of a conn.log-only run). A session with a record goes through
 * `connLogRow`, since scripts may have set its `service`. Both give the same row.
 *
 * ## Example
 * ```ts
 * sessionConnLogRow(s, DEFAULT_LOCAL_NETS).conn_state; // "SF"
 * ```
 */
export function sessionConnLogRow(s: Session, localNets: readonly Subnet[], macs = false): ConnLogRow {
  if (s.rec !== null) {
    const fromRecord = connLogRow(refresh(s), s.missedBytes, localNets);
    if (s.tunnelParents !== null) fromRecord.tunnel_parents = s.tunnelParents.slice();
    if (macs) addMacs(fromRecord, s);
    return fromRecord;
  }
  const tcp = s.kind === KIND_TCP;
  const o = s.orig;
  const r = s.resp;
  const osize = tcp ? tcpEndpointSize(o, r) : o.size;
  const rsize = tcp ? tcpEndpointSize(r, o) : r.size;
  const a = s.v6 ? addrToString(s.a6b6, 0, 16) : ipv4Text(s.a4);
  const b = s.v6 ? addrToString(s.a6b6, 16, 16) : ipv4Text(s.b4);
  const history = s.hist;
  // As connLogRow: duration and byte counts only when the duration is positive.
  const duration = s.lastTime - s.startTime;
  const timed = duration > 0;
  // Tested on the numbers / bytes the session holds (no text to parse).
  const nets = localNets.length > 0;
  const la = !nets ? undefined : s.v6 ? isLocalAddrBytes(s.a6b6, 0, localNets) : isLocalV4(s.a4, localNets);
  const lb = !nets ? undefined : s.v6 ? isLocalAddrBytes(s.a6b6, 16, localNets) : isLocalV4(s.b4, localNets);
  // Every column in one literal, unset ones as `undefined` (the writers skip them): the
  // row gets its final shape at once instead of growing an out-of-object property store.
  const row: ConnLogRow = {
    ts: s.startTime,
    uid: s.uid,
    'id.orig_h': s.origIsA ? a : b,
    'id.orig_p': origPortNumber(s),
    'id.resp_h': s.origIsA ? b : a,
    'id.resp_p': respPortNumber(s),
    proto: tcp ? 'tcp' : s.kind === KIND_UDP ? 'udp' : s.kind === KIND_ICMP ? 'icmp' : 'unknown_transport',
    service: [],
    duration: timed ? duration : undefined,
    orig_bytes: timed ? osize : undefined,
    resp_bytes: timed ? rsize : undefined,
    conn_state: connStateCode(s.proto, o.state, r.state, osize, rsize, history),
    local_orig: s.origIsA ? la : lb,
    local_resp: s.origIsA ? lb : la,
    missed_bytes: s.missedBytes,
    history: history !== '' ? history : undefined,
    orig_pkts: o.numPkts,
    orig_ip_bytes: o.numBytesIp,
    resp_pkts: r.numPkts,
    resp_ip_bytes: r.numBytesIp,
    tunnel_parents: s.tunnelParents === null ? [] : s.tunnelParents.slice(),
    ip_proto: s.proto,
    orig_l2_addr: undefined,
    resp_l2_addr: undefined,
  };
  if (macs) addMacs(row, s);
  return row;
}

/** mac-logging's columns: each endpoint's link-layer address, unset when there was none. */
function addMacs(row: ConnLogRow, s: Session): void {
  if (s.orig.mac >= 0) row.orig_l2_addr = macText(s.orig.mac);
  if (s.resp.mac >= 0) row.resp_l2_addr = macText(s.resp.mac);
}
