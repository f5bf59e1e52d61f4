/**
 * Canonical text of an IPv4 (4 bytes) or IPv6 (16 bytes) address stored in `buf`
 * at `off`: dotted quad, or RFC 5952 lower-case hex with the longest run (two
 * groups or more, leftmost on ties) of zero groups compressed to `::`.
 *
 * IPv4-mapped IPv6 addresses are printed as `::ffff:a.b.c.d`, as Zeek prints them.
 *
 * ## Example
 * ```ts
 * addrToString(Buffer.from([10, 0, 0, 1]), 0, 4); // "10.0.0.1"
 * addrToString(Buffer.from('20010db8000000000000000000000001', 'hex'), 0, 16); // "2001:db8::1"
 * ```
 */
export function addrToString(buf: Buffer, off: number, len: number): string {
  if (len === 4) {
    return `${buf[off]}.${buf[off + 1]}.${buf[off + 2]}.${buf[off + 3]}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  let runStart = -1;
  for (let g = 0; g < 8; g++) {
    const zero = buf[off + 2 * g] === 0 && buf[off + 2 * g + 1] === 0;
    if (zero) {
      if (runStart < 0) runStart = g;
      const runLen = g - runStart + 1;
      if (runLen > bestLen) {
        bestLen = runLen;
        bestStart = runStart;
      }
    } else {
      runStart = -1;
    }
  }
  if (bestLen < 2) bestStart = -1;
  // ::ffff:a.b.c.d (IPv4-mapped) keeps the dotted tail, as Zeek and inet_ntop print it.
  if (bestStart === 0 && bestLen === 5 && buf[off + 10] === 0xff && buf[off + 11] === 0xff) {
    return `::ffff:${buf[off + 12]}.${buf[off + 13]}.${buf[off + 14]}.${buf[off + 15]}`;
  }
  let out = '';
  for (let g = 0; g < 8; g++) {
    if (g === bestStart) {
      out += '::';
      g += bestLen - 1;
      continue;
    }
    if (out.length > 0 && !out.endsWith(':')) out += ':';
    out += ((buf[off + 2 * g] << 8) | buf[off + 2 * g + 1]).toString(16);
  }
  return out;
}
