/**
 * The resolvers that never touch the network: Zeek's fake mode and the hosts table. Both answer at once,
 * yet their results, like live ones, reach scripts only at the engine's next drain.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chooseDnsMode, createDnsResolver } from '../../src/dns';
import type { SetValue } from '../../src/runtime/table';

const members = (s: SetValue | undefined) => [...s!.map.keys()];

describe('mode selection', () => {
  test.each([
    [{ env: {} }, 'live'],
    [{ env: { ZEEK_DNS_FAKE: '1' } }, 'fake'],
    [{ env: { ZEEK_DNS_FAKE: '' } }, 'fake'],
    [{ env: { BRO_DNS_FAKE: 'yes' } }, 'fake'],
    [{ env: {}, hostsText: '' }, 'hosts'],
    [{ env: {}, hostsFile: '/nonexistent' }, 'hosts'],
    [{ env: { ZEEK_DNS_FAKE: '1' }, hostsText: '' }, 'hosts'],
    [{ env: { ZEEK_DNS_FAKE: '1' }, mode: 'live' as const }, 'live'],
  ])('%j → %s', (opts, mode) => {
    expect(chooseDnsMode(opts)).toBe(mode);
  });
});

describe('fake mode (ZEEK_DNS_FAKE)', () => {
  const dns = createDnsResolver({ env: { ZEEK_DNS_FAKE: '1' } });

  test('is chosen by the environment', () => {
    expect(dns.mode).toBe('fake');
  });

  test('answers with Zeek\'s strings and synthetic address, delivered at the next drain', () => {
    const a = dns.lookupAddr('127.0.0.1');
    const h = dns.lookupHostname('localhost');
    const t = dns.lookupHostnameTxt('www.zeek.org');
    expect(dns.outstanding).toBe(0);
    expect(dns.ready).toBe(3);
    expect([a.state, h.state, t.state]).toEqual(['pending', 'pending', 'pending']);
    expect(dns.deliverReady()).toBe(3);
    expect(a).toEqual({ state: 'resolved', value: 'fake_addr_lookup_result_127.0.0.1' });
    expect(members(h.value)).toEqual(['fd8a:11f:96f8:5e08:d9a2:a558:5961:45df']);
    expect(t.value).toBe('fake_lookup_result_T_TXT_www.zeek.org');
  });

  test('blocking_lookup_hostname gives the same address at once', () => {
    expect(members(dns.blockingLookupHostname('localhost'))).toEqual(['fd8a:11f:96f8:5e08:d9a2:a558:5961:45df']);
  });

  test('the script\'s digest_salt keys the hash', () => {
    const salted = createDnsResolver({ env: { ZEEK_DNS_FAKE: '1' }, digestSalt: 'salt' });
    expect(members(salted.blockingLookupHostname('localhost'))).toEqual(['6238:6ea:c781:7378:a4c5:8f:d11e:edcc']);
  });

  test('digest_salt may be given late, as a function asked at each new name', () => {
    let salt: string | undefined;
    const d = createDnsResolver({ env: { ZEEK_DNS_FAKE: '1' }, digestSalt: () => salt });
    salt = 'salt'; // the scripts' redef is applied after the resolver was made
    expect(members(d.blockingLookupHostname('localhost'))).toEqual(['6238:6ea:c781:7378:a4c5:8f:d11e:edcc']);
  });

  test('fakeNameHash: md5 gives old Bro\'s addresses', () => {
    const d = createDnsResolver({ env: { ZEEK_DNS_FAKE: '1' }, fakeNameHash: 'md5' });
    expect(members(d.blockingLookupHostname('example.com'))).toEqual(['5aba:bd60:3b22:7803:2dd:8d83:498e:5172']);
  });

  test('callbacks and onDeliver run in request order', () => {
    const seen: string[] = [];
    const d = createDnsResolver({ env: { BRO_DNS_FAKE: '1' }, onDeliver: (r) => seen.push(`deliver ${String(r.value)}`) });
    d.lookupAddr('10.0.0.1', (r) => seen.push(`cb ${r.value}`));
    d.lookupAddr('10.0.0.2', (r) => seen.push(`cb ${r.value}`));
    d.deliverReady();
    expect(seen).toEqual([
      'cb fake_addr_lookup_result_10.0.0.1',
      'deliver fake_addr_lookup_result_10.0.0.1',
      'cb fake_addr_lookup_result_10.0.0.2',
      'deliver fake_addr_lookup_result_10.0.0.2',
    ]);
  });
});

describe('hosts table (--hosts FILE)', () => {
  const HOSTS = '127.0.0.1 localhost\n192.0.2.5 Mail.Example.ORG mail\n2001:db8::5 mail\nbogus line here\n';

  test('reads the file; names case-insensitive; A and AAAA together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-dns-'));
    try {
      const file = join(dir, 'hosts');
      writeFileSync(file, HOSTS);
      const warnings: string[] = [];
      const dns = createDnsResolver({ hostsFile: file, onWarning: (m) => warnings.push(m) });
      expect(dns.mode).toBe('hosts');
      expect(warnings).toEqual([`${file}: ignored line 4 (not "ADDRESS NAME...")`]);
      const h = dns.lookupHostname('MAIL');
      const a = dns.lookupAddr('192.0.2.5');
      const l = dns.lookupAddr('127.0.0.1');
      expect(dns.ready).toBe(3);
      dns.deliverReady();
      expect(members(h.value)).toEqual(['192.0.2.5', '2001:db8::5']);
      expect(a.value).toBe('Mail.Example.ORG');
      expect(l.value).toBe('localhost');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('names and addresses not in the table fail with the documented values', () => {
    const dns = createDnsResolver({ hostsText: HOSTS });
    const h = dns.lookupHostname('nosuch');
    const a = dns.lookupAddr('192.0.2.99');
    const t = dns.lookupHostnameTxt('mail');
    dns.deliverReady();
    expect(members(h.value)).toEqual(['0.0.0.0']);
    expect(a.value).toBe('<???>');
    expect(t.value).toBe('<???>');
    expect(members(dns.blockingLookupHostname('nosuch'))).toEqual([]);
    expect(members(dns.blockingLookupHostname('localhost'))).toEqual(['127.0.0.1']);
  });

  test('a missing file is an error naming it', () => {
    expect(() => createDnsResolver({ hostsFile: '/nonexistent/hosts' })).toThrow('/nonexistent/hosts');
  });
});
