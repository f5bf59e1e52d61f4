import { DEFAULT_LOCAL_NETS, type Subnet } from '../conn/localNets';
import { subnetsOfSet } from './subnetSet';

/**
 * The networks conn.log calls local (engine.md 2.11), from the site script's
 * values after the redefs: `Site::local_nets`, plus `Site::private_address_space`
 * while `Site::private_address_space_is_local` is T. Without the site script
 * loaded, the private address space (Zeek's default outcome).
 *
 * ## Example
 * ```ts
 * // after `redef Site::local_nets += { 1.2.3.0/24 };`
 * siteLocalNets(ctx.tunables); // 1.2.3.0/24 and the private address space
 * ```
 */
export function siteLocalNets(tunables: Record<string, unknown>): readonly Subnet[] {
  const priv = tunables['Site::private_address_space'];
  if (priv === undefined) return DEFAULT_LOCAL_NETS;
  const nets = subnetsOfSet(tunables['Site::local_nets']);
  if (tunables['Site::private_address_space_is_local'] !== false) nets.push(...subnetsOfSet(priv));
  return nets;
}
