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

/**
 * A port written as text, `N/tcp`, `N/udp` or `N/icmp` with N ≤ 65535 (the `to_port` and `"…" as port` form);
 * undefined for anything else.
 *
 * ## Example
 * ```ts
 * parsePortText('123/udp'); // makePort(123, PORT_UDP)
 * ```
 */
export function parsePortText(s: string): Port | undefined {
  const m = /^(\d{1,5})\/(tcp|udp|icmp)$/.exec(s);
  if (!m || Number(m[1]) > 65535) return undefined;
  return makePort(Number(m[1]), m[2] === 'tcp' ? PORT_TCP : m[2] === 'udp' ? PORT_UDP : PORT_ICMP);
}
