/**
 * The DNS name a reverse (PTR) lookup asks for, as Zeek's `IPAddr::PtrName()` builds it.
 */
import { addrIsV4, addrToWords, type Addr } from '../runtime/addr';

/**
 * `d.c.b.a.in-addr.arpa` for IPv4 (including IPv4-mapped), 32 reversed nibbles under `ip6.arpa` for IPv6.
 * Reverse lookups query this name directly rather than through Node's `resolver.reverse()`, which
 * consults the local hosts file first and so would answer differently on every machine.
 *
 * ## Example
 * ```ts
 * ptrName('127.0.0.1');    // '1.0.0.127.in-addr.arpa'
 * ptrName('2001:db8::10'); // '0.1.0.0. … .8.b.d.0.1.0.0.2.ip6.arpa'
 * ```
 */
export function ptrName(a: Addr): string {
  if (addrIsV4(a)) return `${a.split('.').reverse().join('.')}.in-addr.arpa`;
  const nibbles: string[] = [];
  for (const w of addrToWords(a)) for (let shift = 28; shift >= 0; shift -= 4) nibbles.push(((w >>> shift) & 0xf).toString(16));
  return `${nibbles.reverse().join('.')}.ip6.arpa`;
}
