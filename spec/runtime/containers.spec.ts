import {
  createTable, createSet, canonicalKey, singleKey, tableSet, tableGet, tableFind, tableAdd, tableHas, tableDelete,
  subnetLookup, patternLookup, setUnion, setIntersection, setDifference, setIsSubset, setIsProperSubset, setEquals,
  tableMerge, tableRemoveKeys, tableClear, SetValue,
} from '../../src/runtime/table';
import { T, recordType, setType, tableType, vectorType } from '../../src/runtime/types';
import { parseSubnet } from '../../src/runtime/subnet';
import { makePattern } from '../../src/runtime/pattern';
import { createRecord, recordGet, recordHas, recordDelete, recordFillNewFields } from '../../src/runtime/record';
import { vectorGet, vectorSet, vectorHas, vectorSlice, vectorAppend, vectorAppendAll, vectorIndexes } from '../../src/runtime/vector';
import { stringIndex, stringSlice, escapeString, expandEscapes, asciiLower, bytesToString, stringToBytes } from '../../src/runtime/string';
import { sizeOf, copyValue, valuesEqual, compareValues } from '../../src/runtime/ops';
import { makePort, PORT_TCP } from '../../src/runtime/port';
import { boxAny, anyAs, anyIs } from '../../src/runtime/any';
import { formatValue } from '../../src/runtime/describe';

describe('tables and sets (§2.10)', () => {
  it('uses the value itself as key for a single atomic index', () => {
    expect(singleKey(80, T.port)).toBe(80);
    expect(singleKey('1.2.3.4', T.addr)).toBe('1.2.3.4');
    expect(singleKey(parseSubnet('10.0.0.0/8'), T.subnet)).toBe('10.0.0.0/8');
  });
  it('compares composite and record keys by value', () => {
    const R = recordType([{ name: 'a', type: T.count }, { name: 's', type: T.string, optional: true }]);
    const k1 = canonicalKey([{ a: 1, s: 'x' }], [R]);
    expect(canonicalKey([{ a: 1, s: 'x' }], [R])).toBe(k1);
    expect(canonicalKey([{ a: 1, s: undefined }], [R])).not.toBe(k1);
    expect(canonicalKey(['a', 'b'], [T.string, T.string])).not.toBe(canonicalKey(['a\x1f1:b', ''], [T.string, T.string]));
    expect(canonicalKey(['1.2.3.4', makePort(80, PORT_TCP)], [T.addr, T.port]))
      .toBe(canonicalKey(['1.2.3.4', makePort(80, PORT_TCP)], [T.addr, T.port]));
  });
  it('gets, sets, deletes; a missing key is "no such index"', () => {
    const idx = [T.addr, T.port];
    const t = createTable<string>();
    tableSet(t, idx, ['1.2.3.4', 80], 'http');
    tableSet(t, idx, ['1.2.3.4', 80], 'www');
    expect(t.map.size).toBe(1);
    expect(tableGet(t, idx, ['1.2.3.4', 80])).toBe('www');
    expect(tableFind(t, idx, ['1.2.3.4', 81])).toBeUndefined();
    expect(() => tableGet(t, idx, ['1.2.3.4', 81])).toThrow('no such index');
    expect(tableHas(t, idx, ['1.2.3.4', 80])).toBe(true);
    expect(tableDelete(t, idx, ['1.2.3.4', 80])).toBe(true);
    expect(tableDelete(t, idx, ['1.2.3.4', 80])).toBe(false);
    const ty = tableType(idx, T.string);
    tableSet(t, idx, ['::1', 53], 'dns');
    expect(formatValue(t, ty)).toBe('{\n[::1, 53/unknown] = dns\n}');
  });
  it('does longest-prefix matching for subnet indexes', () => {
    const t = createTable<string>();
    for (const [sn, v] of [['10.0.0.0/8', 'ten'], ['10.1.0.0/16', 'ten-one'], ['[2001:db8::]/32', 'doc']] as const) {
      const s = parseSubnet(sn)!;
      tableSet(t, [T.subnet], [s], v);
    }
    expect(subnetLookup(t, '10.1.2.3')?.value).toBe('ten-one');
    expect(subnetLookup(t, '10.2.2.3')?.value).toBe('ten');
    expect(subnetLookup(t, '2001:db8::1')?.value).toBe('doc');
    expect(subnetLookup(t, '11.0.0.1')).toBeUndefined();
  });
  it('matches strings against pattern-indexed sets', () => {
    const s = createSet();
    tableAdd(s, [T.pattern], [makePattern('foo.*')]);
    tableAdd(s, [T.pattern], [makePattern('bar')]);
    expect(patternLookup(s, 'foobar')).toHaveLength(1);
    expect(patternLookup(s, 'xbar')).toHaveLength(0);
  });
  it('does set algebra', () => {
    const mk = (...xs: number[]): SetValue => {
      const s = createSet();
      for (const x of xs) tableAdd(s, [T.count], [x]);
      return s;
    };
    const a = mk(1, 2, 3);
    const b = mk(2, 3, 4);
    expect([...setUnion(a, b).map.keys()]).toEqual([1, 2, 3, 4]);
    expect([...setIntersection(a, b).map.keys()]).toEqual([2, 3]);
    expect([...setDifference(a, b).map.keys()]).toEqual([1]);
    expect(setIsSubset(mk(2, 3), a)).toBe(true);
    expect(setIsProperSubset(mk(1, 2, 3), a)).toBe(false);
    expect(setIsProperSubset(mk(1), a)).toBe(true);
    expect(setEquals(mk(3, 2, 1), a)).toBe(true);
    const c = mk(1);
    tableMerge(c, b);
    expect([...c.map.keys()]).toEqual([1, 2, 3, 4]);
    tableRemoveKeys(c, a);
    expect([...c.map.keys()]).toEqual([4]);
    tableClear(c);
    expect(c.map.size).toBe(0);
  });
});

describe('records (§2.9)', () => {
  const X = recordType([
    { name: 'a', type: T.count, optional: true },
    { name: 'b', type: T.count, default: () => 5 },
  ], 'X');
  it('fills defaults, deletes fields (T20)', () => {
    const x = createRecord(X, { a: 20, b: 20 });
    recordDelete(x, X, 'a');
    recordDelete(x, X, 'b');
    expect(recordHas(x, 'a')).toBe(false);
    expect(recordGet(x, 'b')).toBe(5);
    expect(() => recordGet(x, 'a')).toThrow('field value missing');
  });
  it('fills fields added by redef', () => {
    const R = recordType([{ name: 'a', type: T.count }]);
    const r = createRecord(R, { a: 1 });
    R.fields.push({ name: 'n', type: T.count, optional: false, default: () => 7 });
    recordFillNewFields(r, R);
    expect(formatValue(r, R)).toBe('[a=1, n=7]');
  });
});

describe('vectors (§2.11)', () => {
  it('indexes, extends with holes, slices', () => {
    const v: unknown[] = [];
    vectorSet(v, 2, 'c');
    expect(v.length).toBe(3);
    expect(vectorHas(v, 0)).toBe(false);
    expect(vectorHas(v, 2)).toBe(true);
    expect(() => vectorGet(v, 0)).toThrow('no such index');
    expect(() => vectorGet(v, 5)).toThrow('no such index');
    expect(vectorGet(v, -1)).toBe('c');
    vectorAppend(v, 'd');
    vectorAppendAll(v, ['e', 'f']);
    expect(vectorIndexes(v)).toEqual([2, 3, 4, 5]);
    expect(vectorSlice(v, 2, -1)).toEqual(['c', 'd', 'e']);
    expect(vectorSlice(v, 4)).toEqual(['e', 'f']);
    expect(vectorSlice(v, 4, 2)).toEqual([]);
  });
});

describe('strings (§2.5)', () => {
  it('indexes and slices Python-style (language.string-indexing, T23)', () => {
    const s = '0123456789';
    expect(stringIndex(s, 1)).toBe('1');
    expect(stringSlice(s, 1, 2)).toBe('1');
    expect(stringSlice(s, 1, 6)).toBe('12345');
    expect(stringSlice(s, 0, 20)).toBe('0123456789');
    expect(stringIndex(s, -2)).toBe('8');
    expect(stringSlice(s, -3, -1)).toBe('78');
    expect(stringSlice(s, -1, -10)).toBe('');
    expect(stringSlice(s, 20, 23)).toBe('');
    expect(stringIndex(s, 20)).toBe('');
    expect(stringSlice(s, undefined, 3)).toBe('012');
    expect(stringSlice(s, 7)).toBe('789');
  });
  it('escapes, expands escapes, converts bytes', () => {
    expect(escapeString('\x00\x7f~ ')).toBe('\\x00\\x7f~ ');
    expect(expandEscapes('\\x0ddir')).toBe('\rdir');
    expect(expandEscapes('a\\tb\\\\c\\"d\\q\\101')).toBe('a\tb\\c"dqA');
    expect(asciiLower('ÀB')).toBe('Àb');
    expect(bytesToString(Buffer.from([0xc3, 0xa9]))).toBe('\xc3\xa9');
    expect(stringToBytes('\xff')).toEqual(Buffer.from([0xff]));
  });
});

describe('generic operations (§2.13)', () => {
  it('|x| by type', () => {
    expect(sizeOf(makePort(80, PORT_TCP), T.port)).toBe(65616);
    expect(sizeOf(-10, T.int)).toBe(10);
    expect(sizeOf(parseSubnet('192.168.0.0/24'), T.subnet)).toBe(256);
    expect(sizeOf(-2.5, T.double)).toBe(2.5);
    expect(sizeOf('abc', T.string)).toBe(3);
    expect(sizeOf('::1', T.addr)).toBe(128);
    expect(sizeOf(true, T.bool)).toBe(1);
    expect(sizeOf({}, recordType([{ name: 'a', type: T.count }, { name: 'b', type: T.count }]))).toBe(2);
    expect(sizeOf(makePattern('x'), T.pattern)).toBe(0);
    expect(sizeOf(boxAny('abcd', T.string), T.any)).toBe(4);
  });
  it('copy is deep', () => {
    const R = recordType([{ name: 'v', type: vectorType(T.count) }]);
    const r = { v: [1, 2] };
    const c = copyValue(r, R) as { v: number[] };
    c.v.push(3);
    expect(r.v).toEqual([1, 2]);
    const s = createSet();
    tableAdd(s, [T.count], [1]);
    const s2 = copyValue(s, setType([T.count])) as SetValue;
    tableAdd(s2, [T.count], [2]);
    expect(s.map.size).toBe(1);
  });
  it('equality and ordering', () => {
    expect(valuesEqual(5, 5n, T.count)).toBe(true);
    expect(valuesEqual(parseSubnet('10.0.0.0/8'), parseSubnet('10.1.0.0/8'), T.subnet)).toBe(true);
    expect(valuesEqual([1, 2], [1, 2], vectorType(T.count))).toBe(true);
    expect(valuesEqual([1, 2], [1, 3], vectorType(T.count))).toBe(false);
    expect(compareValues('::1', '1.2.3.4', T.addr)).toBeLessThan(0);
    expect(compareValues('b', 'a', T.string)).toBe(1);
    expect(compareValues(2n ** 60n, 3, T.count)).toBe(1);
  });
  it('any casts', () => {
    const a = boxAny(5, T.count);
    expect(anyIs(a, T.count)).toBe(true);
    expect(anyIs(a, T.string)).toBe(false);
    expect(anyAs(a, T.count)).toBe(5);
    expect(() => anyAs(a, T.string)).toThrow("invalid cast of value with type 'count' to type 'string'");
  });
});

describe('ordering rules (§2.7, §2.13)', () => {
  it('ports order unknown < tcp < udp < icmp regardless of number', () => {
    const ps = [makePort(1, 0x30000), makePort(65535, 0), makePort(2, 0x20000), makePort(80, PORT_TCP)];
    expect(ps.sort((a, b) => compareValues(a, b, T.port)).map((p) => formatValue(p, T.port)))
      .toEqual(['65535/unknown', '80/tcp', '2/udp', '1/icmp']);
  });
});
