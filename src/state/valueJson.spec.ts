import { boxAny } from '../runtime/any';
import { formatValue } from '../runtime/describe';
import { makePattern, patternMatches } from '../runtime/pattern';
import { PORT_TCP, PORT_UDP } from '../runtime/port';
import { parseSubnet } from '../runtime/subnet';
import { canonicalKey, type TableValue } from '../runtime/table';
import { enumType, recordType, setType, T, tableType, vectorType, type Type } from '../runtime/types';
import { typeFromJson, typeToJson } from './typeJson';
import { patternFromText, valueFromJson, valueToJson, ValueJsonError } from './valueJson';

function table(types: Type[], rows: [unknown[], unknown][], isSet = false): TableValue {
  const map = new Map();
  for (const [index, value] of rows) map.set(canonicalKey(index, types), { index, value });
  return { isSet, map };
}

/** Through JSON text and back, as the file does. */
function roundTrip(v: unknown, t: Type): unknown {
  return valueFromJson(JSON.parse(JSON.stringify(valueToJson(v, t))), t);
}

describe('typed JSON values', () => {
  const Color = enumType('Color', ['Red', 'Green']);
  const Peer = recordType([{ name: 'host', type: T.addr }, { name: 'p', type: T.port }, { name: 'note', type: T.string, optional: true }], 'Peer');

  test.each<[string, unknown, Type]>([
    ['bool', true, T.bool],
    ['count', 42, T.count],
    ['count beyond 2^53', 18446744073709551615n, T.count],
    ['int', -7, T.int],
    ['double', 0.1, T.double],
    ['time', 1362692526.869344, T.time],
    ['interval', 1.5, T.interval],
    ['string with any bytes', 'a\x00\xff"\n', T.string],
    ['addr v4', '10.1.2.3', T.addr],
    ['addr v6', '2001:db8::1', T.addr],
    ['subnet', parseSubnet('10.0.0.0/8'), T.subnet],
    ['port', 80 | PORT_TCP, T.port],
    ['enum', 'Green', Color],
    ['vector with a hole', [1, undefined, 3], vectorType(T.count)],
    ['record with an unset optional field', { host: '1.2.3.4', p: 53 | PORT_UDP, note: undefined }, Peer],
  ])('%s round-trips', (_name, v, t) => {
    expect(roundTrip(v, t)).toEqual(v);
  });

  test('doubles that JSON has no number for', () => {
    expect(roundTrip(NaN, T.double)).toBeNaN();
    expect(roundTrip(-Infinity, T.interval)).toBe(-Infinity);
  });

  test('sets and tables keep their index values and canonical keys', () => {
    const st = setType([T.addr, T.port]);
    const s = table([T.addr, T.port], [[['1.2.3.4', 80 | PORT_TCP], true]], true);
    const back = roundTrip(s, st) as TableValue;
    expect([...back.map.keys()]).toEqual([...s.map.keys()]);
    expect(formatValue(back, st)).toBe(formatValue(s, st));
    const tt = tableType([T.string], setType([T.count]));
    const nested = table([T.string], [[['a'], table([T.count], [[[1], true]], true)]]);
    expect(formatValue(roundTrip(nested, tt), tt)).toBe(formatValue(nested, tt));
  });

  test('any values carry their dynamic type', () => {
    const v = boxAny(5, T.interval);
    expect(roundTrip(v, T.any)).toEqual(v);
  });

  test('patterns come back from their canonical text and still match', () => {
    const p = makePattern('ab+c', 'i');
    const back = patternFromText(p.text);
    expect(back.text).toBe(p.text);
    expect(patternMatches(back, 'ABBC')).toBe(true);
  });

  test('a value that does not fit its type is an error naming both', () => {
    expect(() => valueFromJson('abc', T.count)).toThrow(new ValueJsonError('"abc" is not a count'));
    expect(() => valueFromJson('80/xyz', T.port)).toThrow(ValueJsonError);
    expect(() => valueFromJson('Blue', Color)).toThrow(ValueJsonError);
  });

  test('functions cannot be stored', () => {
    expect(() => valueToJson(() => 1, { kind: 'function', params: [] })).toThrow(ValueJsonError);
  });

  test('types round-trip through their JSON description', () => {
    const t = tableType([T.addr], vectorType(Peer));
    expect(typeFromJson(JSON.parse(JSON.stringify(typeToJson(t))))).toEqual(
      expect.objectContaining({ kind: 'table', index: [T.addr] }),
    );
    expect(typeToJson(setType([T.string]))).toEqual({ set: ['string'] });
  });
});
