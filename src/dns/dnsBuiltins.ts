/**
 * The DNS built-ins as registry entries (`{ type, impl }`, the shape of `BUILTINS` in src/runtime):
 * `lookup_addr`, `lookup_hostname`, `lookup_hostname_txt` (asynchronous, `when` conditions only) and
 * `blocking_lookup_hostname` (anywhere). language.md §8.8, §10.5.
 */
import { builtin, type Builtin } from '../runtime/builtins/builtin';
import type { BuiltinContext } from '../runtime/context';
import { createSet, type SetValue } from '../runtime/table';
import { setType, T } from '../runtime/types';
import { createDnsResolver } from './createDnsResolver';
import type { DnsResolver } from './DnsResolver';
import { awaitInWhen, currentWhenScope } from './whenScope';

/** `addr_set` (`set[addr]`), the result type of the hostname lookups. */
export const ADDR_SET = setType([T.addr]);

const resolvers = new WeakMap<BuiltinContext, DnsResolver>();

/**
 * Makes `resolver` the one the DNS built-ins use for calls made with `ctx` (one `BuiltinContext` per run).
 * The engine creates the resolver from its flags and also delivers its answers at each drain.
 *
 * ## Example
 * ```ts
 * attachDnsResolver(builtinContext, createDnsResolver({ server: '127.0.0.1:5353' }));
 * ```
 */
export function attachDnsResolver(ctx: BuiltinContext, resolver: DnsResolver): void {
  resolvers.set(ctx, resolver);
}

/**
 * The resolver for calls made with `ctx`: the attached one, else one created from `ctx.env` (fake mode if
 * `ZEEK_DNS_FAKE` is set there, live otherwise) and kept for the context's lifetime.
 *
 * ## Example
 * ```ts
 * dnsResolverFor(ctx).deliverReady();
 * ```
 */
export function dnsResolverFor(ctx: BuiltinContext): DnsResolver {
  let r = resolvers.get(ctx);
  if (r === undefined) {
    r = createDnsResolver({ env: ctx.env });
    resolvers.set(ctx, r);
  }
  return r;
}

/** Outside a condition Zeek reports the misuse and returns `"<error>"` (for the set-valued one, rxbro returns an empty set so the value keeps its type). */
function notInWhen(ctx: BuiltinContext, name: string, fallback: unknown): unknown {
  ctx.error(`${name}() can only be called inside a when-condition`);
  return fallback;
}

/**
 * The four DNS built-ins, ready to be merged into the compiler's view of `BUILTINS`. The asynchronous ones
 * must be evaluated through `evaluateWhenCondition` (whenScope.ts) to see their answers.
 *
 * ## Example
 * ```ts
 * DNS_BUILTINS.blocking_lookup_hostname.impl(ctx, ['localhost'], [T.string]); // set of addresses
 * typeToString(DNS_BUILTINS.lookup_addr.type); // 'function(host:addr;) : string'
 * ```
 */
export const DNS_BUILTINS: Readonly<Record<string, Builtin>> = {
  lookup_addr: builtin([['host', T.addr]], T.string, (ctx, [host]) => {
    const scope = currentWhenScope();
    if (scope === undefined) return notInWhen(ctx, 'lookup_addr', '<error>');
    const a = host as string;
    return awaitInWhen(scope, `addr\0${a}`, (done) => dnsResolverFor(ctx).lookupAddr(a, done));
  }),
  lookup_hostname: builtin([['host', T.string]], ADDR_SET, (ctx, [host]) => {
    const scope = currentWhenScope();
    if (scope === undefined) return notInWhen(ctx, 'lookup_hostname', createSet());
    const n = host as string;
    return awaitInWhen<SetValue>(scope, `name\0${n}`, (done) => dnsResolverFor(ctx).lookupHostname(n, done));
  }),
  lookup_hostname_txt: builtin([['host', T.string]], T.string, (ctx, [host]) => {
    const scope = currentWhenScope();
    if (scope === undefined) return notInWhen(ctx, 'lookup_hostname_txt', '<error>');
    const n = host as string;
    return awaitInWhen(scope, `txt\0${n}`, (done) => dnsResolverFor(ctx).lookupHostnameTxt(n, done));
  }),
  blocking_lookup_hostname: builtin([['host', T.string]], ADDR_SET, (ctx, [host]) =>
    dnsResolverFor(ctx).blockingLookupHostname(host as string),
  ),
};
