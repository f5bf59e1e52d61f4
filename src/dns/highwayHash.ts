/**
 * HighwayHash (Google's keyed hash, the one Zeek's `KeyedHash::StaticHash128` runs) in portable
 * TypeScript: Zeek's fake DNS mode turns a host name into an IPv6 address with it (language.md §8.8).
 *
 * This follows the reference's portable C version (`c/highwayhash.c`) step by step on 64-bit lanes held
 * as BigInts. It is not fast (a few microseconds per short name) and does not need to be: fake mode hashes
 * each name once per run and the resolver caches the answer.
 */

const M64 = (1n << 64n) - 1n;
const M32 = 0xffffffffn;

/** A HighwayHash key: four 64-bit lanes. */
export type HighwayKey = readonly [bigint, bigint, bigint, bigint];

interface State {
  v0: bigint[];
  v1: bigint[];
  mul0: bigint[];
  mul1: bigint[];
}

function reset(key: HighwayKey): State {
  const mul0 = [0xdbe6d5d5fe4cce2fn, 0xa4093822299f31d0n, 0x13198a2e03707344n, 0x243f6a8885a308d3n];
  const mul1 = [0x3bd39e10cb0ef593n, 0xc0acf169b5f18a8cn, 0xbe5466cf34e90c6cn, 0x452821e638d01377n];
  const v0 = [0n, 0n, 0n, 0n];
  const v1 = [0n, 0n, 0n, 0n];
  for (let i = 0; i < 4; i++) {
    v0[i] = mul0[i] ^ key[i];
    v1[i] = mul1[i] ^ (((key[i] >> 32n) | (key[i] << 32n)) & M64);
  }
  return { v0, v1, mul0, mul1 };
}

/** Returns the new (add1, add0) after the byte shuffle that mixes v1:v0 into the other half. */
function zipperMergeAndAdd(v1: bigint, v0: bigint, add1: bigint, add0: bigint): [bigint, bigint] {
  const a0 =
    (((v0 & 0xff000000n) | (v1 & 0xff00000000n)) >> 24n) |
    (((v0 & 0xff0000000000n) | (v1 & 0xff000000000000n)) >> 16n) |
    (v0 & 0xff0000n) |
    ((v0 & 0xff00n) << 32n) |
    ((v1 & 0xff00000000000000n) >> 8n) |
    ((v0 << 56n) & M64);
  const a1 =
    (((v1 & 0xff000000n) | (v0 & 0xff00000000n)) >> 24n) |
    (v1 & 0xff0000n) |
    ((v1 & 0xff0000000000n) >> 16n) |
    ((v1 & 0xff00n) << 24n) |
    ((v0 & 0xff000000000000n) >> 8n) |
    ((v1 & 0xffn) << 48n) |
    (v0 & 0xff00000000000000n);
  return [(add1 + a1) & M64, (add0 + a0) & M64];
}

function update(lanes: bigint[], s: State): void {
  for (let i = 0; i < 4; i++) {
    s.v1[i] = (s.v1[i] + s.mul0[i] + lanes[i]) & M64;
    s.mul0[i] ^= ((s.v1[i] & M32) * (s.v0[i] >> 32n)) & M64;
    s.v0[i] = (s.v0[i] + s.mul1[i]) & M64;
    s.mul1[i] ^= ((s.v0[i] & M32) * (s.v1[i] >> 32n)) & M64;
  }
  [s.v0[1], s.v0[0]] = zipperMergeAndAdd(s.v1[1], s.v1[0], s.v0[1], s.v0[0]);
  [s.v0[3], s.v0[2]] = zipperMergeAndAdd(s.v1[3], s.v1[2], s.v0[3], s.v0[2]);
  [s.v1[1], s.v1[0]] = zipperMergeAndAdd(s.v0[1], s.v0[0], s.v1[1], s.v1[0]);
  [s.v1[3], s.v1[2]] = zipperMergeAndAdd(s.v0[3], s.v0[2], s.v1[3], s.v1[2]);
}

function read64(b: Uint8Array, o: number): bigint {
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(b[o + i]);
  return v;
}

function updatePacket(packet: Uint8Array, o: number, s: State): void {
  update([read64(packet, o), read64(packet, o + 8), read64(packet, o + 16), read64(packet, o + 24)], s);
}

function rotate32By(count: number, lanes: bigint[]): void {
  const c = BigInt(count);
  for (let i = 0; i < 4; i++) {
    const h0 = lanes[i] & M32;
    const h1 = lanes[i] >> 32n;
    const r0 = ((h0 << c) | (h0 >> (32n - c))) & M32;
    const r1 = ((h1 << c) | (h1 >> (32n - c))) & M32;
    lanes[i] = r0 | (r1 << 32n);
  }
}

function updateRemainder(bytes: Uint8Array, o: number, sizeMod32: number, s: State): void {
  const sizeMod4 = sizeMod32 & 3;
  const rem = o + (sizeMod32 & ~3);
  const packet = new Uint8Array(32);
  const add = (BigInt(sizeMod32) << 32n) + BigInt(sizeMod32);
  for (let i = 0; i < 4; i++) s.v0[i] = (s.v0[i] + add) & M64;
  rotate32By(sizeMod32, s.v1);
  for (let i = 0; i < rem - o; i++) packet[i] = bytes[o + i];
  if (sizeMod32 & 16) {
    for (let i = 0; i < 4; i++) packet[28 + i] = bytes[rem + i + sizeMod4 - 4];
  } else if (sizeMod4) {
    packet[16] = bytes[rem];
    packet[17] = bytes[rem + (sizeMod4 >> 1)];
    packet[18] = bytes[rem + sizeMod4 - 1];
  }
  updatePacket(packet, 0, s);
}

function permuteAndUpdate(s: State): void {
  const v = s.v0;
  const swap = (x: bigint) => ((x >> 32n) | (x << 32n)) & M64;
  update([swap(v[2]), swap(v[3]), swap(v[0]), swap(v[1])], s);
}

function processAll(data: Uint8Array, key: HighwayKey): State {
  const s = reset(key);
  let i = 0;
  for (; i + 32 <= data.length; i += 32) updatePacket(data, i, s);
  if ((data.length & 31) !== 0) updateRemainder(data, i, data.length & 31, s);
  return s;
}

/**
 * HighwayHash-64 of `data` under `key` (the reference's golden values are the test oracle).
 *
 * ## Example
 * ```ts
 * const key: HighwayKey = [0x0706050403020100n, 0x0f0e0d0c0b0a0908n, 0x1716151413121110n, 0x1f1e1d1c1b1a1918n];
 * highwayHash64(new Uint8Array(0), key); // 0x907a56de22c26e53n
 * ```
 */
export function highwayHash64(data: Uint8Array, key: HighwayKey): bigint {
  const s = processAll(data, key);
  for (let i = 0; i < 4; i++) permuteAndUpdate(s);
  return (s.v0[0] + s.v1[0] + s.mul0[0] + s.mul1[0]) & M64;
}

/**
 * HighwayHash-128 of `data` under `key`, as the two 64-bit words `[hash[0], hash[1]]` of C's
 * `uint64_t hash[2]`.
 *
 * ## Example
 * ```ts
 * highwayHash128(new Uint8Array(0), key); // [0x0fed268f9d8ffec7n, 0x33565e767f093e6fn]
 * ```
 */
export function highwayHash128(data: Uint8Array, key: HighwayKey): [bigint, bigint] {
  const s = processAll(data, key);
  for (let i = 0; i < 6; i++) permuteAndUpdate(s);
  return [
    (s.v0[0] + s.mul0[0] + s.v1[2] + s.mul1[2]) & M64,
    (s.v0[1] + s.mul0[1] + s.v1[3] + s.mul1[3]) & M64,
  ];
}

/**
 * A key from 32 bytes read as four little-endian 64-bit words — how Zeek reinterprets the SHA-256
 * digest of `digest_salt` as its `cluster_highwayhash_key`.
 *
 * ## Example
 * ```ts
 * highwayKeyFromBytes(createHash('sha256').update('Please change this value.').digest());
 * ```
 */
export function highwayKeyFromBytes(b: Uint8Array): HighwayKey {
  if (b.length < 32) throw new RangeError('a HighwayHash key needs 32 bytes');
  return [read64(b, 0), read64(b, 8), read64(b, 16), read64(b, 24)];
}
