import { fmt, cat, catSep, formatDateTime } from '../../src/runtime/fmt';
import { createTestContext } from '../../src/runtime/context';
import { T, Type, setType, enumType, vectorType } from '../../src/runtime/types';
import { makePort, PORT_TCP } from '../../src/runtime/port';
import { parseSubnet } from '../../src/runtime/subnet';
import { makePattern } from '../../src/runtime/pattern';
import { createSet, setAdd } from '../../src/runtime/table';
import { boxAny } from '../../src/runtime/any';
import { strftime, strptime } from '../../src/runtime/strftime';

function f(format: string, ...a: [unknown, Type][]): string {
  const ctx = createTestContext();
  return fmt(ctx, format, a.map((x) => x[0]), a.map((x) => x[1]));
}

describe('fmt (bifs.fmt, §10.1, T4–T6)', () => {
  it.each<[string, [unknown, Type][], string]>([
    ['*%-10s*', [['test', T.string]], '*test      *'],
    ['*%10s*', [[true, T.bool]], '*         T*'],
    ['*%10.2e*', [[3.14159265, T.double]], '*  3.14e+00*'],
    ['*%10.2f*', [[-3.14159265, T.double]], '*     -3.14*'],
    ['*%10.2f*', [[3.14159265, T.double]], '*      3.14*'],
    ['*%10.2g*', [[3.14159265, T.double]], '*       3.1*'],
    ['*%010d*', [[128, T.count]], '*0000000128*'],
    ['*%-10d*', [[-128, T.int]], '*-128      *'],
    ['*%10x*', [[160, T.count]], '*        a0*'],
    ['*%10x*', [[makePort(160, PORT_TCP), T.port]], '*        a0*'],
    ['*%10s*', [[makePort(160, PORT_TCP), T.port]], '*   160/tcp*'],
    ['*%10x*', [['127.0.0.1', T.addr]], '*  7f000001*'],
    ['*%10x*', [['fe00::1', T.addr]], '*fe000000000000000000000000000001*'],
    ['*%10s*', [[parseSubnet('192.168.0.0/16'), T.subnet]], '*192.168.0.0/16*'],
    ['*%10s*', [[10800, T.interval]], '*   3.0 hrs*'],
    ['*%10s*', [[makePattern('^foo|bar'), T.pattern]], '*/^?(^foo|bar)$?/*'],
    ['%e', [[310.0, T.double]], '3.100000e+02'],
    ['%f', [[310.0, T.double]], '310.000000'],
    ['%g', [[310.0, T.double]], '310'],
    ['%.3e', [[310.0, T.double]], '3.100e+02'],
    ['%.3f', [[310.0, T.double]], '310.000'],
    ['%%', [], '%'],
    ['text', [], 'text'],
    ['', [], ''],
    ['%5s|', [['ab', T.string]], '   ab|'],
    ['%-5s|', [['ab', T.string]], 'ab   |'],
    ['%.2f', [[3.14159, T.double]], '3.14'],
    ['%5d', [[42, T.count]], '   42'],
    ['%x', [[255, T.count]], 'ff'],
    ['%x', [[-1, T.int]], 'ffffffffffffffff'],
    ['%d', [[makePort(80, PORT_TCP), T.port]], '80'],
    ['%s and %s', [[1, T.count], ['a', T.string]], '1 and a'],
    ['%s', [[300, T.interval]], '5.0 mins'],
    ['%.1f', [[90, T.interval]], '90.0'],
    ['%s', [[1.5, T.double]], '1.5'],
    ['%f', [[1.5, T.double]], '1.500000'],
    ['%d', [[true, T.bool]], '1'],
    ['%d', [['B', enumType('E', ['A', 'B'])]], '1'],
    ['%d', [[18446744073709551615n, T.count]], '18446744073709551615'],
    ['%s', [['a\tb', T.string]], 'a\tb'],
    ['%s', [[boxAny(5, T.count), T.any]], '5'],
    ['%05.1f', [[-2.25, T.double]], '-02.2'],
    ['%T', [[0, T.time]], '1970-01-01-00:00:00.000000000'],
    ['%D', [[629503200, T.time]], '1989-12-12-22:00:00'],
    ['%T', [[1300475167.096535, T.time]], '2011-03-18-19:06:07.096534967'],
    // The rest of Baseline: bifs.fmt/out.
    ['*%10s*', [['test', T.string]], '*      test*'],
    ['*%-10s*', [[true, T.bool]], '*T         *'],
    ['*%-10.2e*', [[3.14159265, T.double]], '*3.14e+00  *'],
    ['*%10.2e*', [[-3.14159265, T.double]], '* -3.14e+00*'],
    ['*%10.2g*', [[-3.14159265, T.double]], '*      -3.1*'],
    ['*%-10.2e*', [[-3.14159265, T.double]], '*-3.14e+00 *'],
    ['*%-10.2f*', [[-3.14159265, T.double]], '*-3.14     *'],
    ['*%-10.2g*', [[-3.14159265, T.double]], '*-3.1      *'],
    ['*%10d*', [[-128, T.int]], '*      -128*'],
    ['*%10d*', [[128, T.count]], '*       128*'],
    ['*%-10d*', [[128, T.count]], '*128       *'],
    ['*%010x*', [[160, T.count]], '*00000000a0*'],
    ['*%10s*', [['127.0.0.1', T.addr]], '* 127.0.0.1*'],
    ['*%10s*', [['::1', T.addr]], '*       ::1*'],
    ['*%10s*', [['fe80:1234::1', T.addr]], '*fe80:1234::1*'],
    ['*%10s*', [[parseSubnet('[fe80:1234::]/32'), T.subnet]], '*fe80:1234::/32*'],
    ['*%10s*', [['Blue', enumType('color', ['Red', 'Blue'])]], '*      Blue*'],
    ['*%10s*', [[[1, 2, 3], vectorType(T.count)]], '* [1, 2, 3]*'],
    ['%.3g', [[310.0, T.double]], '310'],
    ['%.7g', [[310.0, T.double]], '310'],
    ['%s', [['\x00\x1f', T.string]], '\x00\x1f'],
  ])('fmt(%p) → %p', (format, a, out) => {
    expect(f(format, ...a)).toBe(out);
  });

  it('renders a set with tabs', () => {
    const s = createSet();
    setAdd(s, 2);
    setAdd(s, 1);
    setAdd(s, 3);
    expect(f('%s', [s, setType([T.count])])).toBe('{\n\t2,\n\t1,\n\t3\n}');
  });

  it('reports errors and keeps going', () => {
    const ctx = createTestContext();
    expect(fmt(ctx, '[%5d]', [1.5], [T.double])).toBe('[     ]');
    expect(fmt(ctx, '%d', [1.5], [T.double])).toBe('');
    expect(fmt(ctx, '%200d', [1], [T.count])).toBe('d');
    expect(fmt(ctx, '%f', [5], [T.count])).toBe('');
    expect(fmt(ctx, '%D', [5], [T.count])).toBe('');
    expect(fmt(ctx, '%.2d', [5], [T.count])).toBe('5');
    expect(ctx.errors).toEqual([
      'bad type for %d/%x format',
      'bad type for %d/%x format',
      'excessive field width or precision',
      'bad type for floating-point format',
      'bad type for Date/Time format',
      'precision specified for non-floating point',
    ]);
  });

  it('returns "" on an argument count mismatch', () => {
    const ctx = createTestContext();
    expect(fmt(ctx, '%s %s', [1], [T.count])).toBe('');
    expect(fmt(ctx, '%s', [1, 2], [T.count, T.count])).toBe('');
    expect(ctx.errors).toEqual(['too few arguments for format', 'too many arguments for format']);
  });
});

describe('cat and cat_sep (bifs.cat, T8)', () => {
  it('concatenates raw renderings', () => {
    expect(cat(['foo', 3, true], [T.string, T.count, T.bool])).toBe('foo3T');
    expect(cat([], [])).toBe('');
    expect(catSep('|', '<empty>', ['foo', 3, true], [T.string, T.count, T.bool])).toBe('foo|3|T');
    expect(catSep('|', '<empty>', ['', 3, true], [T.string, T.count, T.bool])).toBe('<empty>|3|T');
    expect(catSep('|', '<empty>', [], [])).toBe('');
  });
});

describe('strftime / strptime (bifs.strftime, T12)', () => {
  it('formats in UTC', () => {
    expect(strftime('%Y-%m-%d %H:%M:%S', 0)).toBe('1970-01-01 00:00:00');
    expect(strftime('%H%M%S %Y%m%d', 123456789)).toBe('213309 19731129');
    expect(strftime('%Y-%m-%d %H:%M:%S', 123456789)).toBe('1973-11-29 21:33:09');
    expect(strftime('%a %b %e %j %%', 123456789)).toBe('Thu Nov 29 333 %');
    expect(formatDateTime(0.5, 'D', true)).toBe('1970-01-01-00:00:00');
  });
  it('parses', () => {
    expect(strptime('%Y-%m-%d %H:%M:%S', '1973-11-29 21:33:09')).toBe(123456789);
    expect(strptime('%Y-%m-%d', 'garbage')).toBeUndefined();
  });
});
