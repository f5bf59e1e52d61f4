import { keyMatches, type KeyProbe, type SessionKey } from './sessionKey';

/** Initial number of slots (a power of two). */
const INITIAL_SLOTS = 1024;
/** `slots[2i]` of an empty slot (key hashes are 30-bit, never negative). */
const EMPTY = -1;

/**
 * The live sessions by 5-tuple: an open-addressing hash table (linear probing)
 * whose slots hold the key hash and the session side by side in one array.
 *
 * Why not a `Map` from hash to a collision chain, as before: on a long trace
 * most packets find their session cold in the cache, and a `Map` lookup reads
 * its bucket array and then the entry (two cache misses) before the session
 * itself. Here slot `i` is `slots[2i]` (the hash, a small integer) and
 * `slots[2i + 1]` (the session), so a lookup reads one cache line of the table
 * and then the session it needs anyway; a probe past another key compares the
 * neighbouring hash in the same line instead of reading that session. The
 * table is kept at most half full, so probe runs stay short, and removal
 * shifts the following run back (no tombstones to skip later). It grows and
 * never shrinks: its size follows the peak of live connections (about 23 k on
 * the bench trace: 64 k slots, 1 MiB).
 *
 * ## Example
 * ```ts
 * const table = new SessionTable<Session>();
 * probeKey(probe, pkt, pkt.srcPort, pkt.dstPort, false);
 * let s = table.lookup(probe, pkt.addrBuf);
 * if (s === undefined) table.insert((s = makeSession(probe)));
 * table.remove(s);
 * ```
 */
export class SessionTable<T extends SessionKey> {
  /** `[hash0, session0, hash1, session1, …]`; `EMPTY` / `null` in a free slot. */
  private slots: Array<number | T | null> = SessionTable.emptySlots(INITIAL_SLOTS);
  /** Number of slots - 1. */
  private mask = INITIAL_SLOTS - 1;
  private count = 0;

  /** Number of sessions held. */
  get size(): number {
    return this.count;
  }

  /**
   * The session whose key is the one in `probe` (`probeKey`), or undefined.
   *
   * ## Example
   * ```ts
   * const s = table.lookup(probe, pkt.addrBuf);
   * ```
   */
  lookup(probe: KeyProbe, addrBuf: Buffer): T | undefined {
    const slots = this.slots;
    const mask = this.mask;
    const hash = probe.hash;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const h = slots[2 * i] as number;
      if (h === EMPTY) return undefined;
      if (h === hash) {
        const s = slots[2 * i + 1] as T;
        if (keyMatches(s, probe, addrBuf)) return s;
      }
    }
  }

  /**
   * Adds a session (its key must not be in the table yet).
   *
   * ## Example
   * ```ts
   * table.insert(s);
   * ```
   */
  insert(s: T): void {
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    this.place(s);
    this.count++;
  }

  /**
   * Removes a session held in the table (no-op if it is not there). The run of
   * slots after it is moved back so that every key stays reachable from its
   * home slot without gaps.
   *
   * ## Example
   * ```ts
   * table.remove(s);
   * ```
   */
  remove(s: T): void {
    const slots = this.slots;
    const mask = this.mask;
    let i = s.hash & mask;
    for (;;) {
      if (slots[2 * i] === EMPTY) return;
      if (slots[2 * i + 1] === s) break;
      i = (i + 1) & mask;
    }
    this.count--;
    // Backward shift: an entry further on moves into the hole unless its home
    // slot lies cyclically after the hole (then it is already reachable).
    for (let j = (i + 1) & mask; slots[2 * j] !== EMPTY; j = (j + 1) & mask) {
      const home = (slots[2 * j] as number) & mask;
      const reachable = i <= j ? i < home && home <= j : i < home || home <= j;
      if (reachable) continue;
      slots[2 * i] = slots[2 * j];
      slots[2 * i + 1] = slots[2 * j + 1];
      i = j;
    }
    slots[2 * i] = EMPTY;
    slots[2 * i + 1] = null;
  }

  /**
   * Calls `visit` for every session, in slot order (not insertion order: sort
   * when the order matters, as the end-of-trace flush does).
   *
   * ## Example
   * ```ts
   * table.forEach((s) => all.push(s));
   * ```
   */
  forEach(visit: (s: T) => void): void {
    const slots = this.slots;
    for (let i = 1; i < slots.length; i += 2) {
      const s = slots[i];
      if (s !== null) visit(s as T);
    }
  }

  /** Puts `s` into the first free slot from its home slot on (room is guaranteed). */
  private place(s: T): void {
    const slots = this.slots;
    const mask = this.mask;
    let i = s.hash & mask;
    while (slots[2 * i] !== EMPTY) i = (i + 1) & mask;
    slots[2 * i] = s.hash;
    slots[2 * i + 1] = s;
  }

  /** Doubles the slots and re-places every session. */
  private grow(): void {
    const old = this.slots;
    const n = (this.mask + 1) * 2;
    this.slots = SessionTable.emptySlots(n);
    this.mask = n - 1;
    for (let i = 1; i < old.length; i += 2) {
      const s = old[i];
      if (s !== null) this.place(s as T);
    }
  }

  private static emptySlots<T>(n: number): Array<number | T | null> {
    // Filled by push, so the array stays packed (no hole checks on reads).
    const a: Array<number | T | null> = [];
    for (let i = 0; i < n; i++) a.push(EMPTY, null);
    return a;
  }
}
