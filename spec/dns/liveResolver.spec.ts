/**
 * The live resolver against the local test responder (127.0.0.1, ephemeral port): answers, failure values,
 * timeouts, the per-run cache and the ready queue. No other server is ever asked.
 */
import { createDnsResolver, DnsResolver, DnsResult } from '../../src/dns';
import type { SetValue } from '../../src/runtime/table';
import { DnsResponder, ptrName, startDnsResponder } from '../helpers/dnsResponder';

const members = (s: SetValue | undefined) => [...s!.map.keys()];

let srv: DnsResponder;
beforeAll(async () => {
  srv = await startDnsResponder({
    records: [
      { name: '127.0.0.1', type: 'PTR', value: 'localhost' },
      { name: '192.0.2.10', type: 'PTR', value: 'www.example.org' },
      { name: '2001:db8::10', type: 'PTR', value: 'v6.example.org' },
      { name: 'www.example.org', type: 'A', value: '192.0.2.10' },
      { name: 'www.example.org', type: 'A', value: '192.0.2.11' },
      { name: 'www.example.org', type: 'AAAA', value: '2001:db8:0:0::10' },
      { name: 'v4only.example.org', type: 'A', value: '192.0.2.20' },
      { name: 'v4only.example.org', type: 'TXT', value: ['first string', 'second string'] },
      { name: 'v4only.example.org', type: 'TXT', value: 'another record' },
      { name: 'v6only.example.org', type: 'AAAA', value: '2001:db8::6' },
      { name: 'slow.example.org', type: 'A', value: '192.0.2.30' },
      { name: 'fast.example.org', type: 'A', value: '192.0.2.31' },
      { name: 'blocking.example.org', type: 'A', value: '192.0.2.40' },
    ],
    delayMs: { 'slow.example.org': 300 },
    silent: ['black.hole.example.org', '9.9.9.9.in-addr.arpa'],
  });
});
afterAll(() => srv.close());

/** Waits for all outstanding lookups and delivers them, as the engine's end-of-run loop does. */
async function settle(dns: DnsResolver): Promise<void> {
  // nextCompletion() resolves at once while answers wait, so deliver before waiting again.
  while (dns.outstanding > 0) {
    await dns.nextCompletion();
    dns.deliverReady();
  }
  dns.deliverReady();
}

test('ptrName builds the reverse names the client asks for', () => {
  expect(ptrName('127.0.0.1')).toBe('1.0.0.127.in-addr.arpa');
  expect(ptrName('2001:db8::10')).toBe('0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
});

describe('live resolver (through the test responder)', () => {
  let dns: DnsResolver;
  beforeEach(() => {
    dns = createDnsResolver({ server: srv.server, timeoutMs: 400, env: {} });
  });
  afterEach(() => dns.close());

  test('is the default mode without flags or ZEEK_DNS_FAKE', () => {
    expect(dns.mode).toBe('live');
  });

  test('lookupAddr: the PTR name, delivered only by deliverReady()', async () => {
    const seen: string[] = [];
    const r = dns.lookupAddr('127.0.0.1', (x) => seen.push(x.value!));
    expect(r).toEqual({ state: 'pending', value: undefined });
    expect(dns.outstanding).toBe(1);
    await dns.nextCompletion();
    // The answer is in, but the script world does not see it before the engine's drain.
    expect(dns.outstanding).toBe(0);
    expect(dns.ready).toBe(1);
    expect(r.state).toBe('pending');
    expect(dns.deliverReady()).toBe(1);
    expect(r).toEqual({ state: 'resolved', value: 'localhost' });
    expect(seen).toEqual(['localhost']);
    expect(dns.deliverReady()).toBe(0);
  });

  test('lookupAddr of an IPv6 address', async () => {
    const r = dns.lookupAddr('2001:db8::10');
    await settle(dns);
    expect(r.value).toBe('v6.example.org');
  });

  test('lookupHostname: A then AAAA addresses in one set', async () => {
    const r = dns.lookupHostname('www.example.org');
    await settle(dns);
    expect(members(r.value)).toEqual(['192.0.2.10', '192.0.2.11', '2001:db8::10']);
  });

  test('lookupHostname: a name with only A records', async () => {
    const r = dns.lookupHostname('v4only.example.org');
    await settle(dns);
    expect(members(r.value)).toEqual(['192.0.2.20']);
  });

  test('lookupHostname: a name with only AAAA records', async () => {
    const r = dns.lookupHostname('v6only.example.org');
    await settle(dns);
    expect(members(r.value)).toEqual(['2001:db8::6']);
  });

  test('lookupHostnameTxt: the first string of the first record', async () => {
    const r = dns.lookupHostnameTxt('v4only.example.org');
    await settle(dns);
    expect(r.value).toBe('first string');
  });

  test('failures: NXDOMAIN gives "<???>" and set(0.0.0.0)', async () => {
    const a = dns.lookupAddr('192.0.2.99');
    const h = dns.lookupHostname('nosuch.example.org');
    const t = dns.lookupHostnameTxt('nosuch.example.org');
    const noTxt = dns.lookupHostnameTxt('www.example.org');
    await settle(dns);
    expect(a.value).toBe('<???>');
    expect(members(h.value)).toEqual(['0.0.0.0']);
    expect(t.value).toBe('<???>');
    expect(noTxt.value).toBe('<???>');
    expect(dns.cached('name', 'nosuch.example.org')).toEqual({ ok: false, reason: 'ENOTFOUND' });
  });

  test('timeouts: a silent server gives the failure values and is not cached', async () => {
    const h = dns.lookupHostname('black.hole.example.org');
    const a = dns.lookupAddr('9.9.9.9');
    expect(dns.outstanding).toBe(2);
    await settle(dns);
    expect(members(h.value)).toEqual(['0.0.0.0']);
    expect(a.value).toBe('<???>');
    expect(dns.cached('name', 'black.hole.example.org')).toBeUndefined();
  });

  test('answers are cached per name for the run, and still delivered at the next drain', async () => {
    const first = dns.lookupHostname('v4only.example.org');
    await settle(dns);
    await srv.flush();
    const asked = srv.queries.length;
    const second = dns.lookupHostname('v4only.example.org');
    expect(dns.outstanding).toBe(0);
    expect(dns.ready).toBe(1);
    expect(second.state).toBe('pending');
    dns.deliverReady();
    expect(members(second.value)).toEqual(['192.0.2.20']);
    // Each caller gets its own set, so a script mutating one does not change the other.
    expect(second.value).not.toBe(first.value);
    await srv.flush();
    expect(srv.queries.length).toBe(asked);
  });

  test('simultaneous lookups of one name share one query', async () => {
    await srv.flush();
    const before = srv.queries.length;
    const a = dns.lookupAddr('192.0.2.10');
    const b = dns.lookupAddr('192.0.2.10');
    expect(dns.outstanding).toBe(1);
    await settle(dns);
    await srv.flush();
    expect(srv.queries.slice(before)).toEqual(['PTR 10.2.0.192.in-addr.arpa']);
    expect([a.value, b.value]).toEqual(['www.example.org', 'www.example.org']);
  });

  test('results are delivered in completion order', async () => {
    const order: string[] = [];
    dns.lookupHostname('slow.example.org', () => order.push('slow'));
    dns.lookupHostname('fast.example.org', () => order.push('fast'));
    await settle(dns);
    expect(order).toEqual(['fast', 'slow']);
  });

  test('nextCompletion resolves at once when nothing is outstanding', async () => {
    await expect(dns.nextCompletion()).resolves.toBeUndefined();
  });

  test('blockingLookupHostname answers synchronously and fills the cache', async () => {
    expect(members(dns.blockingLookupHostname('blocking.example.org'))).toEqual(['192.0.2.40']);
    expect(dns.cached('name', 'blocking.example.org')).toEqual({ ok: true, values: ['192.0.2.40'] });
    expect(members(dns.blockingLookupHostname('nosuch2.example.org'))).toEqual([]);
    await srv.flush();
    const asked = srv.queries.length;
    const r = dns.lookupHostname('blocking.example.org');
    dns.deliverReady();
    expect(members(r.value)).toEqual(['192.0.2.40']);
    await srv.flush();
    expect(srv.queries.length).toBe(asked);
  });

  test('close(): in-flight lookups complete as failures, later ones fail at once', async () => {
    const r = dns.lookupAddr('192.0.2.10');
    dns.close();
    await settle(dns);
    expect(r.value).toBe('<???>');
    const later: DnsResult<string> = dns.lookupAddr('192.0.2.77');
    expect(dns.outstanding).toBe(0);
    dns.deliverReady();
    expect(later.value).toBe('<???>');
  });
});

test('a server Node does not accept is reported by name', () => {
  expect(() => createDnsResolver({ server: 'not a server', env: {} })).toThrow('bad DNS server "not a server"');
});
