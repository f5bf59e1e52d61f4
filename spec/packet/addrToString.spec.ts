import { addrToString, macToString } from '../../src/packet';
import { ip6addr } from './frames';

describe('addrToString', () => {
  it('prints IPv4 as a dotted quad', () => {
    expect(addrToString(Buffer.from([0, 192, 168, 1, 255, 0]), 1, 4)).toBe('192.168.1.255');
    expect(addrToString(Buffer.from([0, 0, 0, 0]), 0, 4)).toBe('0.0.0.0');
  });
  it.each([
    ['2001:db8:0:0:0:0:0:1', '2001:db8::1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['fe80:0:0:0:217:f2ff:fed7:cf65', 'fe80::217:f2ff:fed7:cf65'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'], // a single zero group stays
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'], // the longest run is compressed
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'], // on a tie, the first run
    ['ff02:0:0:0:0:0:1:ff00', 'ff02::1:ff00'],
    ['2001:DB8:0:0:0:0:0:ABCD', '2001:db8::abcd'],
    ['0:0:0:0:0:ffff:c000:280', '::ffff:192.0.2.128'],
    ['1:0:0:0:0:0:0:0', '1::'],
  ])('%s -> %s', (full, text) => {
    expect(addrToString(Buffer.concat([Buffer.from([9]), ip6addr(full)]), 1, 16)).toBe(text);
  });
});

describe('macToString', () => {
  it('prints lower-case, zero-padded pairs', () => {
    expect(macToString(Buffer.from('0098eecbbd07fe', 'hex'), 1)).toBe('98:ee:cb:bd:07:fe');
    expect(macToString(Buffer.from('000000000000', 'hex'), 0)).toBe('00:00:00:00:00:00');
  });
});
