// Recursive descent over libpcap's grammar (grammar.y). What makes it unusual:
// - `and` and `or` have EQUAL precedence and associate left to right: `a or b and c` is
//   `(a or b) and c`; `not` binds tightest.
// - After `and`/`or`, a bare value (`20`, `10.0.0.1`, `http`, `(a or b)`) inherits the
//   qualifiers of the primitive before it; after a parenthesised expression, those in force
//   before the parenthesis.
// - In arithmetic, `^` and `%` have no declared precedence in the grammar, so yacc shifts:
//   they take everything to their right (`1 ^ 2 | 3` is `1 ^ (2 | 3)`) and bind to the
//   operand on their left (`2 * 7 % 4` is `2 * (7 % 4)`).
// - `vlan` and `mpls` move the offsets of every primitive after them, in parse order.
import type { Arith, ArithOp, Direction, Encap, FilterNode, LoadLayer, RelOp } from './ast';
import { FilterError } from './FilterError';
import { UNSUPPORTED_KEYWORDS } from './keywords';
import { tokenize } from './lexer';
import {
  etherHost, ipProto, ipv4Host, ipv6Host, namedPort, namedProto, portRange, protoAbbrev, type Fail,
} from './primitives';
import { PROTO_QUALS, type AddrQual, type ProtoQual, type Qualifiers } from './qualifiers';
import type { Token } from './tokens';

const RELOPS: ReadonlySet<string> = new Set(['=', '!=', '<', '<=', '>', '>=']);
/** Binding power of arithmetic operators (grammar.y's %left lines); `^` and `%` have none. */
const ARITH_BP: Readonly<Record<string, number>> = { '|': 1, '&': 2, '<<': 3, '>>': 3, '+': 4, '-': 4, '*': 5, '/': 5 };
const NO_PRECEDENCE: ReadonlySet<string> = new Set(['^', '%']);
const UNARY_BP = 6;
const LOAD_LAYERS: Readonly<Record<string, [LoadLayer, number]>> = {
  link: ['link', 0], ip: ['ip', 0], ip6: ['ip6', 0], arp: ['arp', 0], rarp: ['rarp', 0],
  tcp: ['transport', 6], udp: ['transport', 17], sctp: ['transport', 132], icmp: ['transport', 1],
  igmp: ['transport', 2], igrp: ['transport', 9], pim: ['transport', 103], vrrp: ['transport', 112],
  carp: ['transport', 112], icmp6: ['icmp6', 0],
};

/**
 * Parses a pcap-filter(7) expression into rxbro's filter AST; throws `FilterError` (with the
 * column and text of the offending token) when it does not parse or means nothing.
 *
 * ## Example
 * ```ts
 * parseFilter('tcp dst port 21 or 20');
 * // or(tcp dst port 21, tcp dst port 20), each over IPv4 and IPv6
 * ```
 */
export function parseFilter(expression: string): FilterNode {
  return new Parser(expression).parseProgram();
}

class Parser {
  private readonly toks: Token[];
  private pos = 0;
  private encap: Encap = { vlans: 0, labels: 0 };
  /** The error of the attempt that got furthest, reported when every alternative fails. */
  private furthest: FilterError | undefined;

  constructor(private readonly expression: string) {
    this.toks = tokenize(expression);
  }

  parseProgram(): FilterNode {
    const node = this.expr(undefined);
    if (this.peek().kind !== 'eof') this.syntaxError(this.peek());
    return node.node;
  }

  // ### Boolean structure

  /** expr := term ((and|or) (term|id))*, left to right, one precedence. */
  private expr(q: Qualifiers | undefined): { node: FilterNode; q: Qualifiers | undefined } {
    let left = this.term(q);
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'kw' || (t.value !== 'and' && t.value !== 'or')) return left;
      this.pos++;
      const right = this.termOrId(left.q);
      left = { node: { kind: t.value, left: left.node, right: right.node }, q: right.q };
    }
  }

  /** After and/or: a bare value inherits `q`; anything else is a new term. */
  private termOrId(q: Qualifiers | undefined): { node: FilterNode; q: Qualifiers | undefined } {
    let i = this.pos;
    while (this.isKw(this.toks[i], 'not')) i++;
    const t = this.toks[i];
    if (t.kind === 'hid' || t.kind === 'hid6' || t.kind === 'eid' || t.kind === 'id') return { node: this.id(q), q };
    if (t.kind === 'num' && !this.startsArithOp(this.toks[i + 1])) return { node: this.id(q), q };
    if (t.kind === 'op' && t.value === '(') {
      const asId = this.attempt(() => this.id(q));
      if (asId) return { node: asId, q };
    }
    return this.term(q);
  }

  /** term := not term | rterm. */
  private term(q: Qualifiers | undefined): { node: FilterNode; q: Qualifiers | undefined } {
    const t = this.peek();
    if (this.isKw(t, 'not')) {
      this.pos++;
      const inner = this.term(q);
      return { node: { kind: 'not', operand: inner.node }, q: inner.q };
    }
    // arth relop arth, tried first where a value could start one (`(tcp[13] & 2) != 0`).
    if (this.mayStartArith()) {
      const rel = this.attempt(() => this.relation());
      if (rel) return { node: rel, q: undefined };
    }
    if (t.kind === 'op' && t.value === '(') {
      this.pos++;
      const inner = this.expr(q);
      this.expect(')');
      // The qualifiers in force after `( … )` are those from before it (grammar.y: `$$.q = $1.q`).
      return { node: inner.node, q };
    }
    if (t.kind === 'kw') return this.keywordTerm(t);
    if (t.kind === 'id' && UNSUPPORTED_KEYWORDS.has(t.value)) this.unsupported(t);
    return this.syntaxError(t);
  }

  private keywordTerm(t: Token): { node: FilterNode; q: Qualifiers | undefined } {
    switch (t.value) {
      case 'less':
      case 'greater': {
        this.pos++;
        const n = this.number();
        const op: RelOp = t.value === 'less' ? '<=' : '>=';
        return { node: { kind: 'relation', op, left: { kind: 'len' }, right: { kind: 'num', value: n } }, q: undefined };
      }
      case 'vlan': {
        this.pos++;
        const at = this.peek();
        const id = this.optionalPnum();
        if (id !== undefined && id > 4095) this.fail(at, `VLAN tag ${id} greater than maximum 4095`);
        const node: FilterNode = { kind: 'vlan', id, encap: this.encap };
        this.encap = { vlans: this.encap.vlans + 1, labels: this.encap.labels };
        return { node, q: undefined };
      }
      case 'mpls': {
        this.pos++;
        const at = this.peek();
        const label = this.optionalPnum();
        if (label !== undefined && label > 0xfffff) this.fail(at, `MPLS label ${label} greater than maximum 1048575`);
        const node: FilterNode = { kind: 'mpls', label, encap: this.encap };
        this.encap = { vlans: this.encap.vlans, labels: this.encap.labels + 1 };
        return { node, q: undefined };
      }
    }
    // head id | pname | pqual broadcast/multicast
    let proto: ProtoQual = 'default';
    if (PROTO_QUALS.has(t.value)) {
      proto = t.value as ProtoQual;
      this.pos++;
    }
    const next = this.peek();
    if (this.isKw(next, 'broadcast') || this.isKw(next, 'multicast')) {
      this.pos++;
      return { node: this.castNode(proto, next), q: undefined };
    }
    const dir = this.dqual();
    const addr = this.aqual();
    if (dir === undefined && addr === undefined) {
      if (proto === 'default') return this.syntaxError(t);
      return { node: protoAbbrev(proto, this.encap, this.failAt(t)), q: undefined };
    }
    const q: Qualifiers = { proto, dir: dir ?? 'default', addr: addr ?? 'default' };
    return { node: this.id(q), q };
  }

  private castNode(proto: ProtoQual, t: Token): FilterNode {
    const encap = this.encap;
    if (t.value === 'broadcast') {
      if (proto === 'default' || proto === 'link') return { kind: 'etherBroadcast' };
      if (proto === 'ip') return { kind: 'ipBroadcast', encap };
      return this.fail(t, 'only link-layer/IP broadcast filters supported');
    }
    if (proto === 'default' || proto === 'link') return { kind: 'etherMulticast' };
    if (proto === 'ip') return { kind: 'ipMulticast', encap };
    if (proto === 'ip6') return { kind: 'ip6Multicast', encap };
    return this.fail(t, 'only link-layer/IP multicast filters supported');
  }

  private dqual(): Direction | undefined {
    const t = this.peek();
    if (!this.isKw(t, 'src') && !this.isKw(t, 'dst')) return undefined;
    this.pos++;
    const conj = this.peek();
    const other = this.toks[this.pos + 1];
    if ((this.isKw(conj, 'or') || this.isKw(conj, 'and')) && this.isKw(other, t.value === 'src' ? 'dst' : 'src')) {
      this.pos += 2;
      return conj.value === 'or' ? 'or' : 'and';
    }
    return t.value as Direction;
  }

  private aqual(): AddrQual | undefined {
    const t = this.peek();
    if (t.kind === 'kw' && (t.value === 'host' || t.value === 'net' || t.value === 'port' || t.value === 'portrange' || t.value === 'proto')) {
      this.pos++;
      return t.value;
    }
    if (t.kind === 'id' && (t.value === 'gateway' || t.value === 'protochain')) this.unsupported(t);
    return undefined;
  }

  // ### Values under qualifiers (grammar.y's id / nid / pid)

  private id(q: Qualifiers | undefined): FilterNode {
    const t = this.peek();
    if (this.isKw(t, 'not')) {
      this.pos++;
      return { kind: 'not', operand: this.id(q) };
    }
    if (t.kind === 'op' && t.value === '(') {
      // ( pid ): values joined by and/or, all under the same qualifiers.
      this.pos++;
      let node = this.id(q);
      for (;;) {
        const c = this.peek();
        if (!this.isKw(c, 'and') && !this.isKw(c, 'or')) break;
        this.pos++;
        node = { kind: c.value as 'and' | 'or', left: node, right: this.id(q) };
      }
      this.expect(')');
      return node;
    }
    if (q === undefined) {
      // A value after a primitive without qualifiers (`tcp and 80`): libpcap reports a syntax error.
      return this.syntaxError(t);
    }
    const fail = this.failAt(t);
    switch (t.kind) {
      case 'num':
        this.pos++;
        return this.numberValue(this.checkedNum(t), q, fail);
      case 'hid':
        this.pos++;
        return this.ipv4Value(t, q, fail);
      case 'hid6':
        this.pos++;
        return this.ipv6Value(t, q, fail);
      case 'eid':
        this.pos++;
        return etherHost(macBytes(t.value), q, fail);
      case 'id':
        if (UNSUPPORTED_KEYWORDS.has(t.value) && t.text[0] !== '\\') this.unsupported(t);
        this.pos++;
        return this.nameValue(t.value, q, fail);
      default:
        return this.syntaxError(t);
    }
  }

  /** gen_ncode for a number: a host/net number, a port, or a protocol number. */
  private numberValue(v: number, q: Qualifiers, fail: Fail): FilterNode {
    switch (q.addr) {
      case 'default':
      case 'host':
      case 'net': {
        if (q.proto === 'link') return fail('illegal link layer address');
        let mask = 0xffffffff;
        if (q.addr === 'net') {
          // A short net number is promoted: `net 10` is 10.0.0.0/8.
          while (v !== 0 && (v & 0xff000000) === 0) {
            v = (v << 8) >>> 0;
            mask = (mask << 8) >>> 0;
          }
        }
        return ipv4Host(v, mask, q, this.encap, fail);
      }
      case 'port':
      case 'portrange':
        return portRange(v, v, q, 0, this.encap, fail);
      case 'proto':
        if (q.dir !== 'default') fail("direction applied to 'proto'");
        return ipProto(q.proto, v, this.encap, fail);
    }
  }

  private ipv4Value(t: Token, q: Qualifiers, fail: Fail): FilterNode {
    const { value, bits } = parseDotted(t.value, fail);
    const next = this.peek();
    if (next.kind === 'op' && next.value === '/') {
      this.pos++;
      const lenTok = this.peek();
      const len = this.number();
      this.checkAddrQual(q, fail, 'IP address and prefix length');
      if (len > 32) this.fail(lenTok, `mask length must be <= 32`);
      const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
      return this.network(t.value + '/' + len, (value << (32 - bits)) >>> 0, mask, q, fail);
    }
    if (this.isKw(next, 'mask')) {
      this.pos++;
      const m = this.peek();
      if (m.kind !== 'hid') this.syntaxError(m);
      this.pos++;
      this.checkAddrQual(q, fail, 'IP address and netmask');
      const mask = parseDotted(m.value, this.failAt(m));
      if (mask.bits !== 32) this.fail(m, `bogus mask '${m.value}'`);
      return this.network(t.value + ' mask ' + m.value, (value << (32 - bits)) >>> 0, mask.value, q, fail);
    }
    this.checkAddrQual(q, fail, 'IP address');
    if (q.proto === 'link') return fail('illegal link layer address');
    // A partial address (`10.1`) stands for its network, for `host` too.
    const v = bits === 32 ? value : (value << (32 - bits)) >>> 0;
    const mask = bits === 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0;
    return ipv4Host(v, mask, q, this.encap, fail);
  }

  private network(text: string, v: number, mask: number, q: Qualifiers, fail: Fail): FilterNode {
    if (q.addr !== 'net') return fail('Mask syntax for networks only');
    if ((v & ~mask) !== 0) return fail(`non-network bits set in "${text}"`);
    return ipv4Host(v, mask, q, this.encap, fail);
  }

  private ipv6Value(t: Token, q: Qualifiers, fail: Fail): FilterNode {
    const addr = ipv6Bytes(t.value);
    let len = 128;
    const next = this.peek();
    if (next.kind === 'op' && next.value === '/') {
      this.pos++;
      const lenTok = this.peek();
      len = this.number();
      this.checkAddrQual(q, fail, 'IP address and prefix length');
      if (len > 128) this.fail(lenTok, 'mask length must be <= 128');
      if (q.addr !== 'net' && len !== 128) return fail('Mask syntax for networks only');
    } else {
      this.checkAddrQual(q, fail, 'IP address');
    }
    const mask = new Uint8Array(16);
    for (let i = 0; i < 16; i++) mask[i] = len >= (i + 1) * 8 ? 0xff : len <= i * 8 ? 0 : (0xff << (8 - (len - i * 8))) & 0xff;
    if (addr.some((b, i) => (b & ~mask[i]) !== 0)) return fail(`non-network bits set in "${t.value}/${len}"`);
    return ipv6Host(addr, mask, q, this.encap, fail);
  }

  private checkAddrQual(q: Qualifiers, fail: Fail, what: string): void {
    if (q.addr === 'port' || q.addr === 'portrange' || q.addr === 'proto') fail(`'${q.addr}' modifier applied to ${what}`);
  }

  /** gen_scode: a name under its qualifiers. */
  private nameValue(name: string, q: Qualifiers, fail: Fail): FilterNode {
    switch (q.addr) {
      case 'net':
        return fail(`unknown network '${name}': rxbro does no name lookups`);
      case 'default':
      case 'host':
        if (q.proto === 'link') return fail(`unknown ether host '${name}': rxbro does no name lookups`);
        return fail(`unknown host '${name}': rxbro does no DNS lookups`);
      case 'port': {
        const [port, proto] = namedPort(name, q, fail);
        return portRange(port, port, q, proto, this.encap, fail);
      }
      case 'portrange': {
        const dash = name.indexOf('-', 1);
        if (dash < 0) {
          const [port, proto] = namedPort(name, q, fail);
          return portRange(port, port, q, proto, this.encap, fail);
        }
        const [lo] = namedPort(name.slice(0, dash), q, fail);
        const [hi] = namedPort(name.slice(dash + 1), q, fail);
        return portRange(lo, hi, q, 0, this.encap, fail);
      }
      case 'proto':
        if (q.dir !== 'default') fail("direction applied to 'proto'");
        return ipProto(q.proto, namedProto(name, q.proto, fail), this.encap, fail);
    }
  }

  // ### Arithmetic (grammar.y's arth / narth)

  private relation(): FilterNode {
    const left = this.arith(0);
    const t = this.peek();
    if (t.kind !== 'op' || !RELOPS.has(t.value)) return this.syntaxError(t);
    this.pos++;
    const right = this.arith(0);
    return { kind: 'relation', op: t.value as RelOp, left, right };
  }

  private arith(minBp: number): Arith {
    let left = this.arithPrimary();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op') return left;
      const free = NO_PRECEDENCE.has(t.value);
      const bp = free ? Infinity : ARITH_BP[t.value];
      if (bp === undefined || bp <= minBp) return left;
      this.pos++;
      const right = this.arith(free ? 0 : bp);
      if ((t.value === '/' || t.value === '%') && right.kind === 'num' && right.value === 0) {
        this.fail(t, t.value === '/' ? 'division by zero' : 'modulus by zero');
      }
      left = { kind: 'binary', op: t.value as ArithOp, left, right };
    }
  }

  private arithPrimary(): Arith {
    const t = this.peek();
    if (t.kind === 'num') {
      this.pos++;
      return { kind: 'num', value: this.checkedNum(t) };
    }
    if (this.isKw(t, 'len')) {
      this.pos++;
      return { kind: 'len' };
    }
    if (t.kind === 'op' && t.value === '-') {
      this.pos++;
      return { kind: 'neg', operand: this.arith(UNARY_BP) };
    }
    if (t.kind === 'op' && t.value === '(') {
      this.pos++;
      const inner = this.arith(0);
      this.expect(')');
      return inner;
    }
    if (t.kind === 'kw' && LOAD_LAYERS[t.value] && this.isOp(this.toks[this.pos + 1], '[')) {
      const [layer, proto] = LOAD_LAYERS[t.value];
      const encap = this.encap;
      this.pos += 2;
      const index = this.arith(0);
      let size: 1 | 2 | 4 = 1;
      if (this.isOp(this.peek(), ':')) {
        this.pos++;
        const st = this.peek();
        const n = this.number();
        if (n !== 1 && n !== 2 && n !== 4) this.fail(st, 'data size must be 1, 2, or 4');
        size = n as 1 | 2 | 4;
      }
      this.expect(']');
      return { kind: 'load', layer, proto, index, size, encap };
    }
    return this.syntaxError(t);
  }

  private mayStartArith(): boolean {
    const t = this.peek();
    if (t.kind === 'num' || this.isKw(t, 'len')) return true;
    if (t.kind === 'op') return t.value === '-' || t.value === '(';
    return t.kind === 'kw' && LOAD_LAYERS[t.value] !== undefined && this.isOp(this.toks[this.pos + 1], '[');
  }

  private startsArithOp(t: Token | undefined): boolean {
    return t !== undefined && t.kind === 'op' && (RELOPS.has(t.value) || t.value in ARITH_BP || NO_PRECEDENCE.has(t.value));
  }

  // ### Helpers

  /** Runs one alternative; on failure restores the position and encapsulation and keeps the furthest error. */
  private attempt<T>(fn: () => T): T | undefined {
    const pos = this.pos;
    const encap = this.encap;
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof FilterError)) throw e;
      if (!this.furthest || e.column > this.furthest.column) this.furthest = e;
      this.pos = pos;
      this.encap = encap;
      return undefined;
    }
  }

  private number(): number {
    const t = this.peek();
    if (t.kind !== 'num') return this.syntaxError(t);
    this.pos++;
    return this.checkedNum(t);
  }

  private checkedNum(t: Token): number {
    if (!Number.isFinite(t.num)) this.fail(t, 'bad number');
    if (t.num > 0xffffffff) this.fail(t, 'number too large');
    return t.num;
  }

  /** `pnum`: a number, possibly in parentheses (after vlan/mpls). */
  private optionalPnum(): number | undefined {
    const t = this.peek();
    if (t.kind === 'num') return this.number();
    if (this.isOp(t, '(')) {
      return this.attempt(() => {
        this.pos++;
        const n = this.optionalPnum();
        if (n === undefined) this.syntaxError(this.peek());
        this.expect(')');
        return n;
      });
    }
    return undefined;
  }

  private expect(op: string): void {
    const t = this.peek();
    if (!this.isOp(t, op)) this.syntaxError(t);
    this.pos++;
  }

  private peek(): Token {
    return this.toks[this.pos];
  }

  private isKw(t: Token | undefined, value: string): boolean {
    return t !== undefined && t.kind === 'kw' && t.value === value;
  }

  private isOp(t: Token | undefined, value: string): boolean {
    return t !== undefined && t.kind === 'op' && t.value === value;
  }

  private failAt(t: Token): Fail {
    return (reason) => this.fail(t, reason);
  }

  private fail(t: Token, reason: string): never {
    throw new FilterError(reason, this.expression, t.pos + 1, t.text);
  }

  private unsupported(t: Token): never {
    this.fail(t, `'${t.value}' is not supported by rxbro (docs/filters.md)`);
  }

  private syntaxError(t: Token): never {
    const here = new FilterError('syntax error', this.expression, t.pos + 1, t.text);
    // A failed alternative that got further says more about what went wrong.
    if (this.furthest && this.furthest.column > here.column) throw this.furthest;
    throw here;
  }
}

/** Dotted IPv4 (1 to 4 parts) → value of the parts given and their bit count (`10.1` → 0x0a01, 16). */
function parseDotted(s: string, fail: Fail): { value: number; bits: number } {
  const parts = s.split('.');
  let value = 0;
  for (const p of parts) {
    const n = Number(p);
    if (n > 255) fail(`invalid IPv4 address '${s}'`);
    value = ((value << 8) | n) >>> 0;
  }
  return { value, bits: parts.length * 8 };
}

function ipv6Bytes(s: string): Uint8Array {
  // Expand `::` and an embedded dotted quad into 8 groups.
  let text = s;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    text = text.slice(0, v4.index) + ((a << 8) | b).toString(16) + ':' + ((c << 8) | d).toString(16);
  }
  const [head, tail] = text.split('::');
  const h = head === '' ? [] : head.split(':');
  const t = tail === undefined ? [] : tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? h : [...h, ...new Array<string>(8 - h.length - t.length).fill('0'), ...t];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    const n = Number.parseInt(g, 16);
    out[i * 2] = n >> 8;
    out[i * 2 + 1] = n & 255;
  });
  return out;
}

function macBytes(s: string): Uint8Array {
  const hex = s.includes(':') ? s.split(':').map((p) => p.padStart(2, '0')).join('') : s.replace(/\./g, '');
  return Uint8Array.from({ length: 6 }, (_, i) => Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}
