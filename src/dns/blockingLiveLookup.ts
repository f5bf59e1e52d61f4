/**
 * `blocking_lookup_hostname` in live mode. Node has no synchronous DNS client, so the lookup runs in a
 * short-lived child process that the caller waits for (`spawnSync`): the run really blocks, as Zeek's does,
 * for at most the query timeout. The resolver caches the answer, so each name costs this once per run.
 */
import { spawnSync } from 'child_process';
import { parseAddr } from '../runtime/addr';
import type { DnsAnswer } from './DnsResolver';

// Plain JavaScript for `node -e`: the same A+AAAA query as the asynchronous path (liveLookup.ts).
const CHILD = `
const dns = require('dns');
const [server, timeout, tries, name] = JSON.parse(process.argv[1]);
const r = new dns.promises.Resolver({ timeout, tries });
if (server) r.setServers([server]);
const code = (e) => (e && typeof e.code === 'string' ? e.code : String(e));
Promise.allSettled([r.resolve4(name), r.resolve6(name)]).then(([a, b]) => {
  process.stdout.write(JSON.stringify({
    v4: a.status === 'fulfilled' ? a.value : [], v6: b.status === 'fulfilled' ? b.value : [],
    err: a.status === 'rejected' ? code(a.reason) : b.status === 'rejected' ? code(b.reason) : 'ENODATA',
  }));
});
`;

/**
 * Looks a name up (A and AAAA) and waits for the answer.
 *
 * ## Example
 * ```ts
 * blockingLiveLookup('www.example.org', { server: '127.0.0.1:5353', timeoutMs: 2000, tries: 1 });
 * // { ok: true, values: ['192.0.2.10'] }
 * ```
 */
export function blockingLiveLookup(name: string, opts: { server?: string; timeoutMs: number; tries: number }): DnsAnswer {
  const arg = JSON.stringify([opts.server ?? null, opts.timeoutMs, opts.tries, name]);
  // Generous wall-clock guard above c-ares' own timeout, for a child that cannot even start.
  const r = spawnSync(process.execPath, ['-e', CHILD, arg], { encoding: 'utf8', timeout: opts.timeoutMs * opts.tries * 2 + 5000 });
  if (r.error || r.status !== 0) return { ok: false, reason: r.error ? (r.error as NodeJS.ErrnoException).code ?? 'ECHILD' : 'ECHILD' };
  try {
    const out = JSON.parse(r.stdout) as { v4: string[]; v6: string[]; err: string };
    const values = [...out.v4, ...out.v6].map((a) => parseAddr(a) ?? a);
    return values.length > 0 ? { ok: true, values } : { ok: false, reason: out.err };
  } catch {
    return { ok: false, reason: 'ECHILD' };
  }
}
