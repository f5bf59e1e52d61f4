// signature_match's two prototypes (engine.md 5.10) end to end through the built CLI (`npm run build` first):
// the canonical 4-parameter form receives end_of_match, the 3-parameter alternate still works, and custom
// events with alternate prototypes get the arguments their handlers name. Expected lines are the engine.md
// 5.13.9 / 5.13.10 baselines (5.13.9's hexdump printed as the escaped string).
import { join, resolve } from 'node:path';
import { rxbro } from '../cli/cliRun';

const HERE = __dirname;
const BTEST = resolve(HERE, '..', '..', '..', 'shared', 'traces', 'zeek-btest');
const sig = (name: string): string => join(HERE, 'sigs', `${name}.sig`);
const script = (name: string): string => join(HERE, 'scripts', `${name}.bro`);

/** Runs `rxbro run -b`, expects a clean exit with empty stderr, and returns the stdout lines. */
function run(args: string[]): string[] {
  const r = rxbro(['run', '-b', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout === '' ? [] : r.stdout.replace(/\n$/, '').split('\n');
}

describe('alternate signature_match prototypes (5.10)', () => {
  it('a 4-parameter signature_match handler gets end_of_match = 19 on dns-caa.pcap (5.13.9)', () => {
    expect(run(['-s', sig('udp-end-of-match-msg'), '-r', join(BTEST, 'dns-caa.pcap'), script('signature-match-eom')])).toEqual([
      'signature_match [orig_h=192.168.17.58, orig_p=58755/udp, resp_h=8.8.8.8, resp_p=53/udp, proto=17, ctx=[]] - my_sig_udp_orig - offset=19',
      '5^\\x01\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x06google',
    ]);
  });

  it('both handler forms of signature_match and of the custom events run in declaration order (5.13.10 baseline)', () => {
    const tail = '   rather than all. (Robin Sommer)\\x0a\\x0a  * Fix parallel make portability';
    const out = run(['-s', sig('tcp-end-of-match'), '-r', join(BTEST, 'http', 'get.pcap'), script('tcp-end-of-match-alternates'),
      '-e', 'redef dpd_buffer_size = 1024 * 1024;']);
    expect(out).toEqual([
      'signature_match, message, 1448',
      `signature_match with end_of_match, message, 1448, ${tail}`,
      `portability_match with end_of_match, 1448, ${tail}`,
      'portability_match, 1448',
      `portability_match_with_msg with end_of_match, custom message, 1448, 69, ${tail}`,
      'portability_match_with_msg, custom message, 1448',
    ]);
  });
});
