import { isLocalAddr, parseAddr } from './localNets';

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
});
