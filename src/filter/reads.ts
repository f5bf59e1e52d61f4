// Bounds-checked big-endian loads. A load past the captured bytes ends the whole filter with
// "reject", as a BPF program does; the sentinel is thrown once and caught by `matches`.

/** Thrown (never allocated per packet) when a load falls outside the captured bytes. */
export const OUT_OF_RANGE: unique symbol = Symbol('filter: load out of range');

/**
 * One byte at `off`, or the whole filter rejects the packet.
 *
 * ## Example
 * ```ts
 * u8(frame, frame.length, 23); // IPv4 protocol field of an Ethernet frame
 * ```
 */
export function u8(d: Uint8Array, cap: number, off: number): number {
  if (off >= cap) throw OUT_OF_RANGE;
  return d[off];
}

/**
 * Big-endian 16 bits at `off`, or the whole filter rejects the packet.
 *
 * ## Example
 * ```ts
 * u16(frame, frame.length, 12); // EtherType of an Ethernet frame
 * ```
 */
export function u16(d: Uint8Array, cap: number, off: number): number {
  if (off + 2 > cap) throw OUT_OF_RANGE;
  return (d[off] << 8) | d[off + 1];
}

/**
 * Big-endian 32 bits at `off` (unsigned), or the whole filter rejects the packet.
 *
 * ## Example
 * ```ts
 * u32(frame, frame.length, 26); // IPv4 source address of an Ethernet frame
 * ```
 */
export function u32(d: Uint8Array, cap: number, off: number): number {
  if (off + 4 > cap) throw OUT_OF_RANGE;
  return ((d[off] << 24) | (d[off + 1] << 16) | (d[off + 2] << 8) | d[off + 3]) >>> 0;
}
