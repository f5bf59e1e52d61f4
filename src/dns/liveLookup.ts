/**
 * Live lookups through Node's DNS client (c-ares, as Zeek's DNS manager): one `Resolver` per run,
 * optionally pointed at one server, each query bounded by a timeout.
 */
import { promises as dnsPromises } from 'dns';
import { parseAddr } from '../runtime/addr';
import type { DnsAnswer, DnsQueryKind } from './DnsResolver';
import { ptrName } from './ptrName';

/** A live query function: resolves (never rejects) with the answer. */
export type LiveLookup = (kind: DnsQueryKind, key: string) => Promise<DnsAnswer>;

/** A live client: the query function and a way to cancel what is in flight. */
export interface LiveClient {
  lookup: LiveLookup;
  cancel(): void;
}

const codeOf = (err: unknown): string => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(err);
};

/**
 * Creates the live client.
 *
 * ## Example
 * ```ts
 * const c = createLiveClient({ server: '127.0.0.1:5353', timeoutMs: 2000, tries: 1 });
 * await c.lookup('addr', '127.0.0.1'); // { ok: true, values: ['localhost'] }
 * ```
 *
 * @param server `HOST[:PORT]` / `[V6]:PORT`, or undefined for the system's servers.
 * @throws Error naming the server if Node does not accept it.
 */
export function createLiveClient(opts: { server?: string; timeoutMs: number; tries: number }): LiveClient {
  const r = new dnsPromises.Resolver({ timeout: opts.timeoutMs, tries: opts.tries });
  if (opts.server !== undefined) {
    try {
      r.setServers([opts.server]);
    } catch (err) {
      throw new Error(`bad DNS server "${opts.server}": ${(err as Error).message}`);
    }
  }
  const lookup: LiveLookup = async (kind, key) => {
    try {
      switch (kind) {
        case 'addr': {
          const names = await r.resolvePtr(ptrName(key));
          return names.length > 0 ? { ok: true, values: [names[0]] } : { ok: false, reason: 'ENODATA' };
        }
        case 'txt': {
          // Zeek keeps the first character-string of the first TXT record only (DNS_Mgr.cc query_cb).
          const records = await r.resolveTxt(key);
          return records.length > 0 && records[0].length > 0 ? { ok: true, values: [records[0][0]] } : { ok: false, reason: 'ENODATA' };
        }
        case 'name': {
          // Zeek asks for both families at once (getaddrinfo AF_UNSPEC) and keeps IPv4 before IPv6.
          const [v4, v6] = await Promise.allSettled([r.resolve4(key), r.resolve6(key)]);
          const values: string[] = [];
          for (const s of [v4, v6]) if (s.status === 'fulfilled') for (const a of s.value) values.push(parseAddr(a) ?? a);
          if (values.length > 0) return { ok: true, values };
          const failed = v4.status === 'rejected' ? v4 : v6.status === 'rejected' ? v6 : undefined;
          return { ok: false, reason: failed ? codeOf(failed.reason) : 'ENODATA' };
        }
      }
    } catch (err) {
      return { ok: false, reason: codeOf(err) };
    }
  };
  return { lookup, cancel: () => r.cancel() };
}

/**
 * True for answers worth keeping for the rest of the run: data, or a definite "no such name/data".
 * Timeouts, refusals and cancellations are not cached, so a later lookup asks again.
 *
 * ## Example
 * ```ts
 * isCacheable({ ok: false, reason: 'ETIMEOUT' }); // false
 * ```
 */
export function isCacheable(a: DnsAnswer): boolean {
  return a.ok || a.reason === 'ENOTFOUND' || a.reason === 'ENODATA' || a.reason === 'no entry';
}
