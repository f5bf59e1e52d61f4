import {
  T, tableType, setType, vectorType, recordType, enumType, enumAdd, funcType,
  typeToString, sameType, promote, canCoerce, assignCoercion, isSetType,
} from '../../src/runtime/types';

describe('typeToString (bifs.type_name)', () => {
  it.each([
    [T.int, 'int'],
    [T.interval, 'interval'],
    [setType([T.count]), 'set[count]'],
    [vectorType(T.count), 'vector of count'],
    [T.subnet, 'subnet'],
    [setType([T.port, T.string]), 'set[port,string]'],
    [tableType([T.count], T.string), 'table[count] of string'],
    [tableType([T.addr], T.count), 'table[addr] of count'],
    [tableType([T.string], tableType([T.addr, T.port], T.string)), 'table[string] of table[addr,port] of string'],
    [recordType([{ name: 'c', type: T.count }, { name: 's', type: T.string }]), 'record { c:count; s:string; }'],
    [recordType([{ name: 'c', type: T.count }], 'myrecord'), 'myrecord'],
    [enumType('color', ['Red']), 'color'],
    [funcType('function', [{ name: 'aa', type: T.int }, { name: 'bb', type: T.int }], T.bool), 'function(aa:int; bb:int;) : bool'],
    [funcType('function', []), 'function() : void'],
    [funcType('event', []), 'event()'],
    [funcType('function', [], T.any), 'function() : any'],
    [funcType('event', [{ name: 'a', type: T.count }]), 'event(a:count;)'],
    [recordType([{ name: 'a', type: T.count, optional: true }, { name: 'b', type: T.string, log: true }]),
      'record { a:count &optional; b:string &log; }'],
    [{ kind: 'file', of: T.string } as const, 'file of string'],
  ])('%#: %s', (t, s) => {
    expect(typeToString(t)).toBe(s);
  });
});

describe('relations', () => {
  it('compares structurally', () => {
    expect(sameType(setType([T.count]), setType([T.count]))).toBe(true);
    expect(sameType(setType([T.count]), tableType([T.count], T.count))).toBe(false);
    expect(sameType(vectorType(T.int), vectorType(T.count))).toBe(false);
    expect(isSetType(setType([T.count]))).toBe(true);
  });
  it('promotes count < int < double', () => {
    expect(promote(T.count, T.int)).toBe(T.int);
    expect(promote(T.double, T.count)).toBe(T.double);
    expect(promote(T.count, T.count)).toBe(T.count);
    expect(promote(T.time, T.count)).toBeUndefined();
  });
  it('coerces', () => {
    expect(canCoerce(T.count, T.double)).toBe(true);
    expect(canCoerce(T.double, T.count)).toBe(false);
    expect(canCoerce(T.time, T.double)).toBe(false);
    expect(canCoerce(T.string, T.any)).toBe(true);
    expect(assignCoercion(T.double, T.count)).toBe('narrow');
    expect(assignCoercion(T.count, T.int)).toBe('widen');
    expect(assignCoercion(T.string, T.count)).toBe('none');
  });
  it('numbers enums', () => {
    const e = enumType('E', ['A', 'B']);
    expect(enumAdd(e, 'M::C')).toBe(2);
    expect(e.byValue.get(1)).toBe('B');
    const f = enumType('F', [['X', 10]]);
    expect(f.byName.get('X')).toBe(10);
  });
});
