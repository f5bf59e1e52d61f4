import { join } from 'node:path';
import { createDecoder } from '../packet/createDecoder';
import { readTrace } from '../input/readTrace';
import { NetworkTimeScheduler } from '../time/NetworkTimeScheduler';
import { MAC_LOGGING_FIELDS } from './connLog';
import { createConnLogByteWriter, type ConnLogByteWriterOptions } from './connLogBytes';
import { parseSubnet, type Subnet } from './localNets';
import { createConnectionTracker, type ConnectionTrackerOptions } from './tracker';

const TRACES = '/work/shared/traces/zeek';

/** conn.log bytes of a trace, written through `connLogWriter` (`direct`) or through `onConnLog` rows. */
async function connLogBytes(
  file: string,
  direct: boolean,
  writerOpts: ConnLogByteWriterOptions = {},
  trackerOpts: Partial<ConnectionTrackerOptions> = {},
  handled: string[] = [],
): Promise<string> {
  const chunks: Buffer[] = [];
  const log = createConnLogByteWriter((b) => chunks.push(Buffer.from(b)), { now: () => new Date(0), ...writerOpts });
  const scheduler = new NetworkTimeScheduler();
  const tracker = createConnectionTracker({
    scheduler,
    events: { has: (n) => handled.includes(n), raise: () => undefined },
    ignoreChecksums: true,
    deterministicUids: true,
    ...(direct ? { connLogWriter: log } : { onConnLog: (row) => log.write(row) }),
    ...trackerOpts,
  });
  const decoder = createDecoder({ ignoreChecksums: true, onWeird: tracker.weirdSink });
  for await (const rec of readTrace(join(TRACES, file))) {
    const pkt = decoder.decode(rec);
    if (pkt !== null) tracker.process(pkt);
    else scheduler.advanceTo(rec.ts);
  }
  tracker.finishAll();
  log.close();
  return Buffer.concat(chunks).toString('latin1');
}

// TCP (complete, partial, missing SYN), UDP, ICMP, IPv6, VLAN/MPLS, a corrupt DNS trace.
const FILES = [
  'wikipedia.pcap',
  'ftp-ipv6.pcap',
  'http-get.pcap',
  'icmp-5-pings.pcap',
  'dns-corrupt.pcap',
  'mixed-vlan-mpls.pcap',
  'tcp-missing-syn.pcap',
  'tcp-miss_end_data.pcap',
];

describe('writeSessionConnLogTsv (connLogWriter)', () => {
  it.each(FILES)('%s: the same conn.log bytes as the rows', async (file) => {
    const rows = await connLogBytes(file, false);
    const direct = await connLogBytes(file, true);
    expect(rows.split('\n').length).toBeGreaterThan(10);
    expect(direct).toBe(rows);
  });

  it('the same bytes with other Site::local_nets, and with none', async () => {
    const nets: Subnet[] = [parseSubnet('141.142.0.0/16'), parseSubnet('2001:470::/32')];
    for (const localNets of [nets, []]) {
      const rows = await connLogBytes('wikipedia.pcap', false, {}, { localNets });
      expect(await connLogBytes('wikipedia.pcap', true, {}, { localNets })).toBe(rows);
    }
    // The columns really differ with the nets (the test is not vacuous).
    expect(await connLogBytes('wikipedia.pcap', true, {}, { localNets: nets })).not.toBe(
      await connLogBytes('wikipedia.pcap', true, {}, { localNets: [] }),
    );
  });

  it('writes IPv4 addresses as dotted quads from the session numbers', async () => {
    const log = await connLogBytes('http-get.pcap', true);
    const line = log.split('\n').find((l) => !l.startsWith('#'))!;
    // ts, uid, orig_h, orig_p, resp_h, resp_p of the one HTTP connection.
    expect(line.split('\t').slice(2, 6)).toEqual(['141.142.228.5', '59856', '192.150.187.43', '80']);
  });

  it('goes through the row for sessions with a record, JSON lines and the MAC columns', async () => {
    // A handled event builds every connection's record: the row path, same bytes.
    const handled = ['connection_established', 'new_connection'];
    expect(await connLogBytes('wikipedia.pcap', true, {}, {}, handled)).toBe(await connLogBytes('wikipedia.pcap', false, {}, {}, handled));
    const json: ConnLogByteWriterOptions = { format: 'json' };
    expect(await connLogBytes('wikipedia.pcap', true, json)).toBe(await connLogBytes('wikipedia.pcap', false, json));
    const macs: ConnLogByteWriterOptions = { extraFields: MAC_LOGGING_FIELDS };
    const withMacs = await connLogBytes('wikipedia.pcap', true, macs, { connLogMacs: true });
    expect(withMacs).toBe(await connLogBytes('wikipedia.pcap', false, macs, { connLogMacs: true }));
    expect(withMacs).toMatch(/\t[0-9a-f]{2}(:[0-9a-f]{2}){5}\t[0-9a-f]{2}(:[0-9a-f]{2}){5}\n/);
  });
});
