import type { Arith, FilterNode } from './ast';
import { parseFilter } from './parser';

/** Compact s-expression of an AST, so a test shows the tree it expects. */
function show(n: FilterNode): string {
  const v = (e: { vlans: number; labels: number }) => (e.vlans || e.labels ? `@${e.vlans}v${e.labels}m` : '');
  const addr = (b: Uint8Array) => (b.length === 4 ? [...b].join('.') : Buffer.from(b).toString('hex'));
  switch (n.kind) {
    case 'and':
    case 'or':
      return `(${n.kind} ${show(n.left)} ${show(n.right)})`;
    case 'not':
      return `(not ${show(n.operand)})`;
    case 'etherType':
      return `type${n.etherType.toString(16)}${v(n.encap)}`;
    case 'ipProto':
      return `ip${n.version}proto${n.proto}${v(n.encap)}`;
    case 'ipAddr':
      return `ip${n.version}${n.dir}=${addr(n.addr)}/${addr(n.mask)}${v(n.encap)}`;
    case 'arpAddr':
      return `arp${n.etherType.toString(16)}${n.dir}=${addr(n.addr)}`;
    case 'port':
      return `${n.version}/${n.proto}${n.dir}port${n.lo === n.hi ? n.lo : `${n.lo}-${n.hi}`}${v(n.encap)}`;
    case 'vlan':
      return `vlan${n.id ?? ''}${v(n.encap)}`;
    case 'mpls':
      return `mpls${n.label ?? ''}${v(n.encap)}`;
    case 'relation':
      return `(${n.op} ${arith(n.left)} ${arith(n.right)})`;
    default:
      return n.kind;
  }
}

function arith(a: Arith): string {
  switch (a.kind) {
    case 'num':
      return String(a.value);
    case 'len':
      return 'len';
    case 'neg':
      return `(- ${arith(a.operand)})`;
    case 'binary':
      return `(${a.op} ${arith(a.left)} ${arith(a.right)})`;
    case 'load':
      return `${a.layer}${a.proto || ''}[${arith(a.index)}:${a.size}]`;
  }
}

const p = (s: string) => show(parseFilter(s));

describe('parseFilter: structure', () => {
  test('and/or have equal precedence and associate left to right; not binds tightest', () => {
    expect(p('arp or rarp and ip')).toBe('(and (or type806 type8035) type800)');
    expect(p('arp and rarp or ip')).toBe('(or (and type806 type8035) type800)');
    expect(p('not arp and ip')).toBe('(and (not type806) type800)');
    expect(p('arp or (rarp and ip)')).toBe('(or type806 (and type8035 type800))');
    expect(p('!arp || !(ip && ip6)')).toBe('(or (not type806) (not (and type800 type86dd)))');
  });

  test('a bare value after and/or inherits the qualifiers before it', () => {
    expect(p('tcp dst port 21 or 20')).toBe('(or (or 4/6dstport21 6/6dstport21) (or 4/6dstport20 6/6dstport20))');
    expect(p('ip host 1.2.3.4 and not 5.6.7.8')).toBe('(and ip4or=1.2.3.4/255.255.255.255 (not ip4or=5.6.7.8/255.255.255.255))');
    expect(p('ip src host 1.2.3.4 or (5.6.7.8 or 9.9.9.9)')).toBe(
      '(or ip4src=1.2.3.4/255.255.255.255 (or ip4src=5.6.7.8/255.255.255.255 ip4src=9.9.9.9/255.255.255.255))',
    );
  });

  test('after a parenthesised expression, the qualifiers from before it are back in force', () => {
    expect(p('ip host 1.2.3.4 and (tcp) and 5.6.7.8')).toBe(
      '(and (and ip4or=1.2.3.4/255.255.255.255 (or ip4proto6 ip6proto6)) ip4or=5.6.7.8/255.255.255.255)',
    );
    expect(() => parseFilter('(tcp port 80) and 81')).toThrow("syntax error at '81' (column 19)");
  });

  test('defaults: host means ip, arp and rarp; port means tcp, udp and sctp over IPv4 and IPv6; names narrow it', () => {
    expect(p('host 10.0.0.1')).toBe('(or (or ip4or=10.0.0.1/255.255.255.255 arp806or=10.0.0.1) arp8035or=10.0.0.1)');
    expect(p('src or dst port 7')).toBe('(or (or (or (or (or 4/6orport7 4/17orport7) 4/132orport7) 6/6orport7) 6/17orport7) 6/132orport7)');
    expect(p('port http')).toBe('(or 4/6orport80 6/6orport80)');
    expect(p('udp portrange 5000-5010')).toBe('(or 4/17orport5000-5010 6/17orport5000-5010)');
  });

  test('addresses: partial IPv4 is a network, masks, IPv6 prefixes', () => {
    expect(p('ip net 10.1')).toBe('ip4or=10.1.0.0/255.255.0.0');
    expect(p('ip net 10')).toBe('ip4or=10.0.0.0/255.0.0.0');
    expect(p('ip src and dst net 192.168.0.0 mask 255.255.0.0')).toBe('ip4and=192.168.0.0/255.255.0.0');
    expect(p('ip6 net fe80::/10')).toBe('ip6or=fe800000000000000000000000000000/ffc00000000000000000000000000000');
  });

  test('vlan and mpls shift every later primitive, in parse order', () => {
    expect(p('vlan 10 or vlan 20')).toBe('(or vlan10 vlan20@1v0m)');
    expect(p('vlan and mpls 3 and ip')).toBe('(and (and vlan mpls3@1v0m) type800@1v1m)');
    expect(p('mpls and host 1.2.3.4')).toBe('(and mpls ip4or=1.2.3.4/255.255.255.255@0v1m)');
  });

  test('arithmetic: C precedence except ^ and %, which yacc shifts (no declared precedence)', () => {
    expect(p('len = 1 + 2 * 3')).toBe('(= len (+ 1 (* 2 3)))');
    expect(p('len = 1 ^ 2 | 3')).toBe('(= len (^ 1 (| 2 3)))');
    expect(p('len = 2 * 7 % 4')).toBe('(= len (* 2 (% 7 4)))');
    expect(p('len = 8 - 2 - 1')).toBe('(= len (- (- 8 2) 1))');
    expect(p('-len < 3')).toBe('(< (- len) 3)');
    expect(p('tcp[tcpflags] & (tcp-syn|tcp-fin) != 0')).toBe('(!= (& transport6[13:1] (| 2 1)) 0)');
    expect(p('(ip[6:2] & 0x1fff) = 0')).toBe('(= (& ip[6:2] 8191) 0)');
    expect(p('less 64')).toBe('(<= len 64)');
  });
});

describe('parseFilter: errors name the column and the text', () => {
  test.each([
    ['tcp prt 80', "Bad pcap filter 'tcp prt 80': syntax error at 'prt' (column 5)"],
    ['tcp or', "Bad pcap filter 'tcp or': syntax error at end of expression (column 7)"],
    ['tcp and 80', "Bad pcap filter 'tcp and 80': syntax error at '80' (column 9)"],
    ['host foo', "Bad pcap filter 'host foo': unknown host 'foo': rxbro does no DNS lookups (column 6)"],
    ['udp port http', "Bad pcap filter 'udp port http': port 'http' is tcp (column 10)"],
    ['port 99999', "Bad pcap filter 'port 99999': illegal port number 99999 > 65535 at '99999' (column 6)"],
    ['ip6 host 1.2.3.4', "Bad pcap filter 'ip6 host 1.2.3.4': 'ip6' modifier applied to ip host at '1.2.3.4' (column 10)"],
    ['net 10.0.0.1/8', `Bad pcap filter 'net 10.0.0.1/8': non-network bits set in "10.0.0.1/8" at '10.0.0.1' (column 5)`],
    ['host 10.0.0.0/8', "Bad pcap filter 'host 10.0.0.0/8': Mask syntax for networks only at '10.0.0.0' (column 6)"],
    ['ip[0:3] = 1', "Bad pcap filter 'ip[0:3] = 1': data size must be 1, 2, or 4 at '3' (column 6)"],
    ['len = 1 / 0', "Bad pcap filter 'len = 1 / 0': division by zero at '/' (column 9)"],
    ['vlan 4096', "Bad pcap filter 'vlan 4096': VLAN tag 4096 greater than maximum 4095 at '4096' (column 6)"],
    ['gateway g', "Bad pcap filter 'gateway g': 'gateway' is not supported by rxbro (docs/filters.md) (column 1)"],
  ])('%s', (expr, message) => {
    expect(() => parseFilter(expr)).toThrow(message);
  });
});
