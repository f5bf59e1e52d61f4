/**
 * Asynchronous DNS built-ins for `when` (language.md §8.8): the run's resolver — live (Node's c-ares client,
 * optionally pointed at one server), a hosts table, or Zeek's fake mode — with a per-run answer cache and a
 * ready queue, plus the hook that lets a `when` condition wait for an answer.
 *
 * ## How a run uses it
 *
 * Engine (once per run; `--dns-server HOST[:PORT]` → `server`, `--hosts FILE` → `hostsFile`):
 * ```ts
 * const dns = createDnsResolver({ server, hostsFile, env, onWarning });
 * attachDnsResolver(ctx, dns);                  // ctx: the context given to program.attach
 * events.afterDrain(() => dns.deliverReady());  // registered before program.attach, so answers come first
 * host.attach(ctx);
 * ...                                           // packets
 * await waitForLookups(dns, () => events.drain(), 5000);   // end of input, before net_done
 * ...                                           // termination sequence
 * dns.close();
 * ```
 *
 * Compiler (`compiler/lower/expressions.ts` `lowerAsyncDns`):
 * ```ts
 * const dns = dnsResolverFor(rt.ctx, rt.ctx.env ?? process.env);
 * const done = (r: DnsResult<unknown>) => resolvePending(rt, p, r.value);
 * if (name === 'lookup_addr') dns.lookupAddr(a, done);
 * else if (name === 'lookup_hostname') dns.lookupHostname(a, done);
 * else dns.lookupHostnameTxt(a, done);
 * ```
 * and `blocking_lookup_hostname` as `dnsResolverFor(rt.ctx, env).blockingLookupHostname(name)`. The
 * callback runs inside `deliverReady()`, i.e. at the end of a drain, before the waiting `when`s are
 * re-tested. A lowering without its own trigger cache can instead evaluate conditions through
 * `evaluateWhenCondition(scope, …)` and use `DNS_BUILTINS` as ordinary registry entries.
 */
export type { DnsAnswer, DnsMode, DnsQueryKind, DnsResolver, DnsResolverOptions, DnsResult } from './DnsResolver';
export { chooseDnsMode, createDnsResolver, DNS_FAILED_ADDR, DNS_FAILED_STRING } from './createDnsResolver';
export { waitForLookups } from './waitForLookups';
export { ADDR_SET, attachDnsResolver, DNS_BUILTINS, dnsResolverFor } from './dnsBuiltins';
export { awaitInWhen, createWhenAsyncScope, currentWhenScope, DELAYED, evaluateWhenCondition, isDelayed, type WhenAsyncScope } from './whenScope';
export { fakeAddrResult, fakeNameResult, fakeNameResultMd5, fakeTxtResult, ZEEK_DEFAULT_DIGEST_SALT } from './fakeResults';
export { parseHostsTable, type HostsTable } from './hostsTable';
export { ptrName } from './ptrName';
export { highwayHash128, highwayHash64, highwayKeyFromBytes, type HighwayKey } from './highwayHash';
