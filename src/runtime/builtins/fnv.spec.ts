import { fnv1a32, fnv1a64 } from './fnv';

test("FNV-1a of bytes (Zeek's bifs.fnv1a_hash vectors)", () => {
  expect(fnv1a32('a')).toBe(0xe40c292c);
  expect(fnv1a64('foobar')).toBe(0x85944171f73967e8n);
  expect(fnv1a32('\x01\x02\x03\x04')).toBe(0x5734a87d);
});
