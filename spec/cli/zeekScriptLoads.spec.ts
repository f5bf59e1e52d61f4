/**
 * End-to-end: how a `zeek -b` test sets up the connection layer — `@load base/protocols/<name>`
 * and command-line redefs (`name=value`, `name+=value`) — through `bin/rxbro run`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitScriptArgs } from '../../bin/main';
import { bareProtocolOptions, loadedProtocols, withScriptPorts } from '../../src/engine/loadedProtocols';
import { createSet, setAdd } from '../../src/runtime/table';
import { makePort, PORT_TCP, PORT_UDP } from '../../src/runtime/port';
import { BTEST_TRACES, rxbro } from './cliRun';


/** conn.log rows without the header, uid and service (columns 1–6, 9–20). */
function rows(dir: string): string[] {
  return readFileSync(join(dir, 'conn.log'), 'latin1')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const f = l.split('\t');
      return [...f.slice(2, 7), ...f.slice(8, 20)].join(' ');
    });
}

function scriptDir(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rxbro-loads-'));
  writeFileSync(join(dir, 'test.zeek'), text);
  return dir;
}

describe('command-line redefs', () => {
  it('turns name=value and name+=value arguments into redefs after the scripts', () => {
    expect(splitScriptArgs(['a.zeek', 'x=1', 'Site::local_nets += { 10.0.0.0/8 }', 'b'])).toEqual({
      files: ['a.zeek', 'b'],
      redefs: [
        { name: 'x', op: '', value: '1' },
        { name: 'Site::local_nets', op: '+', value: ' { 10.0.0.0/8 }' },
      ],
    });
  });

  it('applies them before zeek_init', () => {
    const dir = scriptDir('const n = 1 &redef;\nevent zeek_init() { print n, ignore_checksums_nets; }\n');
    const r = rxbro(['run', '-b', 'test.zeek', 'n=5', 'ignore_checksums_nets += {192.168.0.0/16}'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('5, {\n192.168.0.0/16\n}\n');
  });
});

describe('@load base/protocols/<name> in a bare run', () => {
  it('knows which protocol scripts were loaded, and their server ports', () => {
    expect(loadedProtocols(['/p/policy/init-bare.bro', '/p/policy/base/protocols/http/__load__.bro', '/x/conn.zeek'])).toEqual(['http']);
    const o = bareProtocolOptions(['http', 'dns']);
    expect(o.likely_server_ports!.has(makePort(80, PORT_TCP))).toBe(true);
    expect(o.likely_server_ports!.has(makePort(53, PORT_UDP))).toBe(true);
    expect(o.likely_server_ports!.has(makePort(22, PORT_TCP))).toBe(false);
    expect(o.dns_session_timer).toBe(true);
    expect(bareProtocolOptions([])).toEqual({});
  });

  it('base/frameworks/notice writes weird.log in a bare run (the weird script comes with it)', () => {
    const dir = scriptDir('@load base/frameworks/notice\n');
    const r = rxbro(['run', '-b', '-r', join(BTEST_TRACES, 'chksums', 'ip4-bad-chksum.pcap'), 'test.zeek'], { cwd: dir });
    expect(r.stderr).toBe('');
    const weird = readFileSync(join(dir, 'weird.log'), 'latin1').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(weird.map((l) => l.split('\t').slice(2, 7).join(' '))).toEqual(['127.0.0.1 0 127.0.0.1 0 bad_IP_checksum']);
  });

  // engine.md 2.2: a plain `zeek -b` test is replayed with `redef likely_server_ports = { tunnel ports }`; the
  // assignment replaces rxbro's bare default (old Bro's list, which has 80/tcp). Zeek test core.connection_flipped:
  // the SYN-ACK comes first, so the connection starts 80 -> 59856 and flips at the SYN.
  it('an assigned likely_server_ports replaces the bare default (core.connection_flipped order)', () => {
    const dir = scriptDir(
      'event connection_flipped(c: connection) { print "flipped", c$id$orig_p; }\n' +
        'event new_connection(c: connection) { print c$id$orig_p, c$id$resp_p; }\n',
    );
    const t = join(BTEST_TRACES, 'tcp', 'handshake-reorder.pcap');
    const zeekBare = 'likely_server_ports = {2123/udp, 2152/udp, 3544/udp, 4754/udp, 4789/udp, 5072/udp, 6081/udp}';
    expect(rxbro(['run', '-b', '-r', t, 'test.zeek', zeekBare], { cwd: dir }).stdout).toBe('80/tcp, 59856/tcp\nflipped, 59856/tcp\n');
    // Without it, old Bro's list flips the connection as it is created.
    expect(rxbro(['run', '-b', '-r', t, 'test.zeek'], { cwd: dir }).stdout).toBe('flipped, 59856/tcp\n59856/tcp, 80/tcp\n');
  });

  // Zeek test core.history-flip (`zeek -b -C -r tcp/missing-syn.pcap`, base/protocols/http and
  // policy/protocols/conn/mac-logging): the baseline row ends with the two MAC addresses.
  it('policy/protocols/conn/mac-logging appends orig_l2_addr and resp_l2_addr (core.history-flip)', () => {
    const dir = scriptDir('@load base/protocols/http\n@load policy/protocols/conn/mac-logging\n');
    const r = rxbro(['run', '-b', '-C', '-r', join(BTEST_TRACES, 'tcp', 'missing-syn.pcap'), 'test.zeek'], { cwd: dir });
    expect(r.stderr).toBe('');
    const log = readFileSync(join(dir, 'conn.log'), 'latin1').split('\n');
    expect(log.find((l) => l.startsWith('#fields'))!.split('\t').slice(-2)).toEqual(['orig_l2_addr', 'resp_l2_addr']);
    const row = log.find((l) => l !== '' && !l.startsWith('#'))!.split('\t');
    expect([...row.slice(2, 6), row[15], ...row.slice(-2)].join(' ')).toBe(
      '141.42.64.125 56730 125.190.109.199 80 ^hADdFaf 00:d0:03:3b:f4:00 00:b0:c2:86:ec:00',
    );
  });

  it('redef likely_server_ports += { … } adds to the run\'s set', () => {
    const added = createSet();
    setAdd(added, makePort(8080, PORT_TCP));
    const base = bareProtocolOptions(['http']).likely_server_ports!;
    const all = withScriptPorts(base, added);
    expect(all.has(makePort(8080, PORT_TCP)) && all.has(makePort(80, PORT_TCP))).toBe(true);
    expect(withScriptPorts(base, createSet())).toBe(base);
    expect(withScriptPorts(undefined, added).has(makePort(8080, PORT_TCP))).toBe(true);
  });

  // Zeek test core.checksums_ignore_nets (`zeek -b -r chksums/localhost-bad-chksum.pcap [redef] test.zeek`
  // with `@load base/protocols/conn`), baselines conn-failed.log and conn-worked.log.
  const trace = join(BTEST_TRACES, 'chksums', 'localhost-bad-chksum.pcap');

  it('base/protocols/conn writes conn.log; bad TCP checksums make C and the flipped half', () => {
    const dir = scriptDir('@load base/protocols/conn\n');
    const r = rxbro(['run', '-b', '-r', trace, 'test.zeek'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(rows(dir)).toEqual([
      '192.168.1.28 53246 35.221.46.9 80 tcp - - - OTH T F 0 C 0 0 0 0',
      '35.221.46.9 80 192.168.1.28 53246 tcp 0.063810 432 0 SH F T 0 HcADF 4 604 0 0',
    ]);
  });

  it('ignore_checksums_nets exempts the sender 192.168.1.28: one complete connection', () => {
    const dir = scriptDir('@load base/protocols/conn\n');
    const r = rxbro(['run', '-b', '-r', trace, 'ignore_checksums_nets += {192.168.0.0/16}', 'test.zeek'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(rows(dir)).toEqual(['192.168.1.28 53246 35.221.46.9 80 tcp 0.091969 74 432 SF T F 0 ShADadFf 6 338 4 604']);
  });

  it('ignore_checksums_nets also exempts the IPv4 header checksum (chksums/ip4-bad-chksum.pcap)', () => {
    const dir = scriptDir(
      'event flow_weird(name: string, src: addr, dst: addr, addl: string, source: string) { print name; }\n' +
        'event new_connection(c: connection) { print c$id$resp_p; }\n',
    );
    const bad = join(BTEST_TRACES, 'chksums', 'ip4-bad-chksum.pcap');
    expect(rxbro(['run', '-b', '-r', bad, 'test.zeek'], { cwd: dir }).stdout).toBe('bad_IP_checksum\n');
    expect(rxbro(['run', '-b', '-r', bad, 'test.zeek', 'ignore_checksums_nets += {127.0.0.0/8}'], { cwd: dir }).stdout).toBe('13000/udp\n');
  });

  // engine.md 2.11: local_orig/local_resp come from Site::local_nets plus the private address space.
  it('redef Site::local_nets and private_address_space_is_local show in conn.log', () => {
    const dir = scriptDir('@load base/protocols/conn\nredef Site::local_nets += { 35.221.0.0/16 };\n');
    rxbro(['run', '-b', '-r', trace, 'test.zeek'], { cwd: dir });
    expect(rows(dir).map((r) => r.split(' ').slice(9, 11).join(' '))).toEqual(['T T', 'T T']);
    const off = scriptDir('@load base/protocols/conn\n');
    rxbro(['run', '-b', '-r', trace, 'test.zeek', 'Site::private_address_space_is_local=F'], { cwd: off });
    expect(rows(off).map((r) => r.split(' ').slice(9, 11).join(' '))).toEqual(['- -', '- -']);
  });

  // Zeek test core.history-flip (`zeek -b -C -r tcp/missing-syn.pcap`, base/protocols/http loaded):
  // port 80 is a likely server port, so the connection is flipped to the client's side.
  it('base/protocols/http adds port 80 to likely_server_ports (the ^ flip of core.history-flip)', () => {
    const dir = scriptDir('@load base/protocols/conn\n@load base/protocols/http\n');
    const r = rxbro(['run', '-b', '-C', '-r', join(BTEST_TRACES, 'tcp', 'missing-syn.pcap'), 'test.zeek'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(rows(dir)).toEqual(['141.42.64.125 56730 125.190.109.199 80 tcp 1.550793 98 9417 SF F F 0 ^hADdFaf 11 670 10 9945']);
  });
});
