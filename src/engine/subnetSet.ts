import { parseSubnet, type Subnet } from '../conn/localNets';
import type { SubnetValue } from '../runtime/subnet';
import type { SetValue } from '../runtime/table';

/**
 * The members of a script `set[subnet]` value (as read back from a redef'd
 * global) as the connection layer's subnets; [] for anything else.
 *
 * ## Example
 * ```ts
 * subnetsOfSet(ctx.tunables['Site::local_nets']); // [{ bytes: …, width: 104 }] for { 10.0.0.0/8 }
 * ```
 */
export function subnetsOfSet(set: unknown): Subnet[] {
  const s = set as SetValue | undefined;
  if (s === undefined || s === null || !(s.map instanceof Map)) return [];
  const out: Subnet[] = [];
  for (const e of s.map.values()) {
    const v = e.index[0] as SubnetValue;
    out.push(parseSubnet(`${v.prefix}/${v.width}`));
  }
  return out;
}
