/**
 * DNS built-ins (language.md §8.8) on the run's resolver from `src/dns` (live, hosts table, or Zeek's fake mode
 * with `ZEEK_DNS_FAKE`/`BRO_DNS_FAKE`). `lookup_addr`, `lookup_hostname` and `lookup_hostname_txt` are
 * asynchronous: only a `when` condition may call them (lowered in expressions.ts), and the answers enter at the
 * end of a drain through `deliverReady()`.
 */
import { dnsResolverFor, DnsResolver } from '../../src/dns';
import { setType, T, Type } from '../../src/runtime';
import type { Runtime } from './runtime';

/** The asynchronous lookups and their result types. */
export const ASYNC_DNS: Record<string, Type> = {
  lookup_addr: T.string,
  lookup_hostname: setType([T.addr]),
  lookup_hostname_txt: T.string,
};

/**
 * The run's resolver: the one the engine attached to the context, else one made from the environment. The
 * program delivers its ready answers at each drain too (harmless if the engine already did).
 *
 * ## Example
 * ```ts
 * dnsFor(rt).lookupAddr('1.2.3.4', (r) => resolvePending(rt, p, r.value));
 * ```
 */
export function dnsFor(rt: Runtime): DnsResolver {
  if (!rt.dns) rt.dns = dnsResolverFor(rt.ctx, rt.ctx.env ?? process.env);
  return rt.dns as DnsResolver;
}
