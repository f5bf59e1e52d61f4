import { parseAddr, addrCompare, addrToHex, addrFromBytes, addrSize, addrIsV4 } from '../../src/runtime/addr';
import { makeSubnet, parseSubnet, subnetContains, subnetToString, subnetSize, maskAddr } from '../../src/runtime/subnet';

describe('address rendering (language.ipv6-literals, T25)', () => {
  it.each([
    ['::1', '::1'],
    ['::ffff', '::ffff'],
    ['::ffff:ffff', '::255.255.255.255'],
    ['::10.10.255.255', '::10.10.255.255'],
    ['aaaa::ffff', 'aaaa::ffff'],
    ['ffff::192.168.1.100', 'ffff::c0a8:164'],
    ['::ffff:192.168.1.100', '192.168.1.100'],
    ['::ffff:0:192.168.1.100', '::ffff:0:192.168.1.100'],
    ['aaaa:bbbb:cccc:dddd:eeee:0:0:2222', 'aaaa:bbbb:cccc:dddd:eeee::2222'],
    ['::', '::'],
    ['2001:DB8:0:0:0:FFFF:192.168.0.5', '2001:db8::ffff:c0a8:5'],
    ['0xaaaa::bbbb'.slice(2), 'aaaa::bbbb'],
    ['001.002.003.004', '1.2.3.4'],
    ['1:0:0:1:0:0:0:1', '1:0:0:1::1'],
    ['1:0:0:1:0:0:1:1', '1::1:0:0:1:1'],
    ['1:2:3:4:5:6:0:8', '1:2:3:4:5:6:0:8'],
  ])('%s → %s', (i, o) => {
    expect(parseAddr(i)).toBe(o);
  });
  it('rejects malformed text', () => {
    for (const bad of ['1.2.3', '1.2.3.256', '1::2::3', ':::', '12345::', 'x', '']) expect(parseAddr(bad)).toBeUndefined();
  });
  it('converts from packet bytes', () => {
    expect(addrFromBytes(Buffer.from([10, 0, 0, 1]), 0, 4)).toBe('10.0.0.1');
    const b = Buffer.alloc(16);
    b[15] = 1;
    expect(addrFromBytes(b, 0, 16)).toBe('::1');
  });
});

describe('address ordering and properties', () => {
  it('sorts IPv4 after ::1 by the mapped form', () => {
    const xs = ['10.0.0.1', '2001:db8::1', '::1', '1.2.3.4', '::'];
    expect(xs.sort(addrCompare)).toEqual(['::', '::1', '1.2.3.4', '10.0.0.1', '2001:db8::1']);
    expect(addrCompare('1.2.3.4', '1.2.3.4')).toBe(0);
    expect(addrCompare('255.255.255.255', '1.2.3.4') > 0).toBe(true);
  });
  it('sizes, families, hex', () => {
    expect(addrSize('1.2.3.4')).toBe(32);
    expect(addrSize('::1')).toBe(128);
    expect(addrIsV4(parseAddr('::ffff:1.2.3.4') as string)).toBe(true);
    expect(addrToHex('127.0.0.1')).toBe('7f000001');
    expect(addrToHex('fe00::1')).toBe('fe000000000000000000000000000001');
  });
});

describe('subnets (language.subnet)', () => {
  it('builds with host bits cleared', () => {
    expect(subnetToString(makeSubnet('10.1.2.3', 8))).toBe('10.0.0.0/8');
    expect(subnetToString(parseSubnet('[fe80:1234::]/32')!)).toBe('fe80:1234::/32');
    expect(subnetToString(parseSubnet('[::ffff:0:0]/96')!)).toBe('0.0.0.0/0');
    expect(() => makeSubnet('1.2.3.4', 33)).toThrow('bad IPv4 subnet prefix length: 33');
    expect(() => makeSubnet('::1', 129)).toThrow('bad IPv6 subnet prefix length: 129');
  });
  it('tests containment', () => {
    const sn = parseSubnet('192.168.0.0/16')!;
    expect(subnetContains(sn, '192.168.1.1')).toBe(true);
    expect(subnetContains(sn, '192.169.0.1')).toBe(false);
    expect(subnetContains(sn, '::1')).toBe(false);
    expect(subnetContains(parseSubnet('[::ffff:0:0]/96')!, '1.2.3.4')).toBe(true);
    expect(subnetContains(parseSubnet('[::ffff:0:0]/96')!, '::1')).toBe(false);
    expect(subnetContains(parseSubnet('[2001:db8::]/32')!, '2001:db8:1::5')).toBe(true);
    expect(subnetContains(parseSubnet('[2001:db8::]/32')!, '2001:db9::5')).toBe(false);
    expect(subnetContains(parseSubnet('0.0.0.0/0')!, '8.8.8.8')).toBe(true);
    expect(subnetContains(parseSubnet('[::]/0')!, '8.8.8.8')).toBe(true);
  });
  it('sizes and mask_addr (T13)', () => {
    expect(subnetSize(parseSubnet('192.168.0.0/24')!)).toBe(256);
    expect(subnetToString(maskAddr('255.255.255.255', 1))).toBe('128.0.0.0/1');
    expect(subnetToString(maskAddr('255.255.255.255', 18))).toBe('255.255.192.0/18');
  });
});

describe('Baseline: language.ipv6-literals/output', () => {
  it('renders every literal', () => {
    const input = [
      '::1', '::ffff', '::ffff:ffff', '::0a0a:ffff', '1::1', '1::a', '1::1:1', '1::1:a', 'a::a', 'a::1', 'a::a:a',
      'a::a:1', 'a:a::a', 'aaaa:0::ffff', '::ffff:192.168.1.100', 'ffff::192.168.1.100', '::192.168.1.100',
      '::ffff:0:192.168.1.100', '805B:2D9D:DC28::FC57:212.200.31.255', 'aaaa::bbbb',
      'aaaa:bbbb:cccc:dddd:eeee:ffff:1111:2222', 'aaaa:bbbb:cccc:dddd:eeee:ffff:1:2222',
      'aaaa:bbbb:cccc:dddd:eeee:ffff:0:2222', 'aaaa:bbbb:cccc:dddd:eeee:0:0:2222',
    ];
    expect(input.map(parseAddr)).toEqual([
      '::1', '::ffff', '::255.255.255.255', '::10.10.255.255', '1::1', '1::a', '1::1:1', '1::1:a', 'a::a', 'a::1',
      'a::a:a', 'a::a:1', 'a:a::a', 'aaaa::ffff', '192.168.1.100', 'ffff::c0a8:164', '::192.168.1.100',
      '::ffff:0:192.168.1.100', '805b:2d9d:dc28::fc57:d4c8:1fff', 'aaaa::bbbb',
      'aaaa:bbbb:cccc:dddd:eeee:ffff:1111:2222', 'aaaa:bbbb:cccc:dddd:eeee:ffff:1:2222',
      'aaaa:bbbb:cccc:dddd:eeee:ffff:0:2222', 'aaaa:bbbb:cccc:dddd:eeee::2222',
    ]);
  });
});

describe('Baseline: language.subnet/out', () => {
  const S = (t: string) => parseSubnet(t)!;
  const eq = (a: ReturnType<typeof S>, b: ReturnType<typeof S>) => subnetToString(a) === subnetToString(b);
  it.each<[string, boolean]>([
    ['IPv4 subnet equality', eq(makeSubnet('192.1.2.3', 8), S('192.0.0.0/8'))],
    ['IPv4 subnet inequality', !eq(makeSubnet('192.1.2.3', 4), S('192.0.0.0/8'))],
    ['IPv4 subnet in operator', subnetContains(S('192.0.0.0/8'), '192.1.2.3')],
    ['IPv4 subnet !in operator', !subnetContains(S('255.255.255.255/32'), '192.1.2.3')],
    ['IPv6 subnet equality', eq(makeSubnet('ffff::', 64), S('[ffff::]/64'))],
    ['IPv6 subnet inequality', !eq(makeSubnet('ffff:1::1', 64), S('[ffff::]/64'))],
    ['IPv6 subnet in operator', subnetContains(S('[ffff::]/64'), 'ffff::1')],
    ['IPv6 subnet !in operator', !subnetContains(S('[ffff::]/64'), 'ffff:1::1')],
    ['IPv4 and IPv6 subnet inequality', !eq(S('0.0.0.0/0'), S('[::]/0'))],
    ['IPv4 address and IPv6 subnet', !subnetContains(S('[ffff::]/64'), '192.1.2.3')],
    ['IPv4 in IPv4-mapped-IPv6 subnet', subnetContains(S('[::ffff:0:0]/96'), '1.2.3.4')],
    ['IPv6 !in IPv4-mapped-IPv6 subnet', !subnetContains(S('[::ffff:0:0]/96'), 'fe80::1')],
    ['IPv4-mapped-IPv6 in IPv4-mapped-IPv6 subnet', subnetContains(S('[::ffff:0:0]/96'), parseAddr('::ffff:1.2.3.4')!)],
    ['IPv4-mapped-IPv6 subnet equality', eq(S('[::ffff:1.2.3.4]/112'), S('1.2.0.0/16'))],
    ['subnet literal const whitespace', eq(S('[::ffff:1.2.3.4] / 112'), S('1.2.0.0 / 16'))],
    ['subnet literal const whitespace', eq(S('[::ffff:1.2.3.4]/ 128'), S('1.2.3.4/ 32'))],
    ['subnet literal const whitespace', eq(S('[::ffff:1.2.3.4] /96'), S('1.2.3.4 /0'))],
    ['subnet literal const whitespace', eq(S('[::ffff:1.2.3.4]   /    92'), S('[::fffe:1.2.3.4]    /   92'))],
  ])('%s', (_name, pass) => {
    expect(pass).toBe(true);
  });
});
