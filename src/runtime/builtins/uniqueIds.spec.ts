import { base62LsbFirst } from './uniqueIds';

test('base 62, least significant digit first', () => {
  expect(base62LsbFirst(0n)).toBe('0');
  expect(base62LsbFirst(61n)).toBe('Z');
  expect(base62LsbFirst(62n)).toBe('01');
});
