/**
 * `createDnsResolver`: the three resolvers of language.md §8.8 behind one interface, with a per-run answer
 * cache and the ready queue that makes results enter the script world at a drain.
 */
import { readFileSync } from 'fs';
import type { Addr } from '../runtime/addr';
import { createSet, setAdd, type SetValue } from '../runtime/table';
import { blockingLiveLookup } from './blockingLiveLookup';
import type { DnsAnswer, DnsMode, DnsQueryKind, DnsResolver, DnsResolverOptions, DnsResult } from './DnsResolver';
import { fakeAddrResult, fakeNameResult, fakeNameResultMd5, fakeTxtResult } from './fakeResults';
import { parseHostsTable, type HostsTable } from './hostsTable';
import { createLiveClient, isCacheable, type LiveClient } from './liveLookup';

/** `lookup_addr` / `lookup_hostname_txt` failure value. */
export const DNS_FAILED_STRING = '<???>';
/** The one member of `lookup_hostname`'s failure set. */
export const DNS_FAILED_ADDR: Addr = '0.0.0.0';

interface Request {
  readonly result: { state: 'pending' | 'resolved'; value: unknown };
  readonly kind: DnsQueryKind;
  readonly onResolved: ((r: DnsResult<never>) => void) | undefined;
  answer: DnsAnswer | undefined;
}

/**
 * Picks the mode: an explicit `mode`; else hosts if a hosts table is given; else fake if `ZEEK_DNS_FAKE` or
 * `BRO_DNS_FAKE` is set (to anything, as Zeek tests `getenv() != nullptr`); else live. Flags beat the
 * environment because Zeek's test environment sets `ZEEK_DNS_FAKE` globally.
 *
 * ## Example
 * ```ts
 * chooseDnsMode({ env: { ZEEK_DNS_FAKE: '1' } }); // 'fake'
 * ```
 */
export function chooseDnsMode(o: DnsResolverOptions): DnsMode {
  if (o.mode !== undefined) return o.mode;
  if (o.hostsText !== undefined || o.hostsFile !== undefined) return 'hosts';
  const env = o.env ?? process.env;
  if (env.ZEEK_DNS_FAKE !== undefined || env.BRO_DNS_FAKE !== undefined) return 'fake';
  return 'live';
}

function toValue(kind: DnsQueryKind, a: DnsAnswer): unknown {
  if (kind !== 'name') return a.ok ? a.values[0] : DNS_FAILED_STRING;
  const s = createSet();
  if (a.ok) for (const v of a.values) setAdd(s, v);
  else setAdd(s, DNS_FAILED_ADDR);
  return s;
}

/**
 * Creates the resolver of one run.
 *
 * ## Example
 * ```ts
 * const dns = createDnsResolver({ server: '127.0.0.1:5353' });   // live, asking a local server
 * const r = dns.lookupAddr('127.0.0.1');                          // r.state === 'pending'
 * await dns.nextCompletion();
 * dns.deliverReady();                                             // the engine does this at its drain
 * r.value;                                                        // 'localhost'
 * ```
 *
 * @param options mode, server, hosts file, timeouts, fake-mode salt, delivery hook.
 * @throws Error if the hosts file cannot be read or the server is not an address Node accepts.
 */
export function createDnsResolver(options: DnsResolverOptions = {}): DnsResolver {
  const mode = chooseDnsMode(options);
  const timeoutMs = options.timeoutMs ?? 5000;
  const tries = options.tries ?? 1;
  const saltOption = options.digestSalt;
  const salt = (): string | undefined => (typeof saltOption === 'function' ? saltOption() : saltOption);
  const onDeliver = options.onDeliver;
  const md5Names = options.fakeNameHash === 'md5';

  let hosts: HostsTable | undefined;
  if (mode === 'hosts') {
    const text = options.hostsText ?? (options.hostsFile !== undefined ? readFileSync(options.hostsFile, 'latin1') : '');
    hosts = parseHostsTable(text);
    if (hosts.badLines.length > 0 && options.onWarning) {
      options.onWarning(`${options.hostsFile ?? 'hosts table'}: ignored line${hosts.badLines.length > 1 ? 's' : ''} ${hosts.badLines.join(', ')} (not "ADDRESS NAME...")`);
    }
  }
  // The Node client is made on first use (most runs never look anything up), except that a bad server is
  // reported at once.
  let liveClient: LiveClient | undefined;
  const live = (): LiveClient => (liveClient ??= createLiveClient({ server: options.server, timeoutMs, tries }));
  if (mode === 'live' && options.server !== undefined) live();

  const answers = new Map<string, DnsAnswer>();
  const inFlight = new Map<string, Request[]>();
  let readyQueue: Request[] = [];
  let wakeUps: (() => void)[] = [];
  let closed = false;

  const cacheKey = (kind: DnsQueryKind, key: string) => `${kind}\0${key}`;

  /** Answers the hosts and fake resolvers give at once. */
  function immediate(kind: DnsQueryKind, key: string): DnsAnswer {
    if (mode === 'fake') {
      if (kind === 'addr') return { ok: true, values: [fakeAddrResult(key)] };
      if (kind === 'txt') return { ok: true, values: [fakeTxtResult(key)] };
      return { ok: true, values: [md5Names ? fakeNameResultMd5(key) : fakeNameResult(key, salt())] };
    }
    if (kind === 'addr') {
      const name = hosts!.byAddr.get(key);
      return name !== undefined ? { ok: true, values: [name] } : { ok: false, reason: 'no entry' };
    }
    const addrs = kind === 'name' ? hosts!.byName.get(key.toLowerCase()) : undefined;
    return addrs !== undefined ? { ok: true, values: addrs } : { ok: false, reason: 'no entry' };
  }

  function complete(reqs: Request[], a: DnsAnswer): void {
    for (const r of reqs) {
      r.answer = a;
      readyQueue.push(r);
    }
    if (wakeUps.length > 0) {
      const w = wakeUps;
      wakeUps = [];
      for (const f of w) f();
    }
  }

  function start(kind: DnsQueryKind, key: string, onResolved: ((r: DnsResult<never>) => void) | undefined): DnsResult<never> {
    const req: Request = { result: { state: 'pending', value: undefined }, kind, onResolved, answer: undefined };
    const ck = cacheKey(kind, key);
    const known = answers.get(ck);
    if (known !== undefined) {
      complete([req], known);
    } else if (closed) {
      complete([req], { ok: false, reason: 'closed' });
    } else if (mode !== 'live') {
      const a = immediate(kind, key);
      answers.set(ck, a);
      complete([req], a);
    } else {
      const waiting = inFlight.get(ck);
      if (waiting !== undefined) waiting.push(req);
      else {
        const reqs = [req];
        inFlight.set(ck, reqs);
        void live().lookup(kind, key).then((a) => {
          inFlight.delete(ck);
          if (isCacheable(a)) answers.set(ck, a);
          complete(reqs, a);
        });
      }
    }
    return req.result as DnsResult<never>;
  }

  const resolver: DnsResolver = {
    mode,
    lookupAddr: (a, cb) => start('addr', a, cb as never),
    lookupHostname: (name, cb) => start('name', name, cb as never),
    lookupHostnameTxt: (name, cb) => start('txt', name, cb as never),
    blockingLookupHostname(name: string): SetValue {
      const ck = cacheKey('name', name);
      let a = answers.get(ck);
      if (a === undefined) {
        if (closed) a = { ok: false, reason: 'closed' };
        else if (mode !== 'live') a = immediate('name', name);
        else a = blockingLiveLookup(name, { server: options.server, timeoutMs, tries });
        if (isCacheable(a)) answers.set(ck, a);
      }
      const s = createSet();
      if (a.ok) for (const v of a.values) setAdd(s, v);
      return s;
    },
    deliverReady() {
      const batch = readyQueue;
      if (batch.length === 0) return 0;
      readyQueue = [];
      for (const r of batch) {
        r.result.value = toValue(r.kind, r.answer!);
        r.result.state = 'resolved';
        r.onResolved?.(r.result as DnsResult<never>);
        onDeliver?.(r.result as DnsResult<unknown>);
      }
      return batch.length;
    },
    get outstanding() {
      return inFlight.size;
    },
    get ready() {
      return readyQueue.length;
    },
    nextCompletion() {
      if (readyQueue.length > 0 || inFlight.size === 0) return Promise.resolve();
      return new Promise<void>((resolve) => wakeUps.push(resolve));
    },
    cached: (kind, key) => answers.get(cacheKey(kind, key)),
    close() {
      if (closed) return;
      closed = true;
      liveClient?.cancel();
    },
  };
  return resolver;
}
