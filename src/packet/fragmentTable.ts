/** One contiguous run of reassembled payload bytes, `[seq, upper)`. */
export interface FragmentBlock {
  seq: number;
  upper: number;
  data: Buffer;
}

/** Reassembly state of one datagram (Zeek: FragReassembler). */
export interface Reassembler {
  key: string;
  /** Network time at which the buffered fragments are dropped (Infinity: never). */
  expire: number;
  version: number;
  /** Copy of the unfragmentable header of the fragment that created this reassembler. */
  hdr: Buffer;
  /** IPv4: protocol of the first fragment; IPv6: next protocol (offset-0 fragment wins). */
  proto: number;
  /** IPv4: header length (IHL*4) of the first fragment; IPv6: `hdr.length`. */
  hdrLen: number;
  /** IPv6: offset in `hdr` of the Next Header byte that named the Fragment header; -1 for IPv4. */
  nhPatch: number;
  /** Datagram payload size, 0 while unknown (no last fragment yet). */
  fragSize: number;
  /** Disjoint blocks sorted by `seq`; bytes that arrived first are kept. */
  blocks: FragmentBlock[];
  /** Payload bytes buffered. */
  bytes: number;
}

/**
 * The fragment reassemblers of one decoder, in creation order (which is also
 * expiry order, because network time never goes backwards).
 */
export interface FragmentTable {
  byKey: Map<string, Reassembler>;
  /** Seconds; 0 means fragments never expire. */
  timeout: number;
  /** Bound on buffered payload bytes over all reassemblers. */
  maxBytes: number;
  bytes: number;
}

/**
 * Creates an empty fragment table.
 *
 * ## Example
 * ```ts
 * const frags = createFragmentTable(300, 64 << 20);
 * ```
 */
export function createFragmentTable(timeout: number, maxBytes: number): FragmentTable {
  return { byKey: new Map(), timeout, maxBytes, bytes: 0 };
}

/**
 * Drops, silently as Zeek does, every reassembler whose timeout is due at `now`.
 * Lazy expiry by packet timestamps gives the same result as Zeek's timer,
 * which fires before the first packet at or after the due time.
 *
 * ## Example
 * ```ts
 * expireFragments(frags, pkt.ts);
 * ```
 */
export function expireFragments(t: FragmentTable, now: number): void {
  for (const r of t.byKey.values()) {
    if (r.expire > now) return;
    removeReassembler(t, r);
  }
}

/**
 * Removes one reassembler and its buffered bytes from the table.
 *
 * ## Example
 * ```ts
 * removeReassembler(frags, r);
 * ```
 */
export function removeReassembler(t: FragmentTable, r: Reassembler): void {
  if (t.byKey.delete(r.key)) t.bytes -= r.bytes;
}

/**
 * Drops the oldest reassemblers until the buffered bytes fit `maxBytes` again.
 *
 * ## Example
 * ```ts
 * enforceFragmentBound(frags);
 * ```
 */
export function enforceFragmentBound(t: FragmentTable): void {
  for (const r of t.byKey.values()) {
    if (t.bytes <= t.maxBytes) return;
    removeReassembler(t, r);
  }
}
