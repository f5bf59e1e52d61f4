/**
 * Text of the 6-byte MAC address at `off`: lower-case hex pairs joined by `:`,
 * as Zeek prints `l2_addr`.
 *
 * ## Example
 * ```ts
 * macToString(Buffer.from('98eecbbd07fe', 'hex'), 0); // "98:ee:cb:bd:07:fe"
 * ```
 */
export function macToString(buf: Buffer, off: number): string {
  let out = '';
  for (let i = 0; i < 6; i++) {
    const b = buf[off + i];
    if (i > 0) out += ':';
    out += b < 16 ? '0' + b.toString(16) : b.toString(16);
  }
  return out;
}
