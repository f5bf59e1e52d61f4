import { compileFilter } from './packetFilter';

/** An IPv4/TCP header (20 + 20 bytes) from `src` port to `dst` port, flags SYN. */
function ipv4Tcp(sport: number, dport: number, opts: { fragOffset?: number } = {}): number[] {
  const ip = [0x45, 0, 0, 40, 0, 1, (opts.fragOffset ?? 0) >> 8, (opts.fragOffset ?? 0) & 255, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2];
  const tcp = [sport >> 8, sport & 255, dport >> 8, dport & 255, 0, 0, 0, 0, 0, 0, 0, 0, 0x50, 0x02, 0, 0, 0, 0, 0, 0];
  return [...ip, ...tcp];
}

const ETHER_IPV4 = [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00];

function rec(bytes: number[], linkType = 1, len = bytes.length) {
  const data = Buffer.from(bytes);
  return { data, caplen: data.length, len, linkType };
}

describe('compileFilter', () => {
  test('matches a record by its raw bytes', () => {
    const f = compileFilter('tcp dst port 80');
    expect(f.matches(rec([...ETHER_IPV4, ...ipv4Tcp(1234, 80)]))).toBe(true);
    expect(f.matches(rec([...ETHER_IPV4, ...ipv4Tcp(80, 1234)]))).toBe(false);
  });

  test('an empty expression accepts everything', () => {
    expect(compileFilter('  ').matches(rec([1, 2, 3]))).toBe(true);
  });

  test('a load past the captured bytes rejects the packet, whatever the rest says', () => {
    const short = rec([...ETHER_IPV4, ...ipv4Tcp(1, 2)].slice(0, 30)); // cut inside the IPv4 header
    expect(compileFilter('ip').matches(short)).toBe(true);
    expect(compileFilter('tcp port 80 or ip').matches(short)).toBe(false); // BPF: out of range → reject
    expect(compileFilter('ip or tcp port 80').matches(short)).toBe(true); // `ip` decided first
    expect(compileFilter('not ip6').matches(rec([1, 2, 3]))).toBe(false); // even `not`
  });

  test('ports of non-first IPv4 fragments are never matched (libpcap rule)', () => {
    const frag = rec([...ETHER_IPV4, ...ipv4Tcp(1234, 80, { fragOffset: 0x0010 })]);
    expect(compileFilter('tcp').matches(frag)).toBe(true);
    expect(compileFilter('port 80').matches(frag)).toBe(false);
    expect(compileFilter('tcp[13] = 2').matches(frag)).toBe(false);
  });

  test('runtime division by zero rejects the packet', () => {
    expect(compileFilter('len / (len - len) = 0 or len > 0').matches(rec([1, 2, 3]))).toBe(false);
    expect(compileFilter('len << 40 = 0 and len >> 32 = 0').matches(rec([1, 2, 3]))).toBe(true);
  });

  test('len is the wire length, not the captured length', () => {
    expect(compileFilter('greater 1000').matches(rec([1, 2, 3], 1, 1500))).toBe(true);
    expect(compileFilter('less 100').matches(rec([1, 2, 3], 1, 1500))).toBe(false);
  });

  test('link types without Zeek traces: PPP, LOOP, NULL in network order, raw IPv4/IPv6, raw IP', () => {
    const tcp = ipv4Tcp(1234, 80);
    const f = compileFilter('ip and tcp port 80');
    expect(f.matches(rec([0xff, 0x03, 0x00, 0x21, ...tcp], 9))).toBe(true); // PPP in HDLC framing
    expect(f.matches(rec([0, 0, 0, 2, ...tcp], 108))).toBe(true); // LOOP: AF_INET, big-endian
    expect(f.matches(rec([0, 0, 0, 2, ...tcp], 0))).toBe(true); // NULL written on a big-endian host
    expect(f.matches(rec([2, 0, 0, 0, ...tcp], 0))).toBe(true); // NULL written on a little-endian host
    expect(f.matches(rec(tcp, 228))).toBe(true); // LINKTYPE_IPV4
    expect(compileFilter('ip6').matches(rec(tcp, 228))).toBe(false);
    expect(f.matches(rec(tcp, 101))).toBe(true); // raw IP: version nibble
    expect(compileFilter('arp').matches(rec(tcp, 101))).toBe(false);
  });

  test('one filter over records of several link types (pcapng interfaces)', () => {
    const f = compileFilter('tcp port 80');
    expect(f.matches(rec(ipv4Tcp(1, 80), 101))).toBe(true);
    expect(f.matches(rec([...ETHER_IPV4, ...ipv4Tcp(1, 80)], 1))).toBe(true);
    expect(f.matches(rec(ipv4Tcp(1, 81), 101))).toBe(false);
  });

  test('forLinkType reports what the link type cannot have; matches() rejects those packets', () => {
    const f = compileFilter('ether host 0:1:2:3:4:5');
    expect(() => f.forLinkType(101)).toThrow("Bad pcap filter 'ether host 0:1:2:3:4:5': ethernet addresses supported only on Ethernet, not Raw IP");
    expect(f.matches(rec(ipv4Tcp(1, 80), 101))).toBe(false);
    expect(() => compileFilter('tcp').forLinkType(105)).toThrow('filters are not supported on link type 105');
  });
});
