import { createTestContext } from '../context';
import { base62LsbFirst, checkString, UNIQUE_ID_BUILTINS } from './uniqueIds';

test('base 62, least significant digit first', () => {
  expect(base62LsbFirst(0n)).toBe('0');
  expect(base62LsbFirst(61n)).toBe('Z');
  expect(base62LsbFirst(62n)).toBe('01');
});

test('a prefix with a NUL byte is reported and replaced, as Zeek CheckString (core.embedded-null)', () => {
  const ctx = createTestContext();
  expect(checkString(ctx, 'plain')).toBe('plain');
  expect(ctx.errors).toEqual([]);
  const id = UNIQUE_ID_BUILTINS.unique_id.impl(ctx, ['hi\0there'], []) as string;
  expect(ctx.errors).toEqual(['string with embedded NUL: "hi\\x00there"']);
  expect(id.startsWith('<string-with-NUL>')).toBe(true);
});
