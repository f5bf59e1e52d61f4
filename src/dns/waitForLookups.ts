/**
 * The end-of-input wait: the run does not end while DNS lookups are in flight (language.md §8.8), but it
 * does not wait forever either.
 */
import type { DnsResolver } from './DnsResolver';

/**
 * Waits while `dns` has lookups in flight, calling `drain` after each completion so the answers enter the
 * script world at a drain (the engine's `events.drain()`, whose `afterDrain` hook delivers them). Gives up
 * after `maxWaitMs` of wall-clock time — pass the longest remaining `when` timeout, or the resolver's query
 * timeout, which already bounds every live lookup. Resolves `true` if nothing is left in flight.
 *
 * ## Example
 * ```ts
 * // after the last packet, before the termination sequence:
 * await waitForLookups(dns, () => events.drain(), 5000);
 * ```
 */
export async function waitForLookups(dns: DnsResolver, drain: () => void, maxWaitMs: number): Promise<boolean> {
  const deadline = Date.now() + maxWaitMs;
  while (dns.outstanding > 0) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, left);
    });
    await Promise.race([dns.nextCompletion(), expired]);
    clearTimeout(timer);
    if (dns.ready > 0) drain();
  }
  if (dns.ready > 0) drain();
  return dns.outstanding === 0;
}
