/**
 * End-to-end: Zeek's successful connections (src/conn/successful.ts) — `c$successful`, `connection_successful`,
 * `successful_connection_remove` — through `bin/rxbro` as Zeek's core.connection-successful runs `zeek -b -r`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BTEST_TRACES, RXBRO } from './cliRun';


function run(script: string, trace: string): { status: number; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rxbro-successful-'));
  writeFileSync(join(dir, 'test.zeek'), script);
  const env = { ...process.env, ZEEKPATH: '', BROPATH: '', TZ: 'UTC', ZEEK_ALLOW_INIT_ERRORS: '1' };
  const r = spawnSync(process.execPath, [RXBRO, 'run', '--deterministic', '-b', '-r', join(BTEST_TRACES, trace), 'test.zeek'], { cwd: dir, env, encoding: 'latin1' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const TEST = `event connection_successful(c: connection)
	{
	print "connection_successful", c$successful;
	}

event connection_established(c: connection)
	{
	print "connection_established", c$successful;
	}

event connection_state_remove(c: connection)
	{
	print "connection_state_remove", c$successful;
	}

event successful_connection_remove(c: connection)
	{
	print "successful_connection_remove", c$successful;
	}
`;

describe('core.connection-successful', () => {
  it('http/get.trace: successful after the handshake, raised after the packet\'s own events (Baseline http.out)', () => {
    const r = run(TEST, 'http/get.pcap');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe('connection_established, T\nconnection_successful, T\nconnection_state_remove, T\nsuccessful_connection_remove, T\n');
  });

  it('ICMP (icmp-ping.pcap) and UDP (dns-caa.pcap): successful from the first packet', () => {
    const expected = 'connection_successful, T\nconnection_state_remove, T\nsuccessful_connection_remove, T\n';
    expect(run(TEST, 'icmp/icmp-ping.pcap').stdout).toBe(expected);
    expect(run(TEST, 'dns-caa.pcap').stdout).toBe(expected);
  });

  it('a lone SYN that never reached the state machine (bad checksum) is not successful (as Baseline no-handshake.out)', () => {
    expect(run(TEST, 'tcp/syn-bad.pcap').stdout).toBe('connection_state_remove, F\n');
  });

  it('reading c$successful alone is enough; a script that never uses it sees the field unset', () => {
    expect(run('event connection_state_remove(c: connection) { print c$successful; }\n', 'http/get.pcap').stdout).toBe('T\n');
    expect(run('event connection_state_remove(c: connection) { print c?$successful; }\n', 'tcp/syn-bad.pcap').stdout).toBe('T\n');
    expect(run('event connection_state_remove(c: connection) { print c; }\n', 'http/get.pcap').stdout).toContain('successful=<uninitialized>');
  });
});
