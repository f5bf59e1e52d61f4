import { createDnsResolver, waitForLookups } from '../../src/dns';
import { DnsResponder, startDnsResponder } from '../helpers/dnsResponder';

let srv: DnsResponder;
beforeAll(async () => {
  srv = await startDnsResponder({
    records: [
      { name: 'quick.example.org', type: 'A', value: '192.0.2.1' },
      { name: 'slow.example.org', type: 'A', value: '192.0.2.2' },
    ],
    delayMs: { 'slow.example.org': 400 },
  });
});
afterAll(() => srv.close());

test('waits for every lookup, draining after each completion', async () => {
  const dns = createDnsResolver({ server: srv.server, timeoutMs: 2000, env: {} });
  const drained: number[] = [];
  const got: string[] = [];
  dns.lookupHostname('quick.example.org', () => got.push('quick'));
  dns.lookupHostname('slow.example.org', () => got.push('slow'));
  const drain = () => drained.push(dns.deliverReady());
  expect(await waitForLookups(dns, drain, 5000)).toBe(true);
  expect(got).toEqual(['quick', 'slow']);
  expect(drained).toEqual([1, 1]);
  dns.close();
});

test('gives up at the deadline, leaving the slow lookup in flight', async () => {
  const dns = createDnsResolver({ server: srv.server, timeoutMs: 2000, env: {} });
  dns.lookupHostname('slow.example.org');
  expect(await waitForLookups(dns, () => dns.deliverReady(), 50)).toBe(false);
  expect(dns.outstanding).toBe(1);
  dns.close();
});

test('nothing outstanding: returns at once, delivering what is ready', async () => {
  const dns = createDnsResolver({ env: { ZEEK_DNS_FAKE: '1' } });
  const r = dns.lookupAddr('10.0.0.1');
  expect(await waitForLookups(dns, () => dns.deliverReady(), 1000)).toBe(true);
  expect(r.value).toBe('fake_addr_lookup_result_10.0.0.1');
});
