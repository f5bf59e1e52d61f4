import { TestScheduler } from 'rxjs/testing';
import { formatValue } from '../src/runtime/describe';
import { createSet, createTable } from '../src/runtime/table';
import { setType, tableType, T } from '../src/runtime/types';
import { createExpiringTable } from './createExpiringTable';
import { tableValueOf } from './tableValueOf';

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

describe('tableValueOf', () => {
  it('prints through the runtime exactly like a plain table, sharing storage', () => {
    const t = createExpiringTable<number, number>({ createExpire: 5, scheduler: testScheduler() });
    t.set(42, 4711);
    const view = tableValueOf(t, false);
    const plain = createTable<number>();
    plain.map.set(42, { index: [42], value: 4711 });
    const type = tableType([T.count], T.count);
    expect(formatValue(view, type)).toBe(formatValue(plain, type));
    expect(formatValue(view, type)).toContain('[42] = 4711');
    t.delete(42);
    expect(view.map.size).toBe(0);
  });

  it('keeps the index values the script gave for composite keys, and hands them to expire_func', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const seen: unknown[][] = [];
      const t = createExpiringTable<string, true>({
        createExpire: 0.001,
        exact: true,
        scheduler: ts,
        expireFunc: (_k, _v, _t, index) => (seen.push([...index]), 0),
      });
      t.set('3\x1f4', true, [3.0, 4]);
      const plain = createSet();
      plain.map.set('3\x1f4', { index: [3.0, 4], value: true });
      const type = setType([T.double, T.int]);
      expect(formatValue(tableValueOf(t, true), type)).toBe(formatValue(plain, type));
      expect(formatValue(plain, type)).toContain('[3.0, 4]');
      flush();
      expect(seen).toEqual([[3.0, 4]]);
    });
  });

  it('printing and iterating the view are not reads for &read_expire', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const out: number[] = [];
      const t = createExpiringTable<number, true>({ readExpire: 0.005, exact: true, scheduler: ts });
      t.expired$.subscribe((e) => out.push(ts.now()));
      t.set(1, true);
      ts.schedule(() => {
        formatValue(tableValueOf(t, true), setType([T.count]));
        for (const _ of tableValueOf(t, true).map.values());
      }, 3);
      flush();
      expect(out).toEqual([5]);
    });
  });
});
