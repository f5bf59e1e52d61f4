/**
 * `Site::local_nets` as Zeek fills it by default: `Site::private_address_space`
 * (engine.md 2.11), used for conn.log's `local_orig`/`local_resp`.
 */
const PRIVATE_V4 = [
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24',
  '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/24',
  '239.0.0.0/8', '240.0.0.0/4', '255.255.255.255/32',
];
const PRIVATE_V6 = [
  '2002::/24', '2002:a00::/24', '2002:6440::/26', '2002:7f00::/24', '2002:a9fe::/32', '2002:ac10::/28',
  '2002:c000::/40', '2002:c000:200::/40', '2002:c0a8::/32', '2002:c612::/31', '2002:c633:6400::/40',
  '2002:cb00:7100::/40', '2002:e000::/40', '2002:ef00::/24', '2002:f000::/20', '2002:ffff:ffff::/48', '::/128',
  '::1/128', '64:ff9b:1::/48', '100::/64', '2001::/23', '2001:2::/48', '2001:db8::/32', 'fc00::/7', 'fe80::/10',
  'fec0::/10',
];

/** A subnet as 16 address bytes (IPv4 mapped to `::ffff:0:0/96`) and a prefix length over 128 bits. */
export interface Subnet {
  bytes: Uint8Array;
  width: number;
}

/**
 * Parses an address in canonical text (`1.2.3.4`, `2001:db8::1`, `::ffff:1.2.3.4`)
 * into 16 bytes, IPv4 as `::ffff:a.b.c.d`. Returns undefined when malformed.
 *
 * ## Example
 * ```ts
 * parseAddr('10.0.0.1'); // Uint8Array [0,…,0,255,255,10,0,0,1]
 * ```
 */
export function parseAddr(text: string): Uint8Array | undefined {
  const out = new Uint8Array(16);
  if (!text.includes(':')) {
    const parts = text.split('.');
    if (parts.length !== 4) return undefined;
    out[10] = 0xff;
    out[11] = 0xff;
    for (let i = 0; i < 4; i++) {
      const v = Number(parts[i]);
      if (!(v >= 0 && v <= 255)) return undefined;
      out[12 + i] = v;
    }
    return out;
  }
  let head = text;
  let tailV4: Uint8Array | undefined;
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) >= 0) {
    tailV4 = parseAddr(text.slice(lastColon + 1));
    if (!tailV4) return undefined;
    head = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const left = halves[0] ? halves[0].split(':') : [];
  const right = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = 8 - left.length - right.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  const groups = [...left, ...new Array<string>(fill).fill('0'), ...right];
  for (let g = 0; g < 8; g++) {
    const v = parseInt(groups[g], 16);
    if (!(v >= 0 && v <= 0xffff)) return undefined;
    out[2 * g] = v >> 8;
    out[2 * g + 1] = v & 0xff;
  }
  if (tailV4) out.set(tailV4.subarray(12), 12);
  return out;
}

/**
 * Parses `a.b.c.d/n` or `x::/n`.
 *
 * ## Example
 * ```ts
 * parseSubnet('10.0.0.0/8').width; // 104
 * ```
 */
export function parseSubnet(text: string): Subnet {
  const [a, w] = text.split('/');
  const bytes = parseAddr(a);
  if (!bytes) throw new Error(`bad subnet ${text}`);
  const n = Number(w);
  return { bytes, width: a.includes(':') ? n : 96 + n };
}

/**
 * Whether 16-byte address `addr` lies in `net`.
 *
 * ## Example
 * ```ts
 * inSubnet(parseAddr('10.1.2.3')!, parseSubnet('10.0.0.0/8')); // true
 * ```
 */
export function inSubnet(addr: Uint8Array, net: Subnet): boolean {
  return inSubnetAt(addr, 0, net);
}

/** `inSubnet` for the 16 address bytes at `off` in `buf` (no copy to slice out). */
function inSubnetAt(buf: Uint8Array, off: number, net: Subnet): boolean {
  let bits = net.width;
  for (let i = 0; i < 16 && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((buf[off + i] & mask) !== (net.bytes[i] & mask)) return false;
  }
  return true;
}

/**
 * Whether the 16-byte (IPv6) address at `off` in `buf` is in one of `nets`:
 * `isLocalAddr` without the text round trip (conn.log rows of IPv6 sessions).
 *
 * ## Example
 * ```ts
 * isLocalAddrBytes(parseAddr('fe80::1')!, 0); // true
 * ```
 */
export function isLocalAddrBytes(buf: Uint8Array, off: number, nets: readonly Subnet[] = DEFAULT_LOCAL_NETS): boolean {
  for (let i = 0; i < nets.length; i++) if (inSubnetAt(buf, off, nets[i])) return true;
  return false;
}

/** Zeek's default `Site::local_nets` (= `Site::private_address_space`). */
export const DEFAULT_LOCAL_NETS: readonly Subnet[] = [...PRIVATE_V4, ...PRIVATE_V6].map(parseSubnet);

/**
 * Whether an address (canonical text) is in one of `nets`.
 *
 * ## Example
 * ```ts
 * isLocalAddr('224.0.0.251'); // true; isLocalAddr('ff02::fb') === false
 * ```
 */
export function isLocalAddr(text: string, nets: readonly Subnet[] = DEFAULT_LOCAL_NETS): boolean {
  // conn.log asks twice per connection. Dotted quads are read straight into a
  // number and tested against the list's IPv4 ranges; other text is parsed
  // (parsing both addresses per row was a tenth of the logging cost).
  let rules = v4Rules.get(nets);
  if (rules === undefined) v4Rules.set(nets, (rules = compileV4(nets)));
  const a = dottedQuad(text);
  if (a < 0) {
    const bytes = parseAddr(text);
    if (!bytes) return false;
    for (const n of nets) if (inSubnet(bytes, n)) return true;
    return false;
  }
  for (let i = 0; i < rules.length; i += 2) if (((a & rules[i]) >>> 0) === rules[i + 1]) return true;
  return false;
}

/**
 * Whether an IPv4 address given as a 32-bit number is in one of `nets` (no text
 * to parse: conn.log rows written from a session's plain state use it).
 *
 * ## Example
 * ```ts
 * isLocalV4(0x0a000001); // true (10.0.0.1)
 * ```
 */
export function isLocalV4(a: number, nets: readonly Subnet[] = DEFAULT_LOCAL_NETS): boolean {
  let rules = v4Rules.get(nets);
  if (rules === undefined) v4Rules.set(nets, (rules = compileV4(nets)));
  a = a >>> 0;
  for (let i = 0; i < rules.length; i += 2) if (((a & rules[i]) >>> 0) === rules[i + 1]) return true;
  return false;
}

/** Per subnet list: (mask, network) pairs covering what it says about IPv4 (mapped) addresses. */
const v4Rules = new WeakMap<readonly Subnet[], Uint32Array>();

const MAPPED_PREFIX = parseAddr('::ffff:0.0.0.0')!;

function compileV4(nets: readonly Subnet[]): Uint32Array {
  const out: number[] = [];
  for (const n of nets) {
    if (n.width <= 96) {
      // Covers all of ::ffff:0:0/96 or none of it.
      if (inSubnet(MAPPED_PREFIX, n)) out.push(0, 0);
      continue;
    }
    if (!inSubnet(MAPPED_PREFIX, { bytes: n.bytes, width: 96 })) continue;
    const bits = n.width - 96;
    const mask = bits >= 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0;
    const b = n.bytes;
    const net = ((b[12] << 24) | (b[13] << 16) | (b[14] << 8) | b[15]) >>> 0;
    out.push(mask, (net & mask) >>> 0);
  }
  return Uint32Array.from(out);
}

/** `a.b.c.d` (decimal, no leading sign) as an unsigned number, or -1 if the text is not one. */
function dottedQuad(text: string): number {
  let v = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return -1;
    } else if (c === 46) {
      if (digits === 0 || ++dots > 3) return -1;
      v = v * 256 + part;
      part = 0;
      digits = 0;
    } else return -1;
  }
  if (dots !== 3 || digits === 0) return -1;
  return v * 256 + part;
}
