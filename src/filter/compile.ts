// AST → nested closures for one link type. Every offset that does not depend on the packet
// (link header size, VLAN/MPLS shifts, field positions) is computed here, once; the closures
// only load, mask and compare. Nothing is allocated per packet.
import type { Arith, Direction, Encap, FilterNode } from './ast';
import { FilterError } from './FilterError';
import type { LinkLayout } from './linkLayout';
import { OUT_OF_RANGE, u16, u32, u8 } from './reads';

/** A compiled filter over one record's captured bytes, caplen and wire length. */
export type Pred = (d: Uint8Array, cap: number, len: number) => boolean;
type Num = (d: Uint8Array, cap: number, len: number) => number;

const TRUE: Pred = () => true;
const FALSE: Pred = () => false;
const ETHERTYPE_IP = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;

/**
 * Compiles a parsed filter for one link layout. Throws `FilterError` for primitives the link
 * type cannot have (`ether host` on raw IP, `vlan` on Linux SLL), as libpcap does.
 *
 * ## Example
 * ```ts
 * const pred = compileNode(parseFilter('tcp port 80'), linkLayout(1)!, 'tcp port 80');
 * pred(rec.data, rec.caplen, rec.len); // true for an HTTP packet (or throws OUT_OF_RANGE)
 * ```
 */
export function compileNode(node: FilterNode, link: LinkLayout, expression: string): Pred {
  const fail = (reason: string): never => {
    throw new FilterError(reason, expression, 0, '');
  };
  const go = (n: FilterNode): Pred => {
    switch (n.kind) {
      case 'and': {
        const l = go(n.left);
        const r = go(n.right);
        return (d, c, w) => l(d, c, w) && r(d, c, w);
      }
      case 'or': {
        const l = go(n.left);
        const r = go(n.right);
        return (d, c, w) => l(d, c, w) || r(d, c, w);
      }
      case 'not': {
        const o = go(n.operand);
        return (d, c, w) => !o(d, c, w);
      }
      case 'etherType':
        return etherTypeIs(n.etherType, n.encap, link, fail);
      case 'ipProto':
        return ipProtoIs(n.version, n.proto, n.encap, link, fail);
      case 'ipAddr':
        return n.version === 4 ? ipv4Addr(n.dir, n.addr, n.mask, n.encap, link, fail) : ipv6Addr(n.dir, n.addr, n.mask, n.encap, link, fail);
      case 'arpAddr': {
        const is = etherTypeIs(n.etherType, n.encap, link, fail);
        const nl = netOff(n.encap, link);
        // Sender protocol address at 14, target at 24 (Ethernet/IPv4 ARP).
        return both(is, addrMatch(n.dir, nl + 14, nl + 24, toU32(n.addr), toU32(n.mask)));
      }
      case 'port':
        return portIs(n.version, n.proto, n.dir, n.lo, n.hi, n.encap, link, fail);
      case 'etherAddr':
        return etherAddr(n.dir, n.mac, link, fail);
      case 'etherBroadcast':
        if (!link.ethernet) fail(`not a broadcast link (${link.name})`);
        return (d, c) => u16(d, c, 4) === 0xffff && u32(d, c, 0) === 0xffffffff;
      case 'etherMulticast':
        if (!link.ethernet) fail(`not a broadcast link (${link.name})`);
        return (d, c) => (u8(d, c, 0) & 1) !== 0;
      case 'ipBroadcast': {
        const is = etherTypeIs(ETHERTYPE_IP, n.encap, link, fail);
        const dst = netOff(n.encap, link) + 16;
        // The netmask is unknown when reading a file (tcpdump -r passes 0): all-zeros or all-ones.
        return both(is, (d, c) => {
          const a = u32(d, c, dst);
          return a === 0 || a === 0xffffffff;
        });
      }
      case 'ipMulticast': {
        const dst = netOff(n.encap, link) + 16;
        return both(etherTypeIs(ETHERTYPE_IP, n.encap, link, fail), (d, c) => u8(d, c, dst) >= 224);
      }
      case 'ip6Multicast': {
        const dst = netOff(n.encap, link) + 24;
        return both(etherTypeIs(ETHERTYPE_IPV6, n.encap, link, fail), (d, c) => u8(d, c, dst) === 0xff);
      }
      case 'vlan':
        return vlanIs(n.id, n.encap, link, fail);
      case 'mpls':
        return mplsIs(n.label, n.encap, link, fail);
      case 'relation':
        return relation(n.op, n.left, n.right, link, fail);
    }
  };
  return go(node);
}

/** Offset of the network header after the VLAN tags and MPLS labels of `encap`. */
function netOff(e: Encap, link: LinkLayout): number {
  return link.netOff + 4 * e.vlans + 4 * e.labels;
}

function both(a: Pred, b: Pred): Pred {
  if (a === FALSE) return FALSE;
  if (a === TRUE) return b;
  return (d, c, w) => a(d, c, w) && b(d, c, w);
}

/** The packet's network protocol is `etherType` (behind `encap`). */
function etherTypeIs(etherType: number, e: Encap, link: LinkLayout, fail: (r: string) => never): Pred {
  if (e.labels > 0) {
    // Inside MPLS there is no EtherType: the previous label must be the bottom of the stack and
    // the IP version nibble tells v4 from v6.
    const version = etherType === ETHERTYPE_IP ? 0x40 : etherType === ETHERTYPE_IPV6 ? 0x60 : -1;
    if (version < 0) return fail(`unsupported protocol over mpls`);
    const nl = netOff(e, link);
    const bos = nl - 2;
    return (d, c) => (u8(d, c, bos) & 1) === 1 && (u8(d, c, nl) & 0xf0) === version;
  }
  switch (link.family) {
    case 'ethertype': {
      const off = link.typeOff + 4 * e.vlans;
      return (d, c) => u16(d, c, off) === etherType;
    }
    case 'raw':
      if (etherType === ETHERTYPE_IP) return (d, c) => (u8(d, c, 0) & 0xf0) === 0x40;
      if (etherType === ETHERTYPE_IPV6) return (d, c) => (u8(d, c, 0) & 0xf0) === 0x60;
      return FALSE;
    case 'ipv4':
      return etherType === ETHERTYPE_IP ? TRUE : FALSE;
    case 'ipv6':
      return etherType === ETHERTYPE_IPV6 ? TRUE : FALSE;
    case 'null':
    case 'loop': {
      // BSD address families: AF_INET 2; AF_INET6 24 (NetBSD/OpenBSD), 28 (FreeBSD), 30 (macOS).
      const fams = etherType === ETHERTYPE_IP ? [2] : etherType === ETHERTYPE_IPV6 ? [24, 28, 30] : [];
      if (fams.length === 0) return FALSE;
      const be = new Set(fams);
      // NULL stores the family in the capturing host's byte order: accept both, as the decoder does.
      const le = new Set(link.family === 'null' ? fams.map((f) => f * 0x1000000) : []);
      return (d, c) => {
        const v = u32(d, c, 0);
        return be.has(v) || le.has(v);
      };
    }
    case 'ppp': {
      const proto = etherType === ETHERTYPE_IP ? 0x0021 : etherType === ETHERTYPE_IPV6 ? 0x0057 : -1;
      if (proto < 0) return FALSE;
      return (d, c) => u16(d, c, link.typeOff) === proto;
    }
  }
}

/** IPv4 protocol field, or IPv6 next header (also behind one fragment header, as libpcap). */
function ipProtoIs(version: 4 | 6, proto: number, e: Encap, link: LinkLayout, fail: (r: string) => never): Pred {
  const nl = netOff(e, link);
  if (version === 4) return both(etherTypeIs(ETHERTYPE_IP, e, link, fail), (d, c) => u8(d, c, nl + 9) === proto);
  return both(etherTypeIs(ETHERTYPE_IPV6, e, link, fail), (d, c) => {
    const nh = u8(d, c, nl + 6);
    return nh === proto || (nh === 44 && u8(d, c, nl + 40) === proto);
  });
}

function addrMatch(dir: Direction, srcOff: number, dstOff: number, addr: number, mask: number): Pred {
  const src: Pred = (d, c) => (u32(d, c, srcOff) & mask) >>> 0 === addr;
  const dst: Pred = (d, c) => (u32(d, c, dstOff) & mask) >>> 0 === addr;
  return combine(dir, src, dst);
}

function combine(dir: Direction, src: Pred, dst: Pred): Pred {
  switch (dir) {
    case 'src':
      return src;
    case 'dst':
      return dst;
    case 'or':
      return (d, c, w) => src(d, c, w) || dst(d, c, w);
    case 'and':
      return (d, c, w) => src(d, c, w) && dst(d, c, w);
  }
}

function ipv4Addr(dir: Direction, addr: Uint8Array, mask: Uint8Array, e: Encap, link: LinkLayout, fail: (r: string) => never): Pred {
  const nl = netOff(e, link);
  return both(etherTypeIs(ETHERTYPE_IP, e, link, fail), addrMatch(dir, nl + 12, nl + 16, toU32(addr), toU32(mask)));
}

function ipv6Addr(dir: Direction, addr: Uint8Array, mask: Uint8Array, e: Encap, link: LinkLayout, fail: (r: string) => never): Pred {
  const nl = netOff(e, link);
  const a = [0, 4, 8, 12].map((i) => toU32(addr.subarray(i, i + 4)));
  const m = [0, 4, 8, 12].map((i) => toU32(mask.subarray(i, i + 4)));
  const at = (base: number): Pred => (d, c) => {
    if (base + 16 > c) throw OUT_OF_RANGE;
    for (let i = 0; i < 4; i++) if ((u32(d, c, base + 4 * i) & m[i]) >>> 0 !== a[i]) return false;
    return true;
  };
  return both(etherTypeIs(ETHERTYPE_IPV6, e, link, fail), combine(dir, at(nl + 8), at(nl + 24)));
}

/** Ports of IPv4 first fragments (offset field 0) behind the IHL, or right after the IPv6 fixed header. */
function portIs(version: 4 | 6, proto: number, dir: Direction, lo: number, hi: number, e: Encap, link: LinkLayout, fail: (r: string) => never): Pred {
  const nl = netOff(e, link);
  const inRange = lo === hi ? (p: number) => p === lo : (p: number) => p >= lo && p <= hi;
  if (version === 6) {
    const ports = combine(dir, (d, c) => inRange(u16(d, c, nl + 40)), (d, c) => inRange(u16(d, c, nl + 42)));
    return both(etherTypeIs(ETHERTYPE_IPV6, e, link, fail), (d, c, w) => u8(d, c, nl + 6) === proto && ports(d, c, w));
  }
  const th = (d: Uint8Array, c: number): number => nl + ((u8(d, c, nl) & 0xf) << 2);
  const ports = combine(dir, (d, c) => inRange(u16(d, c, th(d, c))), (d, c) => inRange(u16(d, c, th(d, c) + 2)));
  return both(
    etherTypeIs(ETHERTYPE_IP, e, link, fail),
    (d, c, w) => u8(d, c, nl + 9) === proto && (u16(d, c, nl + 6) & 0x1fff) === 0 && ports(d, c, w),
  );
}

function etherAddr(dir: Direction, mac: Uint8Array, link: LinkLayout, fail: (r: string) => never): Pred {
  if (!link.ethernet) fail(`ethernet addresses supported only on Ethernet, not ${link.name}`);
  const hi = (mac[0] << 8) | mac[1];
  const lo = toU32(mac.subarray(2, 6));
  const at = (off: number): Pred => (d, c) => u32(d, c, off + 2) === lo && u16(d, c, off) === hi;
  return combine(dir, at(6), at(0));
}

function vlanIs(id: number | undefined, e: Encap, link: LinkLayout, fail: (r: string) => never): Pred {
  if (!link.ethernet) fail(`no VLAN support for ${link.name}`);
  if (e.labels > 0) fail('vlan after mpls is not supported');
  const off = link.typeOff + 4 * e.vlans;
  const tagged: Pred = (d, c) => {
    const t = u16(d, c, off);
    return t === 0x8100 || t === 0x88a8 || t === 0x9100;
  };
  if (id === undefined) return tagged;
  return both(tagged, (d, c) => (u16(d, c, off + 2) & 0xfff) === id);
}

function mplsIs(label: number | undefined, e: Encap, link: LinkLayout, fail: (r: string) => never): Pred {
  const nl = netOff(e, link);
  let here: Pred;
  if (e.labels === 0) {
    if (!link.ethernet) fail(`no MPLS support for ${link.name}`);
    const off = link.typeOff + 4 * e.vlans;
    here = (d, c) => u16(d, c, off) === 0x8847;
  } else {
    // A further label: the one before must not be the bottom of the stack.
    here = (d, c) => (u8(d, c, nl - 2) & 1) === 0;
  }
  if (label === undefined) return here;
  const want = (label * 4096) >>> 0;
  return both(here, (d, c) => (u32(d, c, nl) & 0xfffff000) >>> 0 === want);
}

// ### Arithmetic

/** A compiled value plus the protocol checks its loads need, run before any of them. */
interface CompiledArith {
  value: Num;
  guards: Pred[];
}

function relation(op: string, left: Arith, right: Arith, link: LinkLayout, fail: (r: string) => never): Pred {
  const l = arith(left, link, fail);
  const r = arith(right, link, fail);
  const lv = l.value;
  const rv = r.value;
  let cmp: Pred;
  switch (op) {
    case '=':
      cmp = (d, c, w) => lv(d, c, w) === rv(d, c, w);
      break;
    case '!=':
      cmp = (d, c, w) => lv(d, c, w) !== rv(d, c, w);
      break;
    case '<':
      cmp = (d, c, w) => lv(d, c, w) < rv(d, c, w);
      break;
    case '<=':
      cmp = (d, c, w) => lv(d, c, w) <= rv(d, c, w);
      break;
    case '>':
      cmp = (d, c, w) => lv(d, c, w) > rv(d, c, w);
      break;
    default:
      cmp = (d, c, w) => lv(d, c, w) >= rv(d, c, w);
  }
  // libpcap puts a relation's protocol checks (left operand's, then right's) before its loads:
  // a TCP load on a UDP packet is simply false, not an out-of-range reject.
  return [...l.guards, ...r.guards].reduceRight((acc, g) => both(g, acc), cmp);
}

function arith(a: Arith, link: LinkLayout, fail: (r: string) => never): CompiledArith {
  switch (a.kind) {
    case 'num': {
      const v = a.value >>> 0;
      return { value: () => v, guards: [] };
    }
    case 'len':
      return { value: (_d, _c, w) => w, guards: [] };
    case 'neg': {
      const o = arith(a.operand, link, fail);
      const f = o.value;
      return { value: (d, c, w) => (0 - f(d, c, w)) >>> 0, guards: o.guards };
    }
    case 'binary': {
      const l = arith(a.left, link, fail);
      const r = arith(a.right, link, fail);
      // libpcap keeps only the left operand's protocol checks (gen_arth drops the right one's):
      // in `ip[2:2] - tcp[12]` the TCP load also runs on UDP and ICMP packets. tcpdump does this,
      // so rxbro does too, to select the same packets.
      return { value: binary(a.op, l.value, r.value), guards: l.guards };
    }
    case 'load':
      return load(a, link, fail);
  }
}

function binary(op: string, l: Num, r: Num): Num {
  switch (op) {
    case '+':
      return (d, c, w) => (l(d, c, w) + r(d, c, w)) >>> 0;
    case '-':
      return (d, c, w) => (l(d, c, w) - r(d, c, w)) >>> 0;
    case '*':
      return (d, c, w) => Math.imul(l(d, c, w), r(d, c, w)) >>> 0;
    case '/':
      return (d, c, w) => {
        const x = l(d, c, w);
        const y = r(d, c, w);
        // BPF: division by zero at run time rejects the packet.
        if (y === 0) throw OUT_OF_RANGE;
        return Math.floor(x / y);
      };
    case '%':
      return (d, c, w) => {
        const x = l(d, c, w);
        const y = r(d, c, w);
        if (y === 0) throw OUT_OF_RANGE;
        return x % y;
      };
    case '&':
      return (d, c, w) => (l(d, c, w) & r(d, c, w)) >>> 0;
    case '|':
      return (d, c, w) => (l(d, c, w) | r(d, c, w)) >>> 0;
    case '^':
      return (d, c, w) => (l(d, c, w) ^ r(d, c, w)) >>> 0;
    case '<<':
      return (d, c, w) => {
        const x = l(d, c, w);
        const y = r(d, c, w);
        return y < 32 ? (x << y) >>> 0 : 0;
      };
    default:
      return (d, c, w) => {
        const x = l(d, c, w);
        const y = r(d, c, w);
        return y < 32 ? x >>> y : 0;
      };
  }
}

function load(a: Extract<Arith, { kind: 'load' }>, link: LinkLayout, fail: (r: string) => never): CompiledArith {
  const idx = arith(a.index, link, fail);
  const iv = idx.value;
  const size = a.size;
  const read = size === 1 ? u8 : size === 2 ? u16 : u32;
  const nl = netOff(a.encap, link);
  const at = (base: number): Num => (d, c, w) => read(d, c, base + iv(d, c, w));
  switch (a.layer) {
    case 'link':
      return { value: at(0), guards: idx.guards };
    case 'ip':
    case 'arp':
    case 'rarp':
    case 'ip6': {
      const et = a.layer === 'ip' ? ETHERTYPE_IP : a.layer === 'ip6' ? ETHERTYPE_IPV6 : a.layer === 'arp' ? 0x0806 : 0x8035;
      return { value: at(nl), guards: [etherTypeIs(et, a.encap, link, fail), ...idx.guards] };
    }
    case 'icmp6':
      return { value: at(nl + 40), guards: [ipProtoIs(6, 58, a.encap, link, fail), ...idx.guards] };
    case 'transport': {
      // IPv4 only, first fragments only; the transport header starts after the IHL.
      const proto = a.proto;
      const guard: Pred = (d, c) => u8(d, c, nl + 9) === proto && (u16(d, c, nl + 6) & 0x1fff) === 0;
      const value: Num = (d, c, w) => read(d, c, nl + ((u8(d, c, nl) & 0xf) << 2) + iv(d, c, w));
      return { value, guards: [etherTypeIs(ETHERTYPE_IP, a.encap, link, fail), ...idx.guards, guard] };
    }
  }
}

function toU32(b: Uint8Array): number {
  return ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
}
