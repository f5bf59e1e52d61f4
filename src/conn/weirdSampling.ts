/**
 * Weird rate limiting (engine.md 1.13; Zeek's Reporter::Permit*Weird and the connection's PermitWeird): the
 * first `threshold` weirds of a name in a scope are reported, then every `rate`-th above the threshold; the
 * counting restarts `duration` seconds of network time after it began. `Weird::sampling_*` set the values at
 * start-up; the `Reporter::set_weird_sampling_*` built-ins change them while the run goes on.
 */

/** The sampling settings of a run (one mutable object, shared by every scope). */
export interface WeirdSampling {
  threshold: number;
  /** 0: nothing above the threshold is reported. */
  rate: number;
  /** Seconds. */
  duration: number;
  /** Names never limited (`Weird::sampling_whitelist`). */
  whitelist: Set<string>;
  /** Names limited once for the whole run rather than per connection or address pair (`Weird::sampling_global_list`). */
  globalList: Set<string>;
}

/**
 * Zeek's defaults: 25, 1000, 10 min, empty lists.
 *
 * ## Example
 * ```ts
 * const sampling = defaultWeirdSampling();
 * sampling.threshold; // 25
 * ```
 */
export function defaultWeirdSampling(): WeirdSampling {
  return { threshold: 25, rate: 1000, duration: 600, whitelist: new Set(), globalList: new Set() };
}

/** One scope's count for one name, and when its counting began. */
export interface SampleCount {
  n: number;
  start: number;
}

/**
 * Net and flow weirds (and names on the global list): counting starts with the first weird of the key and
 * restarts `duration` later (Zeek's reset timer, which runs before anything at or after its time).
 *
 * ## Example
 * ```ts
 * permitScoped(counts, 'truncated_IP', pkt.ts, sampling); // true for the first 25
 * ```
 */
export function permitScoped(counts: Map<string, SampleCount>, key: string, now: number, s: WeirdSampling): boolean {
  let c = counts.get(key);
  if (c === undefined || now >= c.start + s.duration) {
    // Bounded: a flood of distinct address pairs must not grow the table without end.
    if (c === undefined && counts.size >= 65536) counts.clear();
    c = { n: 0, start: now };
    counts.set(key, c);
  }
  c.n++;
  return aboveThresholdPermits(c.n, s);
}

/**
 * Connection weirds (Zeek's connection PermitWeird): the first `threshold` pass; sampling time starts with the
 * first one above it, and once `duration` has passed since, the count starts over.
 *
 * ## Example
 * ```ts
 * permitInConnection(s.weirdCounts, 'bad_TCP_checksum', now, sampling);
 * ```
 */
export function permitInConnection(counts: Map<string, SampleCount>, name: string, now: number, s: WeirdSampling): boolean {
  let c = counts.get(name);
  if (c === undefined) counts.set(name, (c = { n: 0, start: now }));
  c.n++;
  if (c.n <= s.threshold) return true;
  if (c.n === s.threshold + 1) c.start = now;
  else if (now > c.start + s.duration) {
    c.n = 1;
    c.start = now;
    return true;
  }
  return aboveThresholdPermits(c.n, s);
}

/**
 * Whether the `n`-th weird of a scope is reported: every one up to the threshold, then every `rate`-th above it.
 *
 * ## Example
 * ```ts
 * aboveThresholdPermits(26, defaultWeirdSampling()); // false (the 1025th is reported again)
 * ```
 */
export function aboveThresholdPermits(n: number, s: WeirdSampling): boolean {
  if (n <= s.threshold) return true;
  return s.rate !== 0 && (n - s.threshold) % s.rate === 0;
}
