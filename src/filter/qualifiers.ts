import type { Direction } from './ast';

/** Protocol qualifier (`ether`/`link` is `link`); `default` when none was written. */
export type ProtoQual =
  | 'default' | 'link' | 'ip' | 'ip6' | 'arp' | 'rarp' | 'tcp' | 'udp' | 'sctp' | 'icmp' | 'icmp6' | 'igmp'
  | 'igrp' | 'pim' | 'vrrp' | 'carp' | 'ah' | 'esp';

/** Address-type qualifier. */
export type AddrQual = 'default' | 'host' | 'net' | 'port' | 'portrange' | 'proto';

/**
 * The qualifiers in force for a bare value: those of the primitive before it
 * (`tcp dst port 21 or 20` → `20` is read as `tcp dst port 20`). `undefined` after a
 * primitive that has none to lend (`tcp`, `len > 10`, `broadcast`): a value there is an error.
 */
export interface Qualifiers {
  readonly proto: ProtoQual;
  readonly dir: Direction | 'default';
  readonly addr: AddrQual;
}

/** Words that can be a protocol qualifier (and a primitive of their own). */
export const PROTO_QUALS: ReadonlySet<string> = new Set([
  'link', 'ip', 'ip6', 'arp', 'rarp', 'tcp', 'udp', 'sctp', 'icmp', 'icmp6', 'igmp', 'igrp', 'pim', 'vrrp', 'carp', 'ah', 'esp',
]);
