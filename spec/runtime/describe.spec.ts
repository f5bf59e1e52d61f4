import { formatValue, formatValueRaw, formatPrintLine } from '../../src/runtime/describe';
import { T, setType, tableType, vectorType, recordType, enumType, Type } from '../../src/runtime/types';
import { createSet, createTable, tableSet, tableAdd, TableValue } from '../../src/runtime/table';
import { createRecord } from '../../src/runtime/record';
import { makePattern } from '../../src/runtime/pattern';
import { parseAddr } from '../../src/runtime/addr';
import { parseSubnet } from '../../src/runtime/subnet';
import { makePort, PORT_TCP, PORT_UNKNOWN, PORT_UDP } from '../../src/runtime/port';
import { boxAny } from '../../src/runtime/any';
import { vectorSet } from '../../src/runtime/vector';
import { countSub } from '../../src/runtime/numeric';
import { setWarningSink } from '../../src/runtime/errors';

function table(t: Type & { kind: 'table' }, entries: [unknown[], unknown][]): TableValue {
  const tv = t.yield ? createTable() : createSet();
  for (const [k, v] of entries) {
    if (t.yield) tableSet(tv, t.index, k, v);
    else tableAdd(tv as TableValue<true>, t.index, k);
  }
  return tv;
}

describe('scalars (§4.1)', () => {
  it.each<[unknown, Type, string]>([
    [true, T.bool, 'T'],
    [false, T.bool, 'F'],
    [42, T.count, '42'],
    [-10, T.int, '-10'],
    [18446744073709551615n, T.count, '18446744073709551615'],
    [5, T.double, '5.0'],
    [3.14, T.double, '3.14'],
    [1e-7, T.double, '1e-07'],
    [1300475167.096535, T.time, '1300475167.096535'],
    [0, T.time, '0.0'],
    [300, T.interval, '5.0 mins'],
    [5400, T.interval, '1.0 hr 30.0 mins'],
    [0, T.interval, '0 secs'],
    ['a\nb', T.string, 'a\\x0ab'],
    ['\xc3\xa9', T.string, '\\xc3\\xa9'],
    ['back\\slash "q"', T.string, 'back\\slash "q"'],
    ['1.2.3.4', T.addr, '1.2.3.4'],
    [parseAddr('::1'), T.addr, '::1'],
    [parseAddr('::ffff:0:192.168.1.100'), T.addr, '::ffff:0:192.168.1.100'],
    [parseSubnet('192.168.0.0/16'), T.subnet, '192.168.0.0/16'],
    [parseSubnet('[fe80:1234::]/32'), T.subnet, 'fe80:1234::/32'],
    [makePort(80, PORT_TCP), T.port, '80/tcp'],
    [makePort(53, PORT_UDP), T.port, '53/udp'],
    [makePort(0, PORT_UNKNOWN), T.port, '0/unknown'],
    ['TEST::TWO', enumType('E2', ['TEST::TWO']), 'TEST::TWO'],
    [makePattern('a'), T.pattern, '/^?(a)$?/'],
    [parseAddr('2001:DB8::1'), T.addr, '2001:db8::1'],
    ['Red', enumType('Color', ['Red']), 'Red'],
    ['Notice::ACTION_LOG', enumType('Notice::Action', ['Notice::ACTION_LOG']), 'Notice::ACTION_LOG'],
    [7, T.double, '7.0'],
    [65616, T.count, '65616'],
    [256, T.double, '256.0'],
    [boxAny(5, T.count), T.any, '5'],
    [boxAny(300, T.interval), T.any, '5.0 mins'],
  ])('%#: %s', (v, t, s) => {
    expect(formatValue(v, t)).toBe(s);
  });
});

describe('containers and records (§4.1, §11)', () => {
  it('prints a table of vectors', () => {
    const t = tableType([T.count], vectorType(T.string));
    expect(formatValue(table(t, [[[4], ['1']], [[5], []]]), t)).toBe('{\n[4] = [1],\n[5] = []\n}');
  });
  it('prints a one-element set', () => {
    const t = setType([T.count]);
    expect(formatValue(table(t, [[[42], true]]), t)).toBe('{\n42\n}');
  });
  it('prints a table in a print line (T21)', () => {
    const t = tableType([T.count], T.count);
    const tv = table(t, [[[42], 4711]]);
    expect(formatPrintLine(['t', tv], [T.string, t])).toBe('t, {\n[42] = 4711\n}');
    tv.map.clear();
    expect(formatPrintLine(['t', tv], [T.string, t])).toBe('t, {\n\n}');
  });
  it('prints a multi-index set member in brackets', () => {
    const t = setType([T.double, T.int]);
    expect(formatValue(table(t, [[[3.0, 4], true]]), t)).toBe('{\n[3.0, 4]\n}');
  });
  it('prints nested sets without indentation', () => {
    const s = setType([T.string]);
    const t = tableType([T.count], s);
    const v = table(t, [[[4], table(s, [[['1'], true]])], [[5], table(s, [])]]);
    expect(formatValue(v, t)).toBe('{\n[4] = {\n1\n},\n[5] = {\n\n}\n}');
  });
  it('prints vectors with holes (T17, T30)', () => {
    const v: unknown[] = [];
    vectorSet(v, 0, 'Hello');
    vectorSet(v, 4, 'World');
    expect(formatPrintLine([v, v.length], [vectorType(T.string), T.count])).toBe('[Hello, , , , World], 5');
    const w: unknown[] = [];
    vectorSet(w, 1, 'foo');
    vectorSet(w, 2, 'bar');
    vectorSet(w, 4, 'baz');
    expect(formatValue(w, vectorType(T.string))).toBe('[, foo, bar, , baz]');
    expect(formatValue([1, 2, 3], vectorType(T.count))).toBe('[1, 2, 3]');
    expect(formatValue([], vectorType(T.count))).toBe('[]');
  });
  it('prints records with unset fields (T18)', () => {
    const R = recordType([
      { name: 'i', type: T.int, optional: true },
      { name: 'j', type: T.int, optional: true },
      { name: 'k', type: T.int, optional: true },
    ], 'R');
    expect(formatValue(createRecord(R, { i: 10 }), R)).toBe('[i=10, j=<uninitialized>, k=<uninitialized>]');
  });
  it('prints nested records with defaults (T19)', () => {
    const Inner = recordType([{ name: 'a', type: T.count }, { name: 'b', type: T.count, default: () => 9876 }], 'Inner');
    const Outer = recordType([
      { name: 'x', type: T.count },
      { name: 'i', type: Inner, default: () => createRecord(Inner, { a: 1234 }) },
    ], 'Outer');
    expect(formatValue(createRecord(Outer, { x: 4321 }), Outer)).toBe('[x=4321, i=[a=1234, b=9876]]');
    const Foo = recordType([{ name: 'foo', type: T.count }, { name: 'quux', type: T.count }]);
    const Bar = recordType([{ name: 'bar', type: T.count }, { name: 'foo', type: Foo }]);
    expect(formatValue({ bar: 4321, foo: { foo: 1234, quux: 9876 } }, Bar)).toBe('[bar=4321, foo=[foo=1234, quux=9876]]');
  });
  it('escapes strings inside containers and records', () => {
    const R = recordType([{ name: 's', type: T.string }]);
    expect(formatValue({ s: 'a\tb' }, R)).toBe('[s=a\\x09b]');
    expect(formatValue(['x\x00'], vectorType(T.string))).toBe('[x\\x00]');
  });
  it('prints sizes (T17)', () => {
    const prev = setWarningSink(() => undefined);
    expect(formatPrintLine([65616, 10, 256, countSub(5, 9)], [T.count, T.count, T.double, T.count]))
      .toBe('65616, 10, 256.0, 18446744073709551612');
    setWarningSink(prev);
  });
  it('prints string indexing results (T23)', () => {
    expect(formatPrintLine(['12345', '8', '78', ''], [T.string, T.string, T.string, T.string])).toBe('12345, 8, 78, ');
  });
});

describe('raw rendering for fmt/cat (§4.1)', () => {
  it('escapes a raw fmt result when it is printed afterwards', () => {
    expect(formatValue(formatValueRaw('a\tb', T.string), T.string)).toBe('a\\x09b');
    const s = setType([T.count]);
    expect(formatValue(formatValueRaw(table(s, [[[2], true], [[1], true], [[3], true]]), s), T.string))
      .toBe('{\\x0a\\x092,\\x0a\\x091,\\x0a\\x093\\x0a}');
  });
  it('indents container elements with tabs', () => {
    const s = setType([T.count]);
    expect(formatValueRaw(table(s, [[[2], true], [[1], true], [[3], true]]), s)).toBe('{\n\t2,\n\t1,\n\t3\n}');
    const t = tableType([T.count], T.string);
    expect(formatValueRaw(table(t, [[[2], 'bro'], [[1], 'test']]), t)).toBe('{\n\t[2] = bro,\n\t[1] = test\n}');
  });
  it('does not indent plain string members (quirk)', () => {
    const s = setType([T.string]);
    expect(formatValueRaw(table(s, [[['a'], true], [['b'], true]]), s)).toBe('{\na,\nb\n}');
  });
  it('indents nested containers per level', () => {
    const s = setType([T.count]);
    const t = tableType([T.count], s);
    const v = table(t, [[[4], table(s, [[[1], true]])], [[5], table(s, [])]]);
    expect(formatValueRaw(v, t)).toBe('{\n\t[4] = {\n\t\t1\n\t},\n\t[5] = {\n\n\t}\n}');
  });
  it('leaves strings unescaped', () => {
    expect(formatValueRaw('a\tb', T.string)).toBe('a\tb');
    expect(formatValueRaw({ s: 'a\tb' }, recordType([{ name: 's', type: T.string }]))).toBe('[s=a\tb]');
  });
});
