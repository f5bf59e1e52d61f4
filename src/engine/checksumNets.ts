import { isLocalAddrBytes, isLocalV4 } from '../conn/localNets';
import type { Packet } from '../packet/Packet';
import { subnetsOfSet } from './subnetSet';

/**
 * The packets `ignore_checksums_nets` exempts from checksum checks (engine.md
 * 1.10): those whose IP source address lies in one of the set's subnets. Returns
 * undefined for an empty or missing set, so the common run pays nothing.
 *
 * ## Example
 * ```ts
 * // after `redef ignore_checksums_nets += { 192.168.0.0/16 };`
 * const exempt = checksumExemptFor(ctx.tunables.ignore_checksums_nets);
 * exempt?.(pkt); // true for a packet from 192.168.1.1
 * ```
 */
export function checksumExemptFor(set: unknown): ((pkt: Packet) => boolean) | undefined {
  const nets = subnetsOfSet(set);
  if (nets.length === 0) return undefined;
  return (pkt) => (pkt.ipVersion === 4 ? isLocalV4(pkt.src4, nets) : isLocalAddrBytes(pkt.addrBuf, pkt.srcOff, nets));
}
