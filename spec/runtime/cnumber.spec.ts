import { formatDouble, formatInterval, cFixed, cExp, cGeneral } from '../../src/runtime/cnumber';

describe('double rule (language.double, T1)', () => {
  it.each([
    [5.0, '5.0'], [0.0000005, '5e-07'], [0.000005, '0.000005'], [0.0000000000001, '1e-13'], [0.1, '0.1'],
    [5e-13, '5e-13'], [0.00005, '0.00005'], [0.5, '0.5'], [1e-7, '1e-07'], [0.000001, '0.000001'], [1.0, '1.0'],
    [3.14, '3.14'], [0, '0.0'], [-0, '0.0'], [-10.5, '-10.5'], [1.5e-7, '1.5e-07'],
    [1e10, '1e+10'], [4294967296, '4.294967296e+09'], [2147483647, '2147483647.0'],
    [1300475167.096535, '1300475167.096535'], [2.0000000001, '2.0'], [2.0000001, '2'],
    [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'], [256, '256.0'], [7, '7.0'],
  ])('%p → %s', (d, s) => {
    expect(formatDouble(d)).toBe(s);
  });
});

describe('interval rule (core.print-interval, T2, T3)', () => {
  it.each([
    [300, '5.0 mins'], [90, '1.0 min 30.0 secs'], [8.5 * 86400, '8.0 days 12.0 hrs'], [5.5, '5.0 secs 500.0 msecs'],
    [3.5e-6, '3.5 usecs'], [-5, '-5.0 secs'], [3600, '1.0 hr'], [0, '0 secs'], [0.12345678912345e-6, '0.123457 usecs'],
    [-0.12345678912345e-6, '-0.123457 usecs'], [2 * 86400 + 2, '2.0 days 2.0 secs'], [6.5 * 60, '6.0 mins 30.0 secs'],
    [4.5e-3, '4.0 msecs 500.0 usecs'], [1.001e-6 * 1000, '1.0 msec 1.0 usec'], [10800, '3.0 hrs'],
    [5400, '1.0 hr 30.0 mins'],
  ])('%p → %s', (v, s) => {
    expect(formatInterval(v)).toBe(s);
  });
});

describe('C conversions', () => {
  it('fixed with ties to even', () => {
    expect(cFixed(0.0078125, 6)).toBe('0.007812');
    expect(cFixed(310, 3)).toBe('310.000');
    expect(cFixed(3.14159265, 2)).toBe('3.14');
    expect(cFixed(2.5, 0)).toBe('2');
    expect(cFixed(1e22, 1)).toBe('10000000000000000000000.0');
  });
  it('exponent', () => {
    expect(cExp(310, 6)).toBe('3.100000e+02');
    expect(cExp(310, 3)).toBe('3.100e+02');
    expect(cExp(3.14159265, 2)).toBe('3.14e+00');
    expect(cExp(9.9999999, 2)).toBe('1.00e+01');
    expect(cExp(0, 2)).toBe('0.00e+00');
    expect(cExp(1e-300, 1)).toBe('1.0e-300');
  });
  it('general', () => {
    expect(cGeneral(310, 6)).toBe('310');
    expect(cGeneral(3.14159265, 2)).toBe('3.1');
    expect(cGeneral(5e-7, 6)).toBe('5e-07');
    expect(cGeneral(1e-4, 6)).toBe('0.0001');
    expect(cGeneral(123456789, 6)).toBe('1.23457e+08');
    expect(cGeneral(0, 6)).toBe('0');
  });
});

describe('large precisions', () => {
  it('handles precisions above JS toFixed limits', () => {
    expect(cFixed(0.5, 120)).toBe('0.5' + '0'.repeat(119));
    expect(cFixed(0.1, 110).startsWith('0.1000000000000000055511151231257827')).toBe(true);
  });
});

describe('Baseline: core.print-interval/out, line by line', () => {
  it('reproduces every line', () => {
    const out: string[] = [formatInterval(0)];
    let p = 0.12345678912345 * 1e-6;
    let n = -p;
    for (let i = 0; i < 4; i++) {
      out.push(formatInterval(p), formatInterval(n));
      p = p * 10000;
      n = n * 10000;
    }
    const d = 1.001 * 1e-6;
    out.push(formatInterval(d), formatInterval(d * 1000), formatInterval(1.1e-6 * 10000));
    out.push(...[8.5 * 86400, 7.5 * 3600, 6.5 * 60, 5.5, 4.5e-3, 3.5e-6, 2 * 86400 + 2].map(formatInterval));
    expect(out).toEqual([
      '0 secs',
      '0.123457 usecs',
      '-0.123457 usecs',
      '1.0 msec 234.567891 usecs',
      '-1.0 msec -234.567891 usecs',
      '12.0 secs 345.0 msecs 678.912345 usecs',
      '-12.0 secs -345.0 msecs -678.912345 usecs',
      '1.0 day 10.0 hrs 17.0 mins 36.0 secs 789.0 msecs 123.449984 usecs',
      '-1.0 day -10.0 hrs -17.0 mins -36.0 secs -789.0 msecs -123.449984 usecs',
      '1.001 usecs',
      '1.0 msec 1.0 usec',
      '11.0 msecs',
      '8.0 days 12.0 hrs',
      '7.0 hrs 30.0 mins',
      '6.0 mins 30.0 secs',
      '5.0 secs 500.0 msecs',
      '4.0 msecs 500.0 usecs',
      '3.5 usecs',
      '2.0 days 2.0 secs',
    ]);
  });
});
