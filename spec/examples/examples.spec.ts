/**
 * The workshop examples in `policy/examples/` run through `bin/rxbro` on real traces; each expected
 * output (`<example>.<trace>.out`) was checked by hand against the trace (tshark) and the rules of
 * language.md §6–§8 — see the comments in `CASES`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, rxbro, ZEEK_TRACES } from '../cli/cliRun';

const CASES: Array<[example: string, trace: string, why: string]> = [
  // ssh.pcap has multi-year gaps: every &read_expire and `when` timeout falls due at the first packet after a gap.
  ['host-activity', 'ssh', '&read_expire = 5 mins with &expire_func: hosts leave at the first sweep after a gap'],
  ['host-activity', 'pop3', 'all activity within 5 minutes: nothing expires before the end (nothing expires at termination, §7.7)'],
  ['conn-cleanup', 'ssh', 'connection_state_remove deletes each entry; the 10-minute cleanup loop runs at packet times'],
  ['conn-cleanup', 'pop3', 'scheduled from bro_init at network time 0, the first cleanup runs at the first packet (§6.3), the second in the terminating flush (§6.4)'],
  ['five-connections', 'pop3', 'the fifth SYN (each REJ retry is a new connection) makes the when fire'],
  ['five-connections', 'ssh', 'no host reaches five connections within an hour: every when times out'],
  ['conn-states', 'wikipedia', 'conn_state per connection_state_remove, as in conn.log'],
];

describe('policy/examples on real traces', () => {
  test.each(CASES)('%s on %s (%s)', (example, trace) => {
    const r = rxbro(['run', '-b', '-C', join(REPO, 'policy', 'examples', `${example}.bro`), '-r', join(ZEEK_TRACES, `${trace}.pcap`)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(__dirname, `${example}.${trace}.out`), 'latin1'));
  });
});
