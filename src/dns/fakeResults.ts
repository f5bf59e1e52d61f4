/**
 * The answers of Zeek's fake DNS mode (`ZEEK_DNS_FAKE` / `BRO_DNS_FAKE`, language.md §8.8), which every Zeek
 * test runs with, so rxbro's outputs can be compared with Zeek's baselines. Zeek: src/DNS_Mgr.cc
 * `fake_addr_lookup_result`, `fake_lookup_result`, `fake_name_lookup_result`.
 */
import { createHash } from 'crypto';
import { addrFromBytes, type Addr } from '../runtime/addr';
import { highwayHash128, highwayKeyFromBytes, type HighwayKey } from './highwayHash';

/**
 * Zeek's default `digest_salt` (init-bare.zeek: `const digest_salt = "Please change this value." &redef;`).
 * Zeek keys the name hash with SHA-256 of it, so a script that redefs the salt changes the fake addresses.
 */
export const ZEEK_DEFAULT_DIGEST_SALT = 'Please change this value.';

/**
 * `lookup_addr(a)` in fake mode.
 *
 * ## Example
 * ```ts
 * fakeAddrResult('127.0.0.1'); // 'fake_addr_lookup_result_127.0.0.1'
 * ```
 */
export function fakeAddrResult(a: Addr): string {
  return `fake_addr_lookup_result_${a}`;
}

/**
 * `lookup_hostname_txt(name)` in fake mode. Current Zeek formats `fake_lookup_result_%s_%s` with the
 * *name* of the request type from its `request_type_string()` table, so a TXT query gives `T_TXT` here,
 * not the number 16 that language.md §8.8 shows (Zeek ≤ 5.0 wrote `fake_text_lookup_result_<name>`).
 *
 * ## Example
 * ```ts
 * fakeTxtResult('www.zeek.org'); // 'fake_lookup_result_T_TXT_www.zeek.org'
 * ```
 */
export function fakeTxtResult(name: string): string {
  return `fake_lookup_result_T_TXT_${name}`;
}

const keys = new Map<string, HighwayKey>();

function keyFor(salt: string): HighwayKey {
  let k = keys.get(salt);
  if (k === undefined) {
    // KeyedHash::InitOptions: cluster_highwayhash_key = SHA-256(digest_salt), read as four host-order (LE) words.
    k = highwayKeyFromBytes(createHash('sha256').update(Buffer.from(salt, 'latin1')).digest());
    keys.set(salt, k);
  }
  return k;
}

/**
 * The one address of `lookup_hostname(name)` / `blocking_lookup_hostname(name)` in fake mode: the 16 bytes
 * of `KeyedHash::StaticHash128(name)` — HighwayHash-128 keyed with SHA-256 of `digest_salt` — taken as an
 * IPv6 address in memory order (the two 64-bit words little-endian, as on the x86/ARM hosts Zeek runs on).
 *
 * ## Example
 * ```ts
 * fakeNameResult('example.com'); // an IPv6 address, the same on every run
 * ```
 *
 * @param name the host name (a binary string, one char per byte).
 * @param digestSalt the script's `digest_salt`; Zeek's default when omitted.
 */
export function fakeNameResult(name: string, digestSalt: string = ZEEK_DEFAULT_DIGEST_SALT): Addr {
  const [h0, h1] = highwayHash128(Buffer.from(name, 'latin1'), keyFor(digestSalt));
  const bytes = Buffer.alloc(16);
  bytes.writeBigUInt64LE(h0, 0);
  bytes.writeBigUInt64LE(h1, 8);
  return addrFromBytes(bytes, 0, 16);
}

/**
 * The fake `lookup_hostname` address of Bro and Zeek before HighwayHash (Bro 1.x–2.x, `internal_md5` in
 * DNS_Mgr.cc): the 16 bytes of the name's MD5 digest. Selected with `fakeNameHash: 'md5'`.
 *
 * ## Example
 * ```ts
 * fakeNameResultMd5('example.com'); // '5aba:bd60:3b22:7803:2dd:8d83:498e:5172'
 * ```
 */
export function fakeNameResultMd5(name: string): Addr {
  return addrFromBytes(createHash('md5').update(Buffer.from(name, 'latin1')).digest(), 0, 16);
}
