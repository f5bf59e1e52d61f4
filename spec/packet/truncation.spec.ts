import { readTraceFile } from './pcapFile';
import { run, w } from './harness';

// Zeek's core/truncation test: each trace and the weird.log lines of
// Baseline core.truncation/output (name, kind by its id.* columns, source).

const TRUNC = __dirname + '/../../../shared/traces/zeek-btest/trunc/';

describe('core.truncation traces', () => {
  it.each([
    ['ip4-trunc.pcap', ['truncated_IP/net/IP']],
    ['ip6-trunc.pcap', ['truncated_IP/net/IP']],
    ['ip6-ext-trunc.pcap', ['truncated_IP_len/net/IP']],
    [
      'icmp-header-trunc.pcap',
      ['internally_truncated_header/flow/ICMP 10.0.0.1>192.0.43.10', 'internally_truncated_header/flow/ICMP 192.0.43.10>10.0.0.1'],
    ],
    ['trunc-hdr.pcap', ['truncated_ethernet_frame/net/ETHERNET']],
    ['ipv4-truncated-broken-header.pcap', ['invalid_IP_header_size/net/IP']],
    ['ipv4-internally-truncated-header.pcap', ['internally_truncated_header/net/IP']],
    ['ip-discarder-truncated-tcp-oob.pcapng', ['internally_truncated_header/flow/TCP 10.0.0.1>10.0.0.2']],
  ])('%s', (trace, expected) => {
    const o = run(readTraceFile(TRUNC + trace));
    expect(o.weirds.map(w)).toEqual(expected);
    expect(o.pkts.every((p) => p === null)).toBe(true);
  });
  it('icmp-payload-trunc.pcap: a cut ICMP payload is still a packet (checksum not verifiable)', () => {
    const o = run(readTraceFile(TRUNC + 'icmp-payload-trunc.pcap'));
    expect(o.weirds).toEqual([]);
    expect(o.pkts.map((p) => `${p!.proto} ${p!.icmpType} ${p!.l4Cap < p!.l4Len}`)).toEqual(['1 8 true', '1 0 true', '1 8 true', '1 0 true']);
  });
});
