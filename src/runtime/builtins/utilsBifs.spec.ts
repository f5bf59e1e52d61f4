/** Unit checks of the built-ins Zeek's base/utils scripts call that rxbro lacked (docs/zeek-utils.md). */
import { createTestContext } from '../context';
import { T } from '../types';
import { ADDRESS_BUILTINS } from './addresses';
import { ENCODING_BUILTINS, unescapeUri } from './encoding';
import { TIME_BUILTINS } from './time';

describe('base/utils built-ins', () => {
  const ctx = createTestContext();
  const isValidIp = (s: string) => ADDRESS_BUILTINS.is_valid_ip.impl(ctx, [s], [T.string]);

  test('is_valid_ip: dotted quads up to 255 (leading zeros allowed), IPv6 with at most one ::', () => {
    for (const ok of ['0.0.0.0', '009.99.99.99', '255.255.255.255', '::', '2001:db8::FFFF:192.168.0.5', '6:1:2::3:4:5:6']) {
      expect([ok, isValidIp(ok)]).toEqual([ok, true]);
    }
    for (const bad of ['255.255.255.256', '1.2.3', '1.2.3.4.5', '2001::85a3::7334', '6:1:2::3:4:5:6:7', '2001:gb8::1', 'x']) {
      expect([bad, isValidIp(bad)]).toEqual([bad, false]);
    }
  });

  test('unescape_URI: %HH, IIS %uHHHH, a doubled % loses one, a stray % stays', () => {
    expect(unescapeUri('%A3%20rates')).toBe('\xa3 rates');
    expect(unescapeUri('100% %zz %4')).toBe('100% %zz %4');
    expect(unescapeUri('%%41%u0042%u4142x%')).toBe('ABABx%');
    expect(unescapeUri('%u12')).toBe('%u12');
    expect(ENCODING_BUILTINS.unescape_URI.impl(ctx, ['a%2fb'], [T.string])).toBe('a/b');
  });

  test('get_current_packet_ts is 0 without a packet source', () => {
    const noInput = { ...ctx, readingTraces: () => false, readingLiveTraffic: () => false, networkTime: () => 5 };
    expect(TIME_BUILTINS.get_current_packet_ts.impl(noInput, [], [])).toBe(0);
    const trace = { ...noInput, readingTraces: () => true };
    expect(TIME_BUILTINS.get_current_packet_ts.impl(trace, [], [])).toBe(5);
  });
});
