/** Built-ins of language.md §10.5 and port helpers. */
import { addrFromV4Uint32, addrFromWords, parseAddrWords, addrIsV4, addrToV4Uint32, addrToWords, maskWords, type Addr } from '../addr';
import { isAnyValue } from '../any';
import { portNumber, portProto, PORT_ICMP, PORT_TCP, PORT_UDP } from '../port';
import { maskAddr, subnetKey, type SubnetValue } from '../subnet';
import type { TableValue } from '../table';
import { T } from '../types';
import { builtin, INDEX_VEC, TRANSPORT_PROTO, type Builtin } from './builtin';

/**
 * The reverse-DNS (PTR) name of an address.
 *
 * ## Example
 * ```ts
 * ptrName('74.125.225.52'); // '52.225.125.74.in-addr.arpa'
 * ```
 */
export function ptrName(a: Addr): string {
  if (addrIsV4(a)) return a.split('.').reverse().join('.') + '.in-addr.arpa';
  const hex = addrToWords(a).map((w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
  return [...hex].reverse().join('.') + '.ip6.arpa';
}

/**
 * The address a PTR name stands for, or undefined if it is not one.
 *
 * ## Example
 * ```ts
 * addrOfPtrName('52.225.125.74.in-addr.arpa'); // '74.125.225.52'
 * ```
 */
export function addrOfPtrName(s: string): Addr | undefined {
  let m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa$/i.exec(s);
  if (m) {
    const octets = [m[4], m[3], m[2], m[1]].map(Number);
    if (octets.some((o) => o > 255)) return undefined;
    return octets.join('.');
  }
  m = /^((?:[0-9a-f]\.){32})ip6\.arpa$/i.exec(s);
  if (!m) return undefined;
  const hex = m[1].split('.').slice(0, 32).reverse().join('');
  const w = [0, 1, 2, 3].map((i) => parseInt(hex.slice(i * 8, i * 8 + 8), 16));
  return addrFromWords(w);
}

/**
 * Address and port built-ins (language.md §10.5).
 *
 * ## Example
 * ```ts
 * Object.keys(ADDRESS_BUILTINS); // names merged into BUILTINS
 * ```
 */
export const ADDRESS_BUILTINS: Record<string, Builtin> = {
  // Zeek's is_valid_ip (base/utils/addrs): dotted quads with 1–3 digit octets up to 255 (leading zeros allowed),
  // or IPv6 text with at most one `::` and an optional dotted-quad tail.
  is_valid_ip: builtin([['ip', T.string]], T.bool, (_c, [s]) => parseAddrWords(s as string) !== undefined),
  is_v4_addr: builtin([['a', T.addr]], T.bool, (_c, [a]) => addrIsV4(a as Addr)),
  is_v6_addr: builtin([['a', T.addr]], T.bool, (_c, [a]) => !addrIsV4(a as Addr)),
  mask_addr: builtin([['a', T.addr], ['top_bits_to_keep', T.count]], T.subnet, (ctx, [a, bits]) => {
    const b = Number(bits);
    const v4 = addrIsV4(a as Addr);
    if (b > (v4 ? 32 : 128)) {
      ctx.error(`bad IPv${v4 ? 4 : 6} subnet prefix length: ${b}`);
      return { prefix: a as Addr, width: v4 ? 32 : 128 };
    }
    return maskAddr(a as Addr, b);
  }),
  // Zeek's addr_to_counts/counts_to_addr (test bifs.addr_count_conversion): IPv4 is one host-order
  // 32-bit count, IPv6 four, most significant first.
  addr_to_counts: builtin([['a', T.addr]], INDEX_VEC, (_c, [a]) =>
    addrIsV4(a as Addr) ? [addrToV4Uint32(a as Addr)] : addrToWords(a as Addr).slice()),
  counts_to_addr: builtin([['v', INDEX_VEC]], T.addr, (c, [v]) => {
    const w = (v as unknown[]).map((x) => Number(x) >>> 0);
    if (w.length === 1) return addrFromV4Uint32(w[0]);
    if (w.length === 4) return addrFromWords(w);
    c.error('invalid vector size');
    return '::';
  }),
  // Zeek's remask_addr (test bifs.remask_addr): the top bits of `a1` and the rest of `a2`, counted in the
  // 128-bit form (an IPv4 address's own bits start at 96).
  remask_addr: builtin([['a1', T.addr], ['a2', T.addr], ['top_bits_from_a1', T.count]], T.addr, (_c, [a1, a2, n]) => {
    const bits = Math.min(Number(n), 128);
    const top = maskWords(addrToWords(a1 as Addr), bits);
    const w2 = addrToWords(a2 as Addr);
    const low = maskWords(w2, bits);
    return addrFromWords(top.map((x, i) => (x | (w2[i] ^ low[i])) >>> 0));
  }),
  // Zeek's is_v4_subnet/is_v6_subnet (test bifs.subnet_version): the family of the prefix.
  is_v4_subnet: builtin([['s', T.subnet]], T.bool, (_c, [sn]) => addrIsV4((sn as SubnetValue).prefix)),
  is_v6_subnet: builtin([['s', T.subnet]], T.bool, (_c, [sn]) => !addrIsV4((sn as SubnetValue).prefix)),
  // Zeek's check_subnet (test bifs.check_subnet): is exactly this subnet an index of the table (where
  // `in` takes the longest prefix containing it)?
  check_subnet: builtin([['search', T.subnet], ['t', T.any]], T.bool, (_c, [sn, t]) => {
    const tv = (isAnyValue(t) ? t.value : t) as TableValue;
    return tv.map.has(subnetKey(sn as SubnetValue));
  }),
  // Zeek's addr_to_ptr_name/ptr_name_to_addr (tests bifs.addr_to_ptr_name, bifs.ptr_name_to_addr): the
  // reverse-DNS name, octets (IPv4, in-addr.arpa) or nibbles (IPv6, ip6.arpa) last first.
  addr_to_ptr_name: builtin([['a', T.addr]], T.string, (_c, [a]) => ptrName(a as Addr)),
  ptr_name_to_addr: builtin([['s', T.string]], T.addr, (c, [s]) => {
    const a = addrOfPtrName(s as string);
    if (a === undefined) {
      c.error('invalid PTR name');
      return '::';
    }
    return a;
  }),
  // Zeek's fmt_ftp_port (test bifs.fmt_ftp_port): "h1,h2,h3,h4,p1,p2" for an FTP PORT command; IPv4 only.
  fmt_ftp_port: builtin([['a', T.addr], ['p', T.port]], T.string, (c, [a, p]) => {
    if (!addrIsV4(a as Addr)) {
      c.error('conversion of non-IPv4 address in fmt_ftp_port');
      return '';
    }
    const n = portNumber(p as number);
    return `${(a as string).split('.').join(',')},${n >> 8},${n & 0xff}`;
  }),
  is_tcp_port: builtin([['p', T.port]], T.bool, (_c, [p]) => ((p as number) & 0x30000) === PORT_TCP),
  is_udp_port: builtin([['p', T.port]], T.bool, (_c, [p]) => ((p as number) & 0x30000) === PORT_UDP),
  is_icmp_port: builtin([['p', T.port]], T.bool, (_c, [p]) => ((p as number) & 0x30000) === PORT_ICMP),
  get_port_transport_proto: builtin([['p', T.port]], TRANSPORT_PROTO, (_c, [p]) => {
    const proto = portProto(p as number);
    return proto === 'unknown' ? 'unknown_transport' : proto;
  }),
};
