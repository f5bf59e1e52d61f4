/** Built-ins of language.md §10.3: string ↔ number/addr/subnet/port and numeric conversions. */
import { addrFromBytes, addrFromV4Uint32, parseAddr } from '../addr';
import { dynamicType } from '../any';
import { cat } from '../fmt';
import type { BuiltinContext } from '../context';
import { integralFromDouble, normalizeIntegral, roundHalfEven, toBigInt, type Integral } from '../numeric';
import { makePort, parsePortText, portNumber, PORT_ICMP, PORT_TCP, PORT_UDP, PORT_UNKNOWN } from '../port';
import { parseSubnet, type SubnetValue } from '../subnet';
import { T } from '../types';
import { builtin, TRANSPORT_PROTO, type Builtin } from './builtin';

const WS = /^[ \t\n\r\v\f]*/;

/** C `strtoull`/`strtoll` over the whole string (surrounding whitespace allowed). */
function parseInteger(s: string, base: number): bigint | undefined {
  let t = s.replace(WS, '');
  t = t.replace(/[ \t\n\r\v\f]+$/, '');
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  if ((b === 16 || b === 0) && /^0[xX][0-9a-fA-F]/.test(t)) {
    t = t.slice(2);
    b = 16;
  } else if (b === 0) b = t.length > 1 && t[0] === '0' ? 8 : 10;
  if (t.length === 0 || b < 2 || b > 36) return undefined;
  let v = 0n;
  const B = BigInt(b);
  for (const ch of t.toLowerCase()) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= b) return undefined;
    v = v * B + BigInt(d);
  }
  return neg ? -v : v;
}

function toCount(ctx: BuiltinContext, s: string, base: number): Integral {
  const v = parseInteger(s, base);
  if (v === undefined || v > 0xffffffffffffffffn || v < -0xffffffffffffffffn) {
    ctx.error('bad conversion to count', { arg: s });
    return 0;
  }
  return normalizeIntegral(BigInt.asUintN(64, v));
}

function toInt(ctx: BuiltinContext, s: string, base: number): Integral {
  const v = parseInteger(s, base);
  if (v === undefined || v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
    ctx.error('bad conversion to integer', { arg: s });
    return 0;
  }
  return normalizeIntegral(v);
}

const DOUBLE_RE = /^[ \t\n\r\v\f]*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;

const PROTO_BITS: Record<string, number> = { unknown_transport: PORT_UNKNOWN, tcp: PORT_TCP, udp: PORT_UDP, icmp: PORT_ICMP };

/** The `size`-byte big-endian IEEE 754 value in `s`; another length reports an error and gives 0.0. */
function ieeeFromBytes(c: BuiltinContext, s: string, size: 4 | 8, name: string): number {
  if (s.length !== size) {
    c.error(`bad input length of ${s.length} for ${name}`);
    return 0.0;
  }
  const buf = Buffer.from(s, 'latin1');
  return size === 8 ? buf.readDoubleBE(0) : buf.readFloatBE(0);
}

/**
 * Conversion built-ins (language.md §10.3).
 *
 * ## Example
 * ```ts
 * Object.keys(CONVERSION_BUILTINS); // names merged into BUILTINS
 * ```
 */
export const CONVERSION_BUILTINS: Record<string, Builtin> = {
  // Zeek's bytestring_to_count (test bifs.bytestring_to_count): 1–8 bytes, big-endian unless is_le.
  bytestring_to_count: builtin([['s', T.string], ['is_le', T.bool, false]], T.count, (c, [s, le]) => {
    const str = s as string;
    if (str.length === 0 || str.length > 8) {
      c.error('unsupported byte length for bytestring_to_count');
      return 0;
    }
    let v = 0n;
    for (let i = 0; i < str.length; i++) {
      const b = BigInt(str.charCodeAt(le === true ? str.length - 1 - i : i));
      v = (v << 8n) | b;
    }
    return normalizeIntegral(v);
  }),
  // Zeek's bytestring_to_double/bytestring_to_float (test bifs.bytestring_to_double): an IEEE 754 value in
  // network byte order; any other length is an error and gives 0.0.
  bytestring_to_double: builtin([['s', T.string]], T.double, (c, [s]) => ieeeFromBytes(c, s as string, 8, 'bytestring_to_double')),
  bytestring_to_float: builtin([['s', T.string]], T.double, (c, [s]) => ieeeFromBytes(c, s as string, 4, 'bytestring_to_float')),
  // Zeek's raw_bytes_to_v4_addr/raw_bytes_to_v6_addr (test bifs.raw_bytes_to_v4_addr): the first 4/16 bytes
  // as an address in network order; a shorter string is an error and gives 0.0.0.0 / ::.
  raw_bytes_to_v4_addr: builtin([['b', T.string]], T.addr, (c, [b]) => {
    const str = b as string;
    if (str.length < 4) {
      c.error('too short a string as input to raw_bytes_to_v4_addr()');
      return '0.0.0.0';
    }
    return addrFromV4Uint32(((str.charCodeAt(0) << 24) | (str.charCodeAt(1) << 16) | (str.charCodeAt(2) << 8) | str.charCodeAt(3)) >>> 0);
  }),
  raw_bytes_to_v6_addr: builtin([['x', T.string]], T.addr, (c, [b]) => {
    const str = b as string;
    if (str.length < 16) {
      c.error('too short a string as input to raw_bytes_to_v6_addr()');
      return '::';
    }
    return addrFromBytes(Buffer.from(str.slice(0, 16), 'latin1'), 0, 16);
  }),
  to_count: builtin([['str', T.string], ['base', T.count, 10]], T.count, (ctx, [s, base]) =>
    toCount(ctx, s as string, base === undefined ? 10 : Number(base))),
  to_int: builtin([['str', T.string], ['base', T.count, 10]], T.int, (ctx, [s, base]) =>
    toInt(ctx, s as string, base === undefined ? 10 : Number(base))),
  to_double: builtin([['str', T.string]], T.double, (ctx, [s]) => {
    const str = s as string;
    if (!DOUBLE_RE.test(str)) {
      ctx.error('bad conversion to double', { arg: str });
      return 0.0;
    }
    const t = str.trim().toLowerCase();
    if (t.endsWith('nan')) return NaN;
    if (t.includes('inf')) return t.startsWith('-') ? -Infinity : Infinity;
    return Number(t);
  }),
  to_addr: builtin([['ip', T.string]], T.addr, (ctx, [s]) => {
    const a = parseAddr(s as string);
    if (a === undefined) {
      ctx.error('failed converting string to IP address', { arg: s as string });
      return '::';
    }
    return a;
  }),
  to_subnet: builtin([['sn', T.string]], T.subnet, (ctx, [s]) => {
    const sn = parseSubnet(s as string);
    if (sn === undefined) {
      ctx.error('failed converting string to IP prefix', { arg: s as string });
      return { prefix: '::', width: 0 };
    }
    return sn;
  }),
  to_port: builtin([['s', T.string]], T.port, (ctx, [s]) => {
    const p = parsePortText(s as string);
    if (p !== undefined) return p;
    ctx.error('wrong port format, must be /[0-9]{1,5}\\/(tcp|udp|icmp)/');
    return makePort(0, PORT_UNKNOWN);
  }),
  port_to_count: builtin([['p', T.port]], T.count, (_ctx, [p]) => portNumber(p as number)),
  count_to_port: builtin([['num', T.count], ['proto', TRANSPORT_PROTO]], T.port, (_ctx, [n, proto]) =>
    makePort(Number(n), PROTO_BITS[proto as string] ?? PORT_UNKNOWN)),
  int_to_count: builtin([['n', T.int]], T.count, (ctx, [n]) => {
    if ((n as Integral) < 0) {
      ctx.error('bad conversion to count', { arg: String(n) });
      return 0;
    }
    return n;
  }),
  double_to_count: builtin([['d', T.double]], T.count, (ctx, [d]) => {
    const x = d as number;
    if (x < 0 || Number.isNaN(x)) {
      ctx.error('bad conversion to count', { arg: cat([x], [T.double]) });
      return 0;
    }
    const r = roundHalfEven(x);
    if (r >= 18446744073709551616) {
      ctx.error('bad conversion to count');
      return 0;
    }
    return integralFromDouble(r);
  }),
  double_to_int: builtin([['d', T.double]], T.int, (_ctx, [d]) => {
    const r = roundHalfEven(d as number);
    if (!(r < 9223372036854775808 && r >= -9223372036854775808)) return normalizeIntegral(BigInt.asIntN(64, BigInt(r || 0)));
    return integralFromDouble(r);
  }),
  count_to_double: builtin([['c', T.count]], T.double, (_ctx, [c]) => Number(c)),
  int_to_double: builtin([['i', T.int]], T.double, (_ctx, [i]) => Number(i)),
  enum_to_int: builtin([['e', T.any]], T.int, (_ctx, [e], types) => {
    const [v, t] = dynamicType(e, types[0] ?? T.any);
    return t.kind === 'enum' ? t.byName.get(v as string) ?? 0 : 0;
  }),
  subnet_to_addr: builtin([['sn', T.subnet]], T.addr, (_ctx, [sn]) => (sn as SubnetValue).prefix),
  subnet_width: builtin([['sn', T.subnet]], T.count, (_ctx, [sn]) => (sn as SubnetValue).width),
  count_to_v4_addr: builtin([['ip', T.count]], T.addr, (ctx, [c]) => {
    const b = toBigInt(c as Integral);
    if (b > 0xffffffffn) {
      ctx.error('conversion of non-IPv4 count to addr', { arg: String(c) });
      return '0.0.0.0';
    }
    return addrFromV4Uint32(Number(b));
  }),
};
