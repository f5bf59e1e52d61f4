/**
 * The narrow per-packet input of the signature engine: the header bytes of the first packet of
 * a connection direction (engine.md 5.4). Adapters build it from a decoded {@link Packet}; tests
 * build it from text with {@link headerFactsFromText}.
 */
import type { Packet } from '../packet/Packet';
import { parseAddr } from './addr';

/** Header facts of one packet. Views, not copies, when built from a packet. */
export interface HeaderFacts {
  /** 4 or 6. */
  ipVersion: number;
  /** IPv4: the whole IPv4 header. IPv6: the fixed 40-byte header (literal addresses at 8 and 24). */
  ip: Uint8Array;
  /** The transport header and the captured bytes after it. */
  transport: Uint8Array;
  /** Final next-protocol number (after IPv6 extension headers). */
  proto: number;
}

/**
 * Builds header facts from a decoded packet (views into `packet.data`; copy nothing).
 *
 * ## Example
 * ```ts
 * initEndpoint(engine, cm, true, headerFactsFromPacket(packet));
 * ```
 */
export function headerFactsFromPacket(p: Packet): HeaderFacts {
  const ipLen = p.ipVersion === 6 ? 40 : p.ipHdrLen;
  return {
    ipVersion: p.ipVersion,
    ip: p.data.subarray(p.ipOff, p.ipOff + ipLen),
    transport: p.data.subarray(p.l4Off, p.l4Off + p.l4Cap),
    proto: p.proto,
  };
}

/** Text description of a packet for {@link headerFactsFromText}. */
export interface HeaderFactsText {
  src: string;
  dst: string;
  proto: number;
  srcPort?: number;
  dstPort?: number;
  /** Raw transport header bytes; default: ports followed by zeros (20 bytes for TCP, else 8). */
  transport?: Uint8Array;
}

/**
 * Builds header facts from addresses and ports (a synthetic IPv4/IPv6 header). For tests and
 * adapters that only have text.
 *
 * ## Example
 * ```ts
 * headerFactsFromText({ src: '10.0.0.1', dst: '10.0.0.2', proto: 17, srcPort: 9999, dstPort: 53 });
 * ```
 */
export function headerFactsFromText(t: HeaderFactsText): HeaderFacts {
  const src = parseAddr(t.src);
  const dst = parseAddr(t.dst);
  if (!src || !dst || src.length !== dst.length) throw new Error(`bad addresses ${t.src} / ${t.dst}`);
  let ip: Uint8Array;
  if (src.length === 4) {
    ip = new Uint8Array(20);
    ip[0] = 0x45;
    ip[8] = 64;
    ip[9] = t.proto;
    ip.set(src, 12);
    ip.set(dst, 16);
  } else {
    ip = new Uint8Array(40);
    ip[0] = 0x60;
    ip[6] = t.proto;
    ip[7] = 64;
    ip.set(src, 8);
    ip.set(dst, 24);
  }
  let transport = t.transport;
  if (!transport) {
    transport = new Uint8Array(t.proto === 6 ? 20 : 8);
    const sp = t.srcPort ?? 0;
    const dp = t.dstPort ?? 0;
    transport[0] = sp >> 8;
    transport[1] = sp & 0xff;
    transport[2] = dp >> 8;
    transport[3] = dp & 0xff;
  }
  return { ipVersion: src.length === 4 ? 4 : 6, ip, transport, proto: t.proto };
}
