/**
 * Where a link type keeps the network protocol and the network header, for the filter
 * (the link types rxbro's decoder reads, src/packet/linkTypes.ts).
 */
export interface LinkLayout {
  /** Name for messages, as tcpdump prints it. */
  readonly name: string;
  /**
   * How the network protocol is told: an EtherType field at `typeOff` (Ethernet, Linux SLL/SLL2),
   * the IP version nibble (raw IP), fixed (IPv4-only/IPv6-only link types), a BSD address family
   * (NULL: either byte order; LOOP: network order), or a PPP protocol number at `typeOff`.
   */
  readonly family: 'ethertype' | 'raw' | 'ipv4' | 'ipv6' | 'null' | 'loop' | 'ppp';
  /** Offset of the EtherType (or PPP protocol) field; -1 when there is none. */
  readonly typeOff: number;
  /** Offset of the network-layer header. */
  readonly netOff: number;
  /** Ethernet MAC header: `ether host`, `broadcast`, `multicast` and `vlan` apply. */
  readonly ethernet: boolean;
}

const LAYOUTS: ReadonlyMap<number, LinkLayout> = new Map([
  [1, { name: 'Ethernet', family: 'ethertype', typeOff: 12, netOff: 14, ethernet: true }],
  [113, { name: 'Linux cooked v1', family: 'ethertype', typeOff: 14, netOff: 16, ethernet: false }],
  [276, { name: 'Linux cooked v2', family: 'ethertype', typeOff: 0, netOff: 20, ethernet: false }],
  [0, { name: 'BSD loopback', family: 'null', typeOff: -1, netOff: 4, ethernet: false }],
  [108, { name: 'OpenBSD loopback', family: 'loop', typeOff: -1, netOff: 4, ethernet: false }],
  [9, { name: 'PPP', family: 'ppp', typeOff: 2, netOff: 4, ethernet: false }],
  [101, { name: 'Raw IP', family: 'raw', typeOff: -1, netOff: 0, ethernet: false }],
  [12, { name: 'Raw IP', family: 'raw', typeOff: -1, netOff: 0, ethernet: false }],
  [14, { name: 'Raw IP', family: 'raw', typeOff: -1, netOff: 0, ethernet: false }],
  [228, { name: 'Raw IPv4', family: 'ipv4', typeOff: -1, netOff: 0, ethernet: false }],
  [229, { name: 'Raw IPv6', family: 'ipv6', typeOff: -1, netOff: 0, ethernet: false }],
]);

/**
 * The layout of a LINKTYPE_* value, or undefined for one the filter cannot read.
 *
 * ## Example
 * ```ts
 * linkLayout(113); // { name: 'Linux cooked v1', family: 'ethertype', typeOff: 14, netOff: 16, … }
 * ```
 */
export function linkLayout(linkType: number): LinkLayout | undefined {
  return LAYOUTS.get(linkType);
}
