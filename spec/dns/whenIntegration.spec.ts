/**
 * The DNS built-ins inside `when` conditions, driven the way the run loop drives them: operators'
 * `createWhenEngine` holds the triggers, a `NetworkTimeScheduler` owns the timeouts, and each "drain" ends
 * with `dns.deliverReady()` then `whens.reevaluate()`. This is the hook the compiler's `when` lowering needs
 * (see src/dns/index.ts); here it is called by hand.
 */
import { createWhenEngine, WhenEngine } from '../../operators/createWhenEngine';
import {
  attachDnsResolver,
  createDnsResolver,
  createWhenAsyncScope,
  DNS_BUILTINS,
  DnsResolver,
  evaluateWhenCondition,
} from '../../src/dns';
import { createTestContext, T, TestContext, type SetValue } from '../../src/runtime';
import { NetworkTimeScheduler } from '../../src/time';
import { DnsResponder, startDnsResponder } from '../helpers/dnsResponder';

const call = (ctx: TestContext, name: string, arg: unknown) =>
  DNS_BUILTINS[name].impl(ctx, [arg], [name === 'lookup_addr' ? T.addr : T.string]);

/**
 * `when ( local n = NAME(ARG) ) { print n; } timeout SECS { print "timeout"; }` as the compiler would
 * lower it onto the trigger engine.
 */
function whenLookup(whens: WhenEngine, ctx: TestContext, out: string[], name: string, arg: string, secs?: number): void {
  const scope = createWhenAsyncScope((s) => whens.changed(s));
  let n: unknown;
  whens.when({
    condition: (watch) => {
      watch(scope);
      return evaluateWhenCondition(scope, () => {
        n = call(ctx, name, arg);
        return true;
      });
    },
    body: () => out.push(typeof n === 'string' ? n : [...(n as SetValue).map.keys()].join(',')),
    timeoutSeconds: secs,
    timeoutBody: secs === undefined ? undefined : () => out.push('timeout'),
  });
}

/** The end of one drain: answers in, then dirty conditions re-evaluated (language.md Appendix B). */
function endOfDrain(dns: DnsResolver, whens: WhenEngine): void {
  dns.deliverReady();
  whens.reevaluate();
}

describe('fake mode: the when fires at the end of the current drain', () => {
  let clock: NetworkTimeScheduler;
  let whens: WhenEngine;
  let ctx: TestContext;
  let dns: DnsResolver;
  const out: string[] = [];
  beforeEach(() => {
    out.length = 0;
    clock = new NetworkTimeScheduler();
    clock.advanceTo(1000);
    whens = createWhenEngine({ scheduler: clock });
    ctx = createTestContext({ env: { ZEEK_DNS_FAKE: '1' } });
    dns = createDnsResolver({ env: ctx.env });
    attachDnsResolver(ctx, dns);
  });

  test('lookup_addr, lookup_hostname, lookup_hostname_txt', () => {
    whenLookup(whens, ctx, out, 'lookup_addr', '127.0.0.1', 5);
    whenLookup(whens, ctx, out, 'lookup_hostname', 'localhost', 5);
    whenLookup(whens, ctx, out, 'lookup_hostname_txt', 'www.zeek.org', 5);
    out.push('after the when statements');
    expect(whens.pendingCount).toBe(3);
    endOfDrain(dns, whens);
    expect(out).toEqual([
      'after the when statements',
      'fake_addr_lookup_result_127.0.0.1',
      'fd8a:11f:96f8:5e08:d9a2:a558:5961:45df',
      'fake_lookup_result_T_TXT_www.zeek.org',
    ]);
    expect(whens.pendingCount).toBe(0);
    // The timeouts were cancelled with the triggers.
    clock.advanceTo(2000);
    expect(out).toHaveLength(4);
  });

  test('a cached answer still waits for the drain', () => {
    whenLookup(whens, ctx, out, 'lookup_addr', '10.0.0.1');
    endOfDrain(dns, whens);
    whenLookup(whens, ctx, out, 'lookup_addr', '10.0.0.1');
    expect(out).toEqual(['fake_addr_lookup_result_10.0.0.1']);
    endOfDrain(dns, whens);
    expect(out).toEqual(['fake_addr_lookup_result_10.0.0.1', 'fake_addr_lookup_result_10.0.0.1']);
  });

  test('two lookups in one condition: evaluation stops at the first outstanding one', () => {
    const scope = createWhenAsyncScope((s) => whens.changed(s));
    let calls = 0;
    whens.when({
      condition: (watch) => {
        watch(scope);
        return evaluateWhenCondition(scope, () => {
          calls++;
          const a = call(ctx, 'lookup_addr', '10.0.0.1') as string;
          const b = call(ctx, 'lookup_hostname_txt', 'x') as string;
          return a.length > 0 && b.length > 0;
        });
      },
      body: () => out.push('both'),
    });
    endOfDrain(dns, whens);
    expect(out).toEqual([]);
    endOfDrain(dns, whens);
    expect(out).toEqual(['both']);
    expect(calls).toBe(3);
  });

  test('outside a when condition: the error Zeek reports and "<error>"', () => {
    expect(call(ctx, 'lookup_addr', '127.0.0.1')).toBe('<error>');
    expect(call(ctx, 'lookup_hostname_txt', 'a')).toBe('<error>');
    expect([...(call(ctx, 'lookup_hostname', 'a') as SetValue).map.keys()]).toEqual([]);
    expect(ctx.errors).toEqual([
      'lookup_addr() can only be called inside a when-condition',
      'lookup_hostname_txt() can only be called inside a when-condition',
      'lookup_hostname() can only be called inside a when-condition',
    ]);
    expect(dns.ready).toBe(0);
  });

  test('blocking_lookup_hostname works anywhere', () => {
    expect([...(call(ctx, 'blocking_lookup_hostname', 'localhost') as SetValue).map.keys()]).toEqual([
      'fd8a:11f:96f8:5e08:d9a2:a558:5961:45df',
    ]);
    expect(ctx.errors).toEqual([]);
  });

  test('without an attached resolver the context\'s environment picks fake mode', () => {
    const other = createTestContext({ env: { BRO_DNS_FAKE: '1' } });
    expect(call(other, 'blocking_lookup_hostname', 'localhost')).toEqual(call(ctx, 'blocking_lookup_hostname', 'localhost'));
  });

  test('signatures the checker sees', () => {
    expect(DNS_BUILTINS.lookup_addr.type.params.map((p) => [p.name, p.type.kind])).toEqual([['host', 'addr']]);
    expect(DNS_BUILTINS.lookup_hostname.type.yield).toEqual({ kind: 'table', index: [T.addr] });
    expect(Object.keys(DNS_BUILTINS)).toEqual(['lookup_addr', 'lookup_hostname', 'lookup_hostname_txt', 'blocking_lookup_hostname']);
  });
});

describe('live mode through the test responder: wall-clock answers, network-time timeouts', () => {
  let srv: DnsResponder;
  beforeAll(async () => {
    srv = await startDnsResponder({
      records: [
        { name: '127.0.0.1', type: 'PTR', value: 'localhost' },
        { name: 'www.example.org', type: 'A', value: '192.0.2.10' },
      ],
      silent: ['2.0.0.10.in-addr.arpa'],
    });
  });
  afterAll(() => srv.close());

  test('the run waits for outstanding lookups (nextCompletion), delivering at each drain', async () => {
    const clock = new NetworkTimeScheduler();
    clock.advanceTo(1000);
    const whens = createWhenEngine({ scheduler: clock });
    const ctx = createTestContext({ env: {} });
    const dns = createDnsResolver({ server: srv.server, timeoutMs: 300, env: {} });
    attachDnsResolver(ctx, dns);
    const out: string[] = [];
    whenLookup(whens, ctx, out, 'lookup_addr', '127.0.0.1', 5);
    whenLookup(whens, ctx, out, 'lookup_hostname', 'www.example.org', 5);
    whenLookup(whens, ctx, out, 'lookup_addr', '10.0.0.2', 5); // never answered: c-ares gives up after 300 ms
    endOfDrain(dns, whens);
    expect(out).toEqual([]);
    // End of input: keep draining while lookups are in flight (the engine's loop).
    while (dns.outstanding > 0 && whens.pendingCount > 0) {
      await dns.nextCompletion();
      endOfDrain(dns, whens);
    }
    expect(out.slice().sort()).toEqual(['192.0.2.10', '<???>', 'localhost']);
    dns.close();
  });

  test('a when timeout in network time wins over a late answer', async () => {
    const clock = new NetworkTimeScheduler();
    clock.advanceTo(1000);
    const whens = createWhenEngine({ scheduler: clock });
    const ctx = createTestContext({ env: {} });
    const dns = createDnsResolver({ server: srv.server, timeoutMs: 2000, env: {} });
    attachDnsResolver(ctx, dns);
    const out: string[] = [];
    whenLookup(whens, ctx, out, 'lookup_addr', '127.0.0.1', 5);
    clock.advanceTo(1006); // the next packet is 6 s later, before the answer was delivered
    expect(out).toEqual(['timeout']);
    while (dns.outstanding > 0) await dns.nextCompletion();
    endOfDrain(dns, whens);
    expect(out).toEqual(['timeout']);
    dns.close();
  });
});
