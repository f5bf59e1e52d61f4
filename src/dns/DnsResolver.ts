/**
 * The DNS resolver of one run (language.md §8.8): its options, the shape of an answer, and the handle a
 * script-facing lookup returns.
 */
import type { Addr } from '../runtime/addr';
import type { SetValue } from '../runtime/table';

/** Which resolver answers: Node's DNS client, a hosts file, or Zeek's fake mode. */
export type DnsMode = 'live' | 'hosts' | 'fake';

/** What is asked: PTR for an address, A+AAAA for a name, TXT for a name. */
export type DnsQueryKind = 'addr' | 'name' | 'txt';

/**
 * An answer as the resolver caches it: the names, addresses or texts, or why there are none. `reason` is
 * Node's error code (`ENOTFOUND`, `ENODATA`, `ETIMEOUT`, `ECONNREFUSED`, …) or `'no entry'` / `'closed'`.
 */
export type DnsAnswer = { readonly ok: true; readonly values: readonly string[] } | { readonly ok: false; readonly reason: string };

/**
 * A lookup's result as the script world sees it. It stays `pending` until the engine's drain delivers it
 * (`deliverReady()`), even when the answer was known at once, so that every mode enters the script world
 * at the same point of the run loop.
 */
export interface DnsResult<T> {
  readonly state: 'pending' | 'resolved';
  /** The value (with the failure values of §8.8 applied); `undefined` while pending. */
  readonly value: T | undefined;
}

/** Options of `createDnsResolver`. The CLI maps `--dns-server` and `--hosts` onto `server` and `hostsFile`. */
export interface DnsResolverOptions {
  /** Forces a mode; otherwise: `hostsFile`/`hostsText` → hosts, `ZEEK_DNS_FAKE`/`BRO_DNS_FAKE` set → fake, else live. */
  mode?: DnsMode;
  /** Environment consulted for `ZEEK_DNS_FAKE` / `BRO_DNS_FAKE` (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Live mode: the server to ask, `HOST[:PORT]` or `[V6]:PORT` (default: the system's resolvers). */
  server?: string;
  /** Hosts mode: a file in /etc/hosts format. */
  hostsFile?: string;
  /** Hosts mode: the file's text (tests); wins over `hostsFile`. */
  hostsText?: string;
  /** Live mode: wall-clock milliseconds one query may take (default 5000, Zeek's `DNS_TIMEOUT`). */
  timeoutMs?: number;
  /** Live mode: attempts per query (default 1, so `timeoutMs` bounds a lookup). */
  tries?: number;
  /**
   * Fake mode: the script's `digest_salt`, which keys the name hash (default Zeek's). A function is asked at
   * each new name, so the resolver can be made before the scripts' `redef`s are applied.
   */
  digestSalt?: string | (() => string | undefined);
  /** Fake mode: how a name becomes an address — current Zeek's HighwayHash (default) or old Bro's MD5. */
  fakeNameHash?: 'highway' | 'md5';
  /** Called for every result at its delivery, after its own callback (a `when` engine marks watchers dirty here). */
  onDeliver?: (result: DnsResult<unknown>) => void;
  /** Hosts mode: receives a warning for unreadable lines of the file. */
  onWarning?: (message: string) => void;
}

/**
 * The resolver of one run. Lookups may start at any time; their results reach scripts only through
 * `deliverReady()`, which the engine calls at each drain, before pending `when` conditions are
 * re-evaluated. Answers are cached per name (address) for the run.
 */
export interface DnsResolver {
  readonly mode: DnsMode;
  /** `lookup_addr`: the PTR name, `"<???>"` on failure or timeout. */
  lookupAddr(a: Addr, onResolved?: (r: DnsResult<string>) => void): DnsResult<string>;
  /** `lookup_hostname`: the A and AAAA addresses (a fresh set per call); `set(0.0.0.0)` on failure or timeout. */
  lookupHostname(name: string, onResolved?: (r: DnsResult<SetValue>) => void): DnsResult<SetValue>;
  /** `lookup_hostname_txt`: the first string of the first TXT record, `"<???>"` on failure or timeout. */
  lookupHostnameTxt(name: string, onResolved?: (r: DnsResult<string>) => void): DnsResult<string>;
  /**
   * `blocking_lookup_hostname`: the addresses, synchronously (live mode blocks the process for up to the
   * query timeout, as Zeek does); an empty set on failure.
   */
  blockingLookupHostname(name: string): SetValue;
  /**
   * Delivers every completed lookup in completion order: sets each result, then runs its callback and
   * `onDeliver`. Returns how many were delivered. Lookups completing meanwhile wait for the next call.
   */
  deliverReady(): number;
  /** Live lookups still waiting for the network. */
  readonly outstanding: number;
  /** Completed lookups waiting for `deliverReady()`. */
  readonly ready: number;
  /**
   * Resolves once a completed lookup waits for delivery — at once if one already does or if nothing is
   * outstanding — so the engine can keep a run alive while lookups are in flight.
   */
  nextCompletion(): Promise<void>;
  /** The cached answer for a query, if any (diagnostics and tests). */
  cached(kind: DnsQueryKind, key: string): DnsAnswer | undefined;
  /** Cancels live lookups (they complete as failures) and makes later lookups fail at once. */
  close(): void;
}
