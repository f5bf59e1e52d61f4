/** `rxbro run … | head`: the reader closes the pipe early; rxbro stops without a stack trace. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, RXBRO } from './cliRun';

it('ends quietly when standard output is closed early (EPIPE)', () => {
  const trace = join(REPO, '..', 'shared', 'traces', 'zeek-btest', 'tcp', 'truncated-header.pcap');
  const script = 'event tcp_packet(c: connection, is_orig: bool, flags: string, seq: count, ack: count, len: count, payload: string) { print network_time(), c$id; }';
  const cmd = `"${process.execPath}" "${RXBRO}" run -b -r "${trace}" -e '${script}' | head -1`;
  const r = spawnSync('sh', ['-c', cmd], { encoding: 'latin1' });
  expect(r.stdout.split('\n').length).toBe(2);
  expect(r.stderr).toBe('');
});
