import { highwayHash128, highwayHash64, highwayKeyFromBytes, HighwayKey } from './highwayHash';

// The reference implementation's golden values (google/highwayhash, "HighwayHash is frozen"):
// key 00 01 .. 1f, input of `size` bytes 00 01 02 .. (size-1).
const KEY: HighwayKey = [0x0706050403020100n, 0x0f0e0d0c0b0a0908n, 0x1716151413121110n, 0x1f1e1d1c1b1a1918n];
const input = (size: number) => Uint8Array.from({ length: size }, (_, i) => i);

describe('highwayHash128', () => {
  // Sizes chosen to cross every branch of the remainder step: mod 4 = 0..3, bit 16 set or not, whole packets.
  test.each([
    [0, 0x0fed268f9d8ffec7n, 0x33565e767f093e6fn],
    [1, 0xd6b0a8893681e7a8n, 0xdc291df9eb9cdcb4n],
    [2, 0x3d15ad265a16da04n, 0x78085638dc32e868n],
    [3, 0x0607621b295f0bebn, 0xbfe69a0fd9cedd79n],
    [4, 0x26399eb46dace49en, 0x2e922ad039319208n],
    [7, 0x2a401fca697171b4n, 0xbe1f03ff9f02796cn],
    [15, 0x142237a52bc4af54n, 0xe0796c0b6e26bcd7n],
    [16, 0x414460ffd5a401adn, 0x029ea3d5019f18c8n],
    [17, 0xc52a4b96c51c9962n, 0xecb878b1169b5ea0n],
    [19, 0x8ac49d0ae5c0cbf5n, 0x3ffdbf8df51d7c93n],
    [20, 0xac6d279b852d00a8n, 0x7dcd3a6ba5ebaa46n],
    [31, 0x06e7b465e8a57c29n, 0x52415e3a07f5d446n],
    [32, 0x1984df66c1434aaan, 0x16fc1958f9b3e4b9n],
    [33, 0x111678afe0c6c36cn, 0xf958b59de5a2849dn],
    [62, 0x79a176d1aa6ba6d1n, 0xf1f720c5a53a2b86n],
    [63, 0x74bd7018022f3ef0n, 0x3aea94a8ad5f4bcbn],
    [64, 0x98bb1f7198d4c4f2n, 0xe0bc0571de918fc8n],
  ])('size %i matches the reference', (size, h0, h1) => {
    expect(highwayHash128(input(size), KEY)).toEqual([h0, h1]);
  });
});

describe('highwayHash64', () => {
  test.each([
    [0, 0x907a56de22c26e53n],
    [1, 0x7eab43aac7cddd78n],
    [33, 0x2c90f73ca03181fcn],
    [64, 0x75542c5d4cd2a6ffn],
  ])('size %i matches the reference', (size, h) => {
    expect(highwayHash64(input(size), KEY)).toBe(h);
  });

  test('second reference key: bytes 128..160 under key {1, 2, 3, 4}', () => {
    const data = Uint8Array.from({ length: 33 }, (_, i) => 128 + i);
    expect(highwayHash64(data, [1n, 2n, 3n, 4n])).toBe(0x53c516cce478cad7n);
  });
});

describe('highwayKeyFromBytes', () => {
  test('reads four little-endian words', () => {
    expect(highwayKeyFromBytes(input(32))).toEqual(KEY);
  });
  test('refuses short keys', () => {
    expect(() => highwayKeyFromBytes(input(31))).toThrow('a HighwayHash key needs 32 bytes');
  });
});
