import { createTestContext } from '../context';
import { PROFILING_BUILTINS } from './profiling';
import type { TableValue } from '../table';

describe('global_sizes', () => {
  test("the engine's sizes as a table in name order; empty without an engine", () => {
    const ctx = { ...createTestContext(), engine: { globalSizes: () => new Map([['b', 16], ['a', 64]]) } } as never;
    const t = PROFILING_BUILTINS.global_sizes.impl(ctx, [], []) as TableValue<number>;
    expect([...t.map.values()].map((e) => [e.index[0], e.value])).toEqual([['a', 64], ['b', 16]]);
    const none = PROFILING_BUILTINS.global_sizes.impl(createTestContext(), [], []) as TableValue<number>;
    expect(none.map.size).toBe(0);
  });
});
