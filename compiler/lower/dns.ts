/**
 * DNS built-ins (language.md §8.8). `lookup_addr`, `lookup_hostname` and `lookup_hostname_txt` are asynchronous:
 * only a `when` condition may call them, and the answer arrives at the end of the current drain. rxbro resolves
 * with Zeek's fake resolver when `ZEEK_DNS_FAKE` (or `BRO_DNS_FAKE`) is set, so outputs match Zeek's baselines;
 * without it there is no live resolver yet and every lookup fails with the documented fallback values.
 */
import { createHash } from 'crypto';
import * as R from '../../src/runtime';
import { setType, T, Type } from '../../src/runtime';

/** The asynchronous lookups and their result types. */
export const ASYNC_DNS: Record<string, Type> = {
  lookup_addr: T.string,
  lookup_hostname: setType([T.addr]),
  lookup_hostname_txt: T.string,
};

function fake(env: Record<string, string | undefined>): boolean {
  return env.ZEEK_DNS_FAKE !== undefined || env.BRO_DNS_FAKE !== undefined;
}

function hashAddr(name: string): string {
  const b = createHash('md5').update(Buffer.from(name, 'latin1')).digest();
  const w: number[] = [];
  for (let i = 0; i < 16; i += 4) w.push(b.readUInt32BE(i));
  return R.addrFromWords(w);
}

function addrSet(addrs: string[]): R.SetValue {
  const s = R.createSet();
  for (const a of addrs) R.setAdd(s, a);
  return s;
}

/**
 * The answer of a DNS built-in for argument `arg`.
 *
 * ## Example
 * ```ts
 * dnsAnswer('lookup_addr', '1.2.3.4', { ZEEK_DNS_FAKE: '1' }); // 'fake_addr_lookup_result_1.2.3.4'
 * ```
 */
export function dnsAnswer(name: string, arg: string, env: Record<string, string | undefined>): unknown {
  const isFake = fake(env);
  switch (name) {
    case 'lookup_addr': return isFake ? `fake_addr_lookup_result_${arg}` : '<???>';
    case 'lookup_hostname_txt': return isFake ? `fake_lookup_result_16_${arg}` : '<???>';
    case 'lookup_hostname': return addrSet([isFake ? hashAddr(arg) : '0.0.0.0']);
    case 'blocking_lookup_hostname': return addrSet(isFake ? [hashAddr(arg)] : []);
  }
  return undefined;
}
