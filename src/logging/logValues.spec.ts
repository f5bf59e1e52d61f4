import { createSet, setAdd } from '../runtime/table';
import { makeSubnet } from '../runtime/subnet';
import { makePort, PORT_TCP } from '../runtime/port';
import { setType, T, vectorType } from '../runtime/types';
import { DEFAULT_SEPARATORS } from './asciiText';
import { fixed6, formatJsonValue, formatLogDouble, formatTsvValue, jsonLogDouble, logTypeName } from './logValues';

describe('log values (Zeek ASCII writer)', () => {
  it('doubles: six decimals, trailing zeros dropped, every digit of huge values (baseline ascii-double test.log)', () => {
    const cases: [number, string][] = [
      [2153226000.0, '2153226000.0'], [2153226000.123456789, '2153226000.123457'], [1.0, '1.0'], [0.1234, '0.1234'],
      [3.14e15, '3140000000000000.0'], [1.23456789e-5, '0.000012'], [-2.23e-308, '-0.0'], [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'],
    ];
    for (const [v, s] of cases) expect(formatLogDouble(v)).toBe(s);
    expect(formatLogDouble(1.79e308)).toMatch(/^178999999999999996376899522972626047077637637819240219954027593177370961667659291027329061638406108931437333529420935752785895444161234074984843178962619172326295244262722141766382622299223626438470088150218987997954747866198184686628013966119769261150988554952970462018533787926725176560021258785656871583744\.0$/);
  });

  it('JSON doubles: the shortest form, .0 on whole numbers, null for inf/nan (baseline ascii-double json.log)', () => {
    expect([100, 1.123456789, 1.79e308, 1.23456789e-5, -0, NaN].map(jsonLogDouble)).toEqual(['100.0', '1.123456789', '1.79e308', '0.0000123456789', '-0.0', 'null']);
  });

  it('times and intervals keep six decimals in TSV', () => {
    expect(fixed6(100)).toBe('100.000000');
    expect(formatTsvValue(1.5, T.time, DEFAULT_SEPARATORS)).toBe('1.500000');
  });

  it('strings: empty, reserved words and separators escaped', () => {
    const s = DEFAULT_SEPARATORS;
    expect(formatTsvValue('', T.string, s)).toBe('(empty)');
    expect(formatTsvValue('-', T.string, s)).toBe('\\x2d');
    expect(formatTsvValue('(empty)', T.string, s)).toBe('\\x28empty)');
    expect(formatTsvValue('a\tb\\c', T.string, s)).toBe('a\\x09b\\x5cc');
    expect(formatTsvValue('fa||ure', T.string, { ...s, separator: '||' })).toBe('fa\\x7c\\x7cure');
    expect(formatTsvValue(undefined, T.string, s)).toBe('-');
  });

  it('containers: set separator between elements and escaped inside them, (empty) when empty', () => {
    const st = createSet();
    setAdd(st, 'a,b');
    setAdd(st, 'c');
    expect(formatTsvValue(st, setType([T.string]), DEFAULT_SEPARATORS)).toBe('a\\x2cb,c');
    expect(formatTsvValue([], vectorType(T.count), DEFAULT_SEPARATORS)).toBe('(empty)');
    expect(formatJsonValue([0, undefined, 2], vectorType(T.count))).toBe('[0,null,2]');
  });

  it('ports as numbers, subnets and addresses as text', () => {
    expect(formatTsvValue(makePort(123, PORT_TCP), T.port, DEFAULT_SEPARATORS)).toBe('123');
    expect(formatJsonValue(makeSubnet('10.0.0.1', 24), T.subnet)).toBe('"10.0.0.0/24"');
  });

  it('names the #types of containers and functions', () => {
    expect([logTypeName(setType([T.count])), logTypeName(vectorType(T.string)), logTypeName({ kind: 'function', params: [] })]).toEqual([
      'set[count]', 'vector[string]', 'func',
    ]);
  });
});
