import { createTable, tableSet } from './table';
import { recordType, tableType, T, vectorType } from './types';
import { estimateValueSize, SIZE_MODEL, tableEntryCounts } from './valueSize';

describe('estimateValueSize', () => {
  test('scalars and text', () => {
    expect(estimateValueSize(5, T.count)).toBe(SIZE_MODEL.scalar);
    expect(estimateValueSize('abc', T.string)).toBe(SIZE_MODEL.text + 3);
    expect(estimateValueSize(undefined, T.string)).toBe(0);
  });

  test('tables, records and vectors add their parts; a shared aggregate counts once', () => {
    const tt = tableType([T.string], T.count);
    const t = createTable<unknown>();
    tableSet(t, [T.string], ['ab'], 1);
    expect(estimateValueSize(t, tt)).toBe(SIZE_MODEL.table + SIZE_MODEL.entry + SIZE_MODEL.text + 2 + SIZE_MODEL.scalar);
    const rt = recordType([{ name: 'a', type: tt }, { name: 'b', type: tt }]);
    const shared = estimateValueSize({ a: t, b: t }, rt);
    expect(shared).toBe(SIZE_MODEL.record + 2 * SIZE_MODEL.field + estimateValueSize(t, tt));
    expect(estimateValueSize([1, 2], vectorType(T.count))).toBe(SIZE_MODEL.vector + 2 * SIZE_MODEL.slot + 2 * SIZE_MODEL.scalar);
  });
});

describe('tableEntryCounts', () => {
  test('direct entries and entries counted through nested tables', () => {
    const inner = tableType([T.count], T.count);
    const outer = tableType([T.string], inner);
    const a = createTable<unknown>();
    tableSet(a, [T.count], [1], 1);
    tableSet(a, [T.count], [2], 2);
    const t = createTable<unknown>();
    tableSet(t, [T.string], ['x'], a);
    expect(tableEntryCounts(t, outer)).toEqual([1, 3]);
  });
});
