import { jsonDouble, jsonString, toJsonText } from './jsonText';
import { makePattern } from './pattern';
import { makePort, PORT_TCP } from './port';
import { recordType, T, vectorType } from './types';

test('doubles as rapidjson prints them', () => {
  expect(jsonDouble(3.14)).toBe('3.14');
  expect(jsonDouble(1)).toBe('1.0');
  expect(jsonDouble(-1.23456789e308)).toBe('-1.23456789e308');
  expect(jsonDouble(9e-308)).toBe('9e-308');
  expect(jsonDouble(1e21)).toBe('1e21');
  expect(jsonDouble(1e20)).toBe('100000000000000000000.0');
  expect(jsonDouble(0.000001)).toBe('0.000001');
  expect(jsonDouble(NaN)).toBe('null');
});

test('strings: control bytes, quotes, UTF-8 kept, other bytes as \\xNN text', () => {
  expect(jsonString('a"\\\x01\n')).toBe('"a\\"\\\\\\u0001\\n"');
  expect(jsonString('\xc3\xa9\xff')).toBe('"\xc3\xa9\\\\xff"');
});

test('records: set fields only, &log filter, escape pattern', () => {
  const R = recordType([{ name: '_a', type: T.count }, { name: 'b', type: T.string, optional: true, log: true }]);
  expect(toJsonText({ _a: 1 }, R, { fieldEscape: makePattern('^_') })).toBe('{"a":1}');
  expect(toJsonText({ _a: 1, b: 'x' }, R, { onlyLoggable: true })).toBe('{"b":"x"}');
});

test('ports and vector holes', () => {
  expect(toJsonText(makePort(80, PORT_TCP), T.port)).toBe('{"port":80,"proto":"tcp"}');
  expect(toJsonText([1, undefined, 2], vectorType(T.count))).toBe('[1,null,2]');
});
