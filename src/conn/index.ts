// Public API of the connection layer.
export { createConnectionTracker } from './tracker';
export type { ConnectionTracker, ConnectionTrackerOptions } from './tracker';
export type { Connection, ConnId, Endpoint } from './records';
export {
  TCP_INACTIVE,
  TCP_SYN_SENT,
  TCP_SYN_ACK_SENT,
  TCP_PARTIAL,
  TCP_ESTABLISHED,
  TCP_CLOSED,
  TCP_RESET,
} from './records';
export type { ConnEvents, ConnEventName, ConnEventSink, IcmpInfo, IcmpContext, SynPacket, PktHdr } from './events';
export type { ConnectionUpdate, ConnScheduler, ConnStats, StreamHooks } from './session';
export {
  DEFAULT_CONN_OPTIONS,
  resolveConnOptions,
  MODERN_DEFAULT_SERVER_PORTS,
  OLD_BRO_SERVER_PORTS,
  TUNNEL_SERVER_PORTS,
  DNS_UDP_PORTS,
  SCRIPT_SERVER_PORTS,
} from './options';
export type { ConnOptions } from './options';
export { connStateOf, connStateCode } from './connState';
export {
  connLogRow,
  formatConnLogTsv,
  formatConnLogJson,
  connLogHeader,
  createConnLogWriter,
  CONN_LOG_FIELDS,
} from './connLog';
// `logDate` moved to src/logging with the logging framework; it stays public here for existing users.
export { logDate } from '../logging/asciiText';
export type { ConnLogColumns, ConnLogRow, ConnLogWriter } from './connLog';
export { createConnLogByteWriter, writeConnLogTsv } from './connLogBytes';
export type { ConnLogByteWriter, ConnLogByteWriterOptions } from './connLogBytes';
export { AsciiBuffer } from './AsciiBuffer';
export { DEFAULT_LOCAL_NETS, isLocalAddr, isLocalAddrBytes, isLocalV4, parseAddr, parseSubnet, inSubnet } from './localNets';
export type { Subnet } from './localNets';
export { createUidSource, formatUid, DETERMINISTIC_UIDS } from './uid';
export type { UidSource } from './uid';
export { icmpCounterpart } from './icmp';
export { trackConnections } from './trackConnections';
export { defaultUdpTunnelPorts, encapVector } from './tunnels';
export type { TunnelTrackingOptions } from './tunnels';
