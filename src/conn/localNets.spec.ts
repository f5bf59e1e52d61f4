import { DEFAULT_LOCAL_NETS, inSubnet, isLocalAddr, parseAddr, parseSubnet } from './localNets';

describe('Site::local_nets defaults (engine.md 2.11)', () => {
  it.each([
    ['224.0.0.251', true],
    ['224.2.127.254', false],
    ['0.0.0.0', true],
    ['255.255.255.255', true],
    ['192.168.1.1', true],
    ['141.142.220.118', false],
    ['fe80::217:f2ff:fed7:cf65', true],
    ['ff02::fb', false],
    ['2001:db8::1', true],
    ['2001:470:1f11:81f:c999:d94:aa7c:2e3e', false],
    ['::1', true],
  ])('%s local=%s', (a, want) => {
    expect(isLocalAddr(a)).toBe(want);
  });

  it('parses IPv4-mapped and compressed IPv6', () => {
    expect(Buffer.from(parseAddr('::ffff:1.2.3.4')!).toString('hex')).toBe('00000000000000000000ffff01020304');
    expect(Buffer.from(parseAddr('1.2.3.4')!).toString('hex')).toBe('00000000000000000000ffff01020304');
    expect(Buffer.from(parseAddr('2001:db8::1')!).toString('hex')).toBe('20010db8000000000000000000000001');
    expect(parseAddr('1.2.3')).toBeUndefined();
  });

  it('the IPv4 fast path agrees with the byte-wise subnet test', () => {
    const lists = [
      DEFAULT_LOCAL_NETS,
      ['10.1.0.0/16', '2001:db8::/32'].map(parseSubnet),
      ['::/0'].map(parseSubnet),
      ['::ffff:0:0/96'].map(parseSubnet),
      ['1.2.3.4/32', '128.0.0.0/1'].map(parseSubnet),
      [],
    ];
    let x = 12345;
    const addrs = ['10.1.2.3', '10.2.0.1', '1.2.3.4', '1.2.3.5', '172.31.255.255', '172.32.0.0', '100.127.1.1', '100.128.0.0'];
    for (let i = 0; i < 2000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      addrs.push(`${x >>> 24}.${(x >>> 16) & 255}.${(x >>> 8) & 255}.${x & 255}`);
    }
    for (const nets of lists) {
      for (const a of addrs) {
        const bytes = parseAddr(a)!;
        expect([a, isLocalAddr(a, nets)]).toEqual([a, nets.some((n) => inSubnet(bytes, n))]);
      }
    }
    expect(isLocalAddr('1.2.3', DEFAULT_LOCAL_NETS)).toBe(false);
    expect(isLocalAddr('10.0.0.256', DEFAULT_LOCAL_NETS)).toBe(false);
  });
});
