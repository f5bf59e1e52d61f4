/**
 * Runtime rules found by the second sweep of Zeek's language tests (docs/zeek-language.md, "Second sweep"):
 * slice assignment, tables as set members, nested records, printing values that contain themselves.
 */
import { boxAny } from '../../src/runtime/any';
import { formatValue } from '../../src/runtime/describe';
import { createRecord } from '../../src/runtime/record';
import { canonicalKey, createTable, tableSet } from '../../src/runtime/table';
import { T, recordType, setType, tableType, vectorType } from '../../src/runtime/types';
import { vectorAssignSlice } from '../../src/runtime/vector';

describe('vectorAssignSlice (language.vector-slice-assign)', () => {
  it('replaces the slice in place, growing or shrinking the vector', () => {
    const v = [1, 2, 3, 4, 5];
    vectorAssignSlice(v, 0, 1, [6]);
    expect(v).toEqual([6, 2, 3, 4, 5]);
    vectorAssignSlice(v, 2, 4, [9, 10, 11]);
    expect(v).toEqual([6, 2, 9, 10, 11, 5]);
    vectorAssignSlice(v, 2, 5, [9]);
    expect(v).toEqual([6, 2, 9, 5]);
  });

  it('takes negative and open bounds as reading a slice does', () => {
    const v = [1, 2, 3, 4, 5];
    vectorAssignSlice(v, -2, undefined, [7]);
    expect(v).toEqual([1, 2, 3, 7]);
  });
});

describe('a table as an index (language.set)', () => {
  it('is keyed by its values as well as its keys', () => {
    const tt = tableType([T.string], T.string);
    const a = createTable<unknown>();
    tableSet(a, [T.string], ['k2'], 'v2');
    const b = createTable<unknown>();
    tableSet(b, [T.string], ['k2'], 'v3');
    const c = createTable<unknown>();
    tableSet(c, [T.string], ['k2'], 'v2');
    expect(canonicalKey([a], [tt])).not.toBe(canonicalKey([b], [tt]));
    expect(canonicalKey([a], [tt])).toBe(canonicalKey([c], [tt]));
    expect(setType([tt]).kind).toBe('table');
  });
});

describe('a mandatory record field (language.copy-cycle)', () => {
  it('starts as a record of its type with its own defaults', () => {
    const B = recordType([{ name: 'x', type: T.count, default: () => 7 }], 'B');
    const A = recordType([{ name: 'y', type: B }, { name: 'z', type: B, optional: true }], 'A');
    const a = createRecord(A);
    expect(a.y).toEqual({ x: 7 });
    expect(a.z).toBeUndefined();
  });
});

describe('printing a value that contains itself (language.cycle-print)', () => {
  it('shows <cycle> where the value recurs', () => {
    const VA = vectorType(T.any);
    const v: unknown[] = [];
    v[0] = boxAny(v, VA);
    expect(formatValue(v, VA)).toBe('[<cycle>]');
    const R = recordType([{ name: 'val', type: T.count }, { name: 'a', type: T.any, optional: true }], 'R');
    const r: Record<string, unknown> = { val: 1 };
    r.a = boxAny(r, R);
    expect(formatValue(r, R)).toBe('[val=1, a=<cycle>]');
  });
});
