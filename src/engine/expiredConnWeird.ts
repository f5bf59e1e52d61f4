/**
 * `expired_conn_weird` (engine.md 1.13; Zeek's `Reporter::Weird(conn_id, uid, …)`): a conn weird that a script
 * reports with `Reporter::conn_weird` for a connection no longer in the session table (removed, or a record the
 * script made up) is raised as `expired_conn_weird(name, id, uid, addl, source)` instead of `conn_weird`, and
 * weird.log gets its row with that uid and id. Its rate limiting is Zeek's `PermitExpiredConnWeird`: counts
 * per connection 4-tuple and name, all of a tuple's counts forgotten `Weird::sampling_duration` after the first
 * weird of that tuple; names on the sampling whitelist are never limited, names on the global list are counted
 * once for the run.
 */
import { aboveThresholdPermits, type WeirdSampling } from '../conn/weirdSampling';

/** The 4-tuple of a `conn_id` as the script holds it (ports carry their protocol, `src/runtime/port.ts`). */
export interface ExpiredConnId {
  orig_h: string;
  orig_p: number;
  resp_h: string;
  resp_p: number;
}

/** Counts by tuple (and by name within it), and the global-list names' run-wide counts. */
export interface ExpiredConnWeirdState {
  tuples: Map<string, { start: number; counts: Map<string, number> }>;
  global: Map<string, number>;
}

/**
 * An empty state, one per run.
 *
 * ## Example
 * ```ts
 * const st = createExpiredConnWeirdState();
 * ```
 */
export function createExpiredConnWeirdState(): ExpiredConnWeirdState {
  return { tuples: new Map(), global: new Map() };
}

/**
 * Whether the `n`-th expired conn weird `name` on `id` at network time `now` is reported.
 *
 * ## Example
 * ```ts
 * // sampling threshold 2: the first two pass, the third does not
 * permitExpiredConnWeird(st, 'test!', id, 10, sampling); // true
 * ```
 */
export function permitExpiredConnWeird(st: ExpiredConnWeirdState, name: string, id: ExpiredConnId, now: number, s: WeirdSampling): boolean {
  if (s.whitelist.has(name)) return true;
  if (s.globalList.has(name)) {
    const n = (st.global.get(name) ?? 0) + 1;
    st.global.set(name, n);
    return aboveThresholdPermits(n, s);
  }
  const key = `${id.orig_h}|${id.orig_p}|${id.resp_h}|${id.resp_p}`;
  let t = st.tuples.get(key);
  // Zeek's reset timer for the tuple fires `duration` after its first weird, before anything at that time.
  if (t === undefined || now >= t.start + s.duration) {
    if (t === undefined && st.tuples.size >= 65536) st.tuples.clear();
    t = { start: now, counts: new Map() };
    st.tuples.set(key, t);
  }
  const n = (t.counts.get(name) ?? 0) + 1;
  t.counts.set(name, n);
  return aboveThresholdPermits(n, s);
}
