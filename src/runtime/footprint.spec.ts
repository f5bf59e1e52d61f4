import { valueFootprint } from './footprint';
import { recordType, T, vectorType } from './types';

test('atomic values count 1; containers their members, plus entries with countEntries', () => {
  expect(valueFootprint(3, T.count, false)).toBe(1);
  expect(valueFootprint([9, 7, 3, 1], vectorType(T.count), true)).toBe(8);
  const R = recordType([{ name: 'a', type: T.count }, { name: 'b', type: T.string, optional: true }]);
  expect(valueFootprint({ a: 1 }, R, false)).toBe(1);
  expect(valueFootprint({ a: 1 }, R, true)).toBe(3);
});
