// The filter's AST: link-independent and already fully qualified (qualifier inheritance and
// default protocols are resolved by the parser), so compiling it for a link type is a plain walk.

/**
 * Encapsulation seen before a primitive: `vlan` and `mpls` shift the offsets of every primitive
 * parsed after them (libpcap's rule, in parse order, whatever the and/or structure).
 */
export interface Encap {
  /** VLAN tags skipped (4 bytes each, moves the EtherType and the network layer). */
  readonly vlans: number;
  /** MPLS labels skipped (4 bytes each, moves the network layer; IP is then told by its version nibble). */
  readonly labels: number;
}

/** Which address or port of a packet a primitive looks at: `src`, `dst`, either, or both. */
export type Direction = 'src' | 'dst' | 'or' | 'and';

/** Relational operators of `expr relop expr` (unsigned 32-bit, as BPF compares). */
export type RelOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** Binary arithmetic operators (32-bit unsigned, BPF's ALU). */
export type ArithOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>';

/** Layers `proto[expr:size]` can index: the link header, the network header, or the transport header. */
export type LoadLayer = 'link' | 'ip' | 'ip6' | 'arp' | 'rarp' | 'transport' | 'icmp6';

/** A value: number, `len`, a packet load, or arithmetic over them. */
export type Arith =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'len' }
  | {
      readonly kind: 'load';
      readonly layer: LoadLayer;
      /** For `transport`: the IPv4 protocol the packet must carry (6 for `tcp[...]`). */
      readonly proto: number;
      readonly index: Arith;
      readonly size: 1 | 2 | 4;
      readonly encap: Encap;
    }
  | { readonly kind: 'binary'; readonly op: ArithOp; readonly left: Arith; readonly right: Arith }
  | { readonly kind: 'neg'; readonly operand: Arith };

/** A boolean filter expression. */
export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  /** The link layer carries this EtherType (`ip`, `ip6`, `arp`, `ether proto N`). */
  | { readonly kind: 'etherType'; readonly etherType: number; readonly encap: Encap }
  /** IPv4 protocol field (`ip proto N`), or IPv6 next header, also behind one fragment header (`ip6 proto N`). */
  | { readonly kind: 'ipProto'; readonly version: 4 | 6; readonly proto: number; readonly encap: Encap }
  /** IPv4/IPv6 source or destination address under a mask (`host`, `net`). */
  | {
      readonly kind: 'ipAddr';
      readonly version: 4 | 6;
      readonly dir: Direction;
      readonly addr: Uint8Array;
      readonly mask: Uint8Array;
      readonly encap: Encap;
    }
  /** ARP/RARP sender or target protocol address under a mask. */
  | {
      readonly kind: 'arpAddr';
      readonly etherType: number;
      readonly dir: Direction;
      readonly addr: Uint8Array;
      readonly mask: Uint8Array;
      readonly encap: Encap;
    }
  /** TCP/UDP/SCTP port in [lo, hi] over IPv4 (first fragments only) or IPv6 (fixed header only). */
  | {
      readonly kind: 'port';
      readonly version: 4 | 6;
      readonly proto: number;
      readonly dir: Direction;
      readonly lo: number;
      readonly hi: number;
      readonly encap: Encap;
    }
  /** Ethernet source/destination MAC. */
  | { readonly kind: 'etherAddr'; readonly dir: Direction; readonly mac: Uint8Array }
  | { readonly kind: 'etherBroadcast' }
  | { readonly kind: 'etherMulticast' }
  /** IPv4 destination all-zeros or all-ones (the netmask is unknown when reading a file, as tcpdump -r). */
  | { readonly kind: 'ipBroadcast'; readonly encap: Encap }
  | { readonly kind: 'ipMulticast'; readonly encap: Encap }
  | { readonly kind: 'ip6Multicast'; readonly encap: Encap }
  /** A VLAN tag here (any of 0x8100, 0x88a8, 0x9100), optionally with this id; shifts later primitives. */
  | { readonly kind: 'vlan'; readonly id: number | undefined; readonly encap: Encap }
  /** An MPLS label here, optionally with this value; shifts later primitives. */
  | { readonly kind: 'mpls'; readonly label: number | undefined; readonly encap: Encap }
  | { readonly kind: 'relation'; readonly op: RelOp; readonly left: Arith; readonly right: Arith };
