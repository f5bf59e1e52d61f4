// Primitive builders: a value (number, address, name) under its qualifiers → AST. These carry
// libpcap's rules of what a qualifier combination means (default protocols, promotion of short
// addresses, which names exist) and its checks, with its messages where they are clear.
import type { Direction, Encap, FilterNode } from './ast';
import { ETHER_PROTOCOL_NAMES, IP_PROTOCOL_NAMES, PORT_NAMES } from './names';
import type { ProtoQual, Qualifiers } from './qualifiers';

/** Raises a compile error at the value being built (the parser supplies the position). */
export type Fail = (reason: string) => never;

const ETHERTYPE_IP = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
const ETHERTYPE_ARP = 0x0806;
const ETHERTYPE_RARP = 0x8035;
const TRANSPORT: Partial<Record<ProtoQual, number>> = { tcp: 6, udp: 17, sctp: 132 };

/**
 * Left-to-right or of the nodes (libpcap's `gen_or` order, which decides which loads run first).
 *
 * ## Example
 * ```ts
 * anyOf([a, b, c]); // (a or b) or c
 * ```
 */
export function anyOf(nodes: readonly FilterNode[]): FilterNode {
  return nodes.reduce((l, r) => ({ kind: 'or', left: l, right: r }));
}

/**
 * A protocol name used alone (`tcp`, `ip6`, `icmp`): the packet carries that protocol.
 * `tcp`/`udp`/`sctp` mean over IPv4 or IPv6; `icmp` and `igmp` IPv4 only, `icmp6` IPv6 only.
 *
 * ## Example
 * ```ts
 * protoAbbrev('icmp', encap, fail); // { kind: 'ipProto', version: 4, proto: 1, encap }
 * ```
 */
export function protoAbbrev(p: ProtoQual, encap: Encap, fail: Fail): FilterNode {
  switch (p) {
    case 'ip':
      return { kind: 'etherType', etherType: ETHERTYPE_IP, encap };
    case 'ip6':
      return { kind: 'etherType', etherType: ETHERTYPE_IPV6, encap };
    case 'arp':
      return { kind: 'etherType', etherType: ETHERTYPE_ARP, encap };
    case 'rarp':
      return { kind: 'etherType', etherType: ETHERTYPE_RARP, encap };
    case 'tcp':
    case 'udp':
    case 'sctp':
      return ipProto('default', TRANSPORT[p]!, encap, fail);
    case 'icmp':
      return { kind: 'ipProto', version: 4, proto: 1, encap };
    case 'igmp':
      return { kind: 'ipProto', version: 4, proto: 2, encap };
    // As libpcap: IGRP, VRRP and CARP over IPv4 only; PIM, AH and ESP over IPv4 or IPv6.
    case 'igrp':
      return { kind: 'ipProto', version: 4, proto: 9, encap };
    case 'vrrp':
    case 'carp':
      return { kind: 'ipProto', version: 4, proto: 112, encap };
    case 'pim':
      return ipProto('default', 103, encap, fail);
    case 'ah':
      return ipProto('default', 51, encap, fail);
    case 'esp':
      return ipProto('default', 50, encap, fail);
    case 'icmp6':
      return { kind: 'ipProto', version: 6, proto: 58, encap };
    default:
      return fail("'ether' alone is not a filter; use 'ether host', 'ether proto' or 'ether[...]'");
  }
}

/**
 * `[ip|ip6|ether] proto N`: the IPv4 protocol, IPv6 next header or EtherType is `n`.
 *
 * ## Example
 * ```ts
 * ipProto('default', 17, encap, fail); // ip proto 17 or ip6 proto 17
 * ```
 */
export function ipProto(p: ProtoQual, n: number, encap: Encap, fail: Fail): FilterNode {
  switch (p) {
    case 'default':
      return anyOf([ipProto('ip', n, encap, fail), ipProto('ip6', n, encap, fail)]);
    case 'link':
      if (n > 0xffff) fail(`EtherType ${n} out of range`);
      return { kind: 'etherType', etherType: n, encap };
    case 'ip':
      if (n > 255) fail(`IP protocol ${n} out of range`);
      return { kind: 'ipProto', version: 4, proto: n, encap };
    case 'ip6':
      if (n > 255) fail(`IP protocol ${n} out of range`);
      return { kind: 'ipProto', version: 6, proto: n, encap };
    default:
      return fail(`'${p} proto' is not supported`);
  }
}

/**
 * `host`/`net` over an IPv4 value `v` under `mask`: IP, ARP and RARP addresses by default
 * (IP only inside MPLS, as libpcap), or the one protocol named.
 *
 * ## Example
 * ```ts
 * ipv4Host(0x0a000000, 0xff000000, { proto: 'default', dir: 'src', addr: 'net' }, encap, fail);
 * // src net 10/8: ip src, or ARP/RARP sender address, in 10.0.0.0/8
 * ```
 */
export function ipv4Host(v: number, mask: number, q: Qualifiers, encap: Encap, fail: Fail): FilterNode {
  const what = q.addr === 'net' ? 'net' : 'host';
  const dir = directionOf(q);
  const addr = u32Bytes(v & mask);
  const m = u32Bytes(mask);
  switch (q.proto) {
    case 'default':
      if (encap.labels > 0) return { kind: 'ipAddr', version: 4, dir, addr, mask: m, encap };
      return anyOf([
        { kind: 'ipAddr', version: 4, dir, addr, mask: m, encap },
        { kind: 'arpAddr', etherType: ETHERTYPE_ARP, dir, addr, mask: m, encap },
        { kind: 'arpAddr', etherType: ETHERTYPE_RARP, dir, addr, mask: m, encap },
      ]);
    case 'ip':
      return { kind: 'ipAddr', version: 4, dir, addr, mask: m, encap };
    case 'arp':
      return { kind: 'arpAddr', etherType: ETHERTYPE_ARP, dir, addr, mask: m, encap };
    case 'rarp':
      return { kind: 'arpAddr', etherType: ETHERTYPE_RARP, dir, addr, mask: m, encap };
    case 'link':
      return fail('illegal link layer address');
    case 'ip6':
      return fail(`'ip6' modifier applied to ip ${what}`);
    default:
      return fail(`'${q.proto}' modifier applied to ${what}`);
  }
}

/**
 * `host`/`net` over an IPv6 address and mask (16 bytes each).
 *
 * ## Example
 * ```ts
 * ipv6Host(addrBytes, maskBytes, { proto: 'default', dir: 'default', addr: 'host' }, encap, fail);
 * ```
 */
export function ipv6Host(addr: Uint8Array, mask: Uint8Array, q: Qualifiers, encap: Encap, fail: Fail): FilterNode {
  const what = q.addr === 'net' ? 'net' : 'host';
  if (q.proto === 'default' || q.proto === 'ip6') {
    const masked = addr.map((b, i) => b & mask[i]);
    return { kind: 'ipAddr', version: 6, dir: directionOf(q), addr: masked, mask, encap };
  }
  if (q.proto === 'link') return fail('illegal link layer address');
  if (q.proto === 'ip') return fail(`'ip' modifier applied to ip6 ${what}`);
  return fail(`'${q.proto}' modifier applied to ${what}`);
}

/**
 * `[tcp|udp|sctp] [src|dst] port`/`portrange` over IPv4 and IPv6. `nameProto` narrows the
 * default to the transport a service name is registered for (`port http` is TCP only).
 *
 * ## Example
 * ```ts
 * portRange(20, 21, { proto: 'tcp', dir: 'dst', addr: 'portrange' }, 0, encap, fail);
 * ```
 */
export function portRange(lo: number, hi: number, q: Qualifiers, nameProto: number, encap: Encap, fail: Fail): FilterNode {
  if (q.proto !== 'default' && TRANSPORT[q.proto] === undefined) fail(`illegal qualifier of '${q.addr}'`);
  if (lo > 65535) fail(`illegal port number ${lo} > 65535`);
  if (hi > 65535) fail(`illegal port number ${hi} > 65535`);
  if (lo > hi) [lo, hi] = [hi, lo];
  const dir = directionOf(q);
  const protos = q.proto !== 'default' ? [TRANSPORT[q.proto]!] : nameProto !== 0 ? [nameProto] : [6, 17, 132];
  const nodes: FilterNode[] = [];
  for (const version of [4, 6] as const) {
    for (const proto of protos) nodes.push({ kind: 'port', version, proto, dir, lo, hi, encap });
  }
  return anyOf(nodes);
}

/**
 * A port given by name: the fixed service table, checked against an explicit `tcp`/`udp`.
 *
 * ## Example
 * ```ts
 * namedPort('domain', q, fail); // [53, 0]: TCP and UDP
 * namedPort('http', { ...q, proto: 'udp' }, fail); // error: port 'http' is tcp
 * ```
 */
export function namedPort(name: string, q: Qualifiers, fail: Fail): [number, number] {
  const entry = PORT_NAMES.get(name);
  if (entry === undefined) {
    if (/^[0-9]+$/.test(name)) return [Number(name), 0];
    return fail(`unknown port '${name}'`);
  }
  const [port, proto] = entry;
  const want = q.proto === 'default' ? 0 : TRANSPORT[q.proto] ?? 0;
  if (want !== 0 && proto !== 0 && proto !== want) fail(`port '${name}' is ${proto === 6 ? 'tcp' : 'udp'}`);
  return [port, proto];
}

/**
 * `proto \name`: an IP protocol name, or an EtherType name after `ether`.
 *
 * ## Example
 * ```ts
 * namedProto('tcp', 'default', fail); // 6
 * namedProto('ip6', 'link', fail); // 0x86dd
 * ```
 */
export function namedProto(name: string, p: ProtoQual, fail: Fail): number {
  if (p === 'link') {
    const n = ETHER_PROTOCOL_NAMES.get(name);
    return n ?? fail(`unknown ether proto '${name}'`);
  }
  const n = IP_PROTOCOL_NAMES.get(name);
  return n ?? fail(`unknown ip proto '${name}'`);
}

/**
 * `ether [src|dst] host MAC`.
 *
 * ## Example
 * ```ts
 * etherHost(mac, { proto: 'link', dir: 'dst', addr: 'host' }, fail); // { kind: 'etherAddr', dir: 'dst', mac }
 * ```
 */
export function etherHost(mac: Uint8Array, q: Qualifiers, fail: Fail): FilterNode {
  if ((q.addr === 'host' || q.addr === 'default') && q.proto === 'link') {
    return { kind: 'etherAddr', dir: directionOf(q), mac };
  }
  return fail('ethernet address used in non-ether expression');
}

function directionOf(q: Qualifiers): Direction {
  return q.dir === 'default' ? 'or' : q.dir;
}

function u32Bytes(v: number): Uint8Array {
  return Uint8Array.of((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
}
