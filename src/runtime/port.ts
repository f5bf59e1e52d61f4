/**
 * Bro `port` values are plain numbers: `number | protocol bits` (language.md 2.7).
 * Comparisons use the raw value, hence `unknown < tcp < udp < icmp`; `|p|` is the raw value.
 */
export type Port = number;

export const PORT_UNKNOWN = 0;
export const PORT_TCP = 0x10000;
export const PORT_UDP = 0x20000;
export const PORT_ICMP = 0x30000;

export type TransportProto = 'unknown' | 'tcp' | 'udp' | 'icmp';

const PROTO_NAMES: readonly TransportProto[] = ['unknown', 'tcp', 'udp', 'icmp'];

export function makePort(num: number, protoBits: number): Port {
  return protoBits | (num & 0xffff);
}

export function portNumber(p: Port): number {
  return p & 0xffff;
}

export function portProto(p: Port): TransportProto {
  return PROTO_NAMES[(p >>> 16) & 3];
}

export function formatPort(p: Port): string {
  return `${p & 0xffff}/${PROTO_NAMES[(p >>> 16) & 3]}`;
}
