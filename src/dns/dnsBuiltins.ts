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

const resolvers = new WeakMap<object, DnsResolver>();

/**
 * Makes `resolver` the run's resolver for `owner`: the object that stands for the run where the lookups
 * happen — the `ScriptContext`/`EngineContext` handed to `program.attach`, or a `BuiltinContext`. The engine
 * creates the resolver from its flags, attaches it before the scripts run, and delivers its answers at
 * each drain.
 *
 * ## Example
 * ```ts
 * attachDnsResolver(ctx, createDnsResolver({ server: '127.0.0.1:5353' }));
 * program.attach(ctx);
 * ```
 */
export function attachDnsResolver(owner: object, resolver: DnsResolver): void {
  resolvers.set(owner, resolver);
}

/**
 * The resolver attached to `owner`, else one created from `env` (fake mode if `ZEEK_DNS_FAKE` or
 * `BRO_DNS_FAKE` is set there, live otherwise) and kept for `owner`'s lifetime.
 *
 * ## Example
 * ```ts
 * dnsResolverFor(rt.ctx, rt.ctx.env).lookupAddr(a, (r) => resolvePending(rt, p, r.value));
 * ```
 */
export function dnsResolverFor(owner: object, env?: Record<string, string | undefined>): DnsResolver {
  let r = resolvers.get(owner);
  if (r === undefined) {
    r = createDnsResolver({ env });
    resolvers.set(owner, r);
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
    return awaitInWhen(scope, `addr\0${a}`, (done) => dnsResolverFor(ctx, ctx.env).lookupAddr(a, done));
  }),
  lookup_hostname: builtin([['host', T.string]], ADDR_SET, (ctx, [host]) => {
    const scope = currentWhenScope();
    if (scope === undefined) return notInWhen(ctx, 'lookup_hostname', createSet());
    const n = host as string;
    return awaitInWhen<SetValue>(scope, `name\0${n}`, (done) => dnsResolverFor(ctx, ctx.env).lookupHostname(n, done));
  }),
  lookup_hostname_txt: builtin([['host', T.string]], T.string, (ctx, [host]) => {
    const scope = currentWhenScope();
    if (scope === undefined) return notInWhen(ctx, 'lookup_hostname_txt', '<error>');
    const n = host as string;
    return awaitInWhen(scope, `txt\0${n}`, (done) => dnsResolverFor(ctx, ctx.env).lookupHostnameTxt(n, done));
  }),
  blocking_lookup_hostname: builtin([['host', T.string]], ADDR_SET, (ctx, [host]) =>
    dnsResolverFor(ctx, ctx.env).blockingLookupHostname(host as string),
  ),
};
