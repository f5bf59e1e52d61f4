import { compressPath } from './paths';

test("compress_path drops '.', cancels '..' where it can, keeps a leading './', the root and '~'", () => {
  expect(compressPath('/1/2/../3')).toBe('/1/3');
  expect(compressPath('./zeek')).toBe('./zeek');
  expect(compressPath('./zeek/../../..')).toBe('../..');
  expect(compressPath('~/..')).toBe('~/..');
  expect(compressPath('/..')).toBe('/..');
  expect(compressPath('zeek/..')).toBe('');
});
