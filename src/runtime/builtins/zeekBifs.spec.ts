/** Unit checks of the helpers behind built-ins added from Zeek's bifs.* btests. */
import { createTestContext } from '../context';
import { T, vectorType } from '../types';
import { base64Decode, BASE64_ALPHABET, hexdump } from './encoding';
import { fileModeText } from './files';
import { hexDigest } from './hashing';
import { haversineMiles } from './math';
import { escapeForPattern } from './patterns';
import { addrOfPtrName, ptrName } from './addresses';
import { levenshtein } from './strings';
import { sortVector, VECTOR_BUILTINS } from './vectors';

describe('Zeek bifs helpers', () => {
  test('hexdump pads a short last line so the text column stays aligned', () => {
    expect(hexdump('abc\xffdefghijklmnopqrstuvwxyz')).toBe(
      '0000  61 62 63 ff 64 65 66 67  68 69 6a 6b 6c 6d 6e 6f  abc.defg hijklmno\n' +
        '0010  70 71 72 73 74 75 76 77  78 79 7a                 pqrstuvw xyz\n',
    );
    expect(hexdump('')).toBe('');
  });

  test('file modes', () => {
    expect(fileModeText(0o644)).toBe('rw-r--r--');
    expect(fileModeText(0o1750)).toBe('rwxr-x--T');
    expect(fileModeText(0o4400)).toBe('r-S------');
  });

  test('pattern escaping, PTR names, distances, digests', () => {
    expect(escapeForPattern('b[a-z]+')).toBe('b\\[a\\-z\\]\\+');
    expect(ptrName('74.125.225.52')).toBe('52.225.125.74.in-addr.arpa');
    expect(addrOfPtrName(ptrName('2607:f8b0:4009:802::1012'))).toBe('2607:f8b0:4009:802::1012');
    expect(addrOfPtrName('1.2.3.in-addr.arpa')).toBeUndefined();
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(haversineMiles(90, 0, -90, 0).toExponential(4)).toBe('1.2437e+4');
    expect(hexDigest('md5', 'one')).toBe('f97c5d29941bfb1b2fdab0874906ab82');
  });

  test('sort needs a comparison function for non-numeric elements; order gives the permutation', () => {
    const ctx = createTestContext();
    expect(sortVector(ctx, [5, 2, 8], vectorType(T.count))).toEqual([2, 5, 8]);
    const bools = [true, false];
    expect(sortVector(ctx, bools, vectorType(T.bool))).toEqual([true, false]);
    expect(ctx.errors).toEqual(['sort() requires comparison function for non-numeric types']);
    expect(VECTOR_BUILTINS.order.impl(ctx, [[5, 2, 8, 3]], [vectorType(T.count)])).toEqual([1, 3, 0, 2]);
  });
});

describe('base64 decoding complaints (Zeek Base64Converter)', () => {
  it('an incomplete final group is reported unless a byte was skipped; = counts as a group member', () => {
    const ctx = createTestContext();
    expect(base64Decode(ctx, 'kaputt', BASE64_ALPHABET).length).toBe(4);
    expect(base64Decode(ctx, 'aGk=', BASE64_ALPHABET)).toBe('hi');
    base64Decode(ctx, '^#@!@##$!===', BASE64_ALPHABET);
    expect(ctx.errors).toEqual(['incomplete base64 group, padding with 12 bits of 0', 'character 94 ignored by Base64 decoding']);
  });
});
