/**
 * Asynchronous DNS built-ins for `when` (language.md §8.8): the run's resolver (live, hosts table or
 * Zeek's fake mode) with its answer cache and ready queue.
 */
export type { DnsAnswer, DnsMode, DnsQueryKind, DnsResolver, DnsResolverOptions, DnsResult } from './DnsResolver';
export { chooseDnsMode, createDnsResolver, DNS_FAILED_ADDR, DNS_FAILED_STRING } from './createDnsResolver';
export { fakeAddrResult, fakeNameResult, fakeTxtResult, ZEEK_DEFAULT_DIGEST_SALT } from './fakeResults';
export { parseHostsTable, type HostsTable } from './hostsTable';
export { highwayHash128, highwayHash64, highwayKeyFromBytes, type HighwayKey } from './highwayHash';
export { ptrName } from './ptrName';
export { ADDR_SET, attachDnsResolver, DNS_BUILTINS, dnsResolverFor } from './dnsBuiltins';
export { awaitInWhen, createWhenAsyncScope, currentWhenScope, DELAYED, evaluateWhenCondition, isDelayed, type WhenAsyncScope } from './whenScope';
export { waitForLookups } from './waitForLookups';
