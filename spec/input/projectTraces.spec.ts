import { join, relative } from 'path';
import { collect } from './testFiles';

const TRACES = join(__dirname, '../../traces');
// Relative paths keep the warning text independent of where the repository lives.
const trace = (name: string) => relative(process.cwd(), join(TRACES, name));

/** TCP flags of every record, as tcpdump letters (Ethernet + IPv4 without options). */
function tcpFlags(data: Buffer): string {
  const f = data[14 + 20 + 13];
  return (f & 0x02 ? 'S' : '') + (f & 0x01 ? 'F' : '') + (f & 0x04 ? 'R' : '') + (f & 0x08 ? 'P' : '') + (f & 0x10 ? '.' : '');
}

describe('traces/ (made by the project)', () => {
  test.each([
    ['http-local.pcap', 12],
    ['http-local.pcap.gz', 12],
    ['http-local.pcapng', 12],
    ['udp-echo.pcap', 6],
    ['tcp-rejected.pcap', 2],
    ['udp-unreachable.pcap', 2],
  ])('%s has %i packets, no warnings or weirds', async (name, n) => {
    const { records, warnings, weirds } = await collect(trace(name));
    expect([records.length, warnings, weirds]).toEqual([n, [], []]);
    expect(records.every((r) => r.linkType === 1 && r.caplen === r.len)).toBe(true);
  });

  test('http-local.pcap is one complete TCP session: handshake, data, FIN teardown', async () => {
    const { records } = await collect(trace('http-local.pcap'));
    expect(records.map((r) => tcpFlags(r.data))).toEqual(['S', 'S.', '.', 'P.', '.', 'P.', '.', 'P.', '.', 'F.', 'F.', '.']);
    expect(records[0].ts.toFixed(6)).toBe('1795667150.224372');
    expect(records[11].ts.toFixed(6)).toBe('1795667150.231516');
  });

  test('the pcap, pcapng and gzip encodings of http-local give identical records', async () => {
    const view = (rs: { ts: number; caplen: number; len: number; linkType: number; data: Buffer }[]) =>
      rs.map((r) => [r.ts, r.caplen, r.len, r.linkType, r.data.toString('hex')]);
    const pcap = view((await collect(trace('http-local.pcap'))).records);
    expect(view((await collect(trace('http-local.pcap.gz'))).records)).toEqual(pcap);
    expect(view((await collect(trace('http-local.pcapng'))).records)).toEqual(pcap);
  });

  test('http-local-truncated.pcap: 7 whole records, one warning at byte 889', async () => {
    const name = trace('http-local-truncated.pcap');
    const { records, warnings } = await collect(name);
    expect(records.length).toBe(7);
    expect(warnings).toEqual([`${name}: truncated record at byte 889 (file ends after 1016 of 2264 bytes); ignored`]);
  });
});
