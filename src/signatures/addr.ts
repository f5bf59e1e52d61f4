/**
 * Address text ↔ bytes for signature prefixes and test inputs. Only used at parse time and by
 * adapters/tests, never per byte.
 */

/**
 * Parses dotted-quad IPv4 text into 4 bytes, or returns null.
 *
 * ## Example
 * ```ts
 * parseIPv4('10.0.0.1'); // Uint8Array [10, 0, 0, 1]
 * ```
 */
export function parseIPv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    if (!/^\d{1,3}$/.test(parts[i])) return null;
    const n = Number(parts[i]);
    if (n > 255) return null;
    out[i] = n;
  }
  return out;
}

/**
 * Parses IPv6 text (with `::` compression and an optional dotted-quad tail) into 16 bytes, or
 * returns null.
 *
 * ## Example
 * ```ts
 * parseIPv6('fe80::1'); // 16 bytes, fe 80 00 … 00 01
 * ```
 */
export function parseIPv6(text: string): Uint8Array | null {
  let head = text;
  let v4: Uint8Array | null = null;
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.indexOf('.', lastColon) > lastColon) {
    v4 = parseIPv4(text.slice(lastColon + 1));
    if (!v4) return null;
    // The dotted tail stands for the last two groups; parse it as zeros and patch the bytes in.
    head = text.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = head.indexOf('::');
  if (dbl >= 0 && head.indexOf('::', dbl + 1) >= 0) return null;
  const split = (s: string): string[] | null => (s === '' ? [] : s.split(':'));
  const left = split(dbl >= 0 ? head.slice(0, dbl) : head);
  const right = dbl >= 0 ? split(head.slice(dbl + 2)) : [];
  if (!left || !right) return null;
  const total = left.length + right.length;
  if (dbl < 0 && total !== 8) return null;
  if (dbl >= 0 && total > 7) return null;
  const groups: string[] = [...left, ...new Array<string>(8 - total).fill('0'), ...right];
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(groups[i])) return null;
    const g = parseInt(groups[i], 16);
    out[i * 2] = g >> 8;
    out[i * 2 + 1] = g & 0xff;
  }
  if (v4) out.set(v4, 12);
  return out;
}

/**
 * Parses IPv4 or IPv6 text (IPv6 optionally in brackets).
 *
 * ## Example
 * ```ts
 * parseAddr('[::1]')?.length; // 16
 * ```
 */
export function parseAddr(text: string): Uint8Array | null {
  const t = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return t.includes(':') ? parseIPv6(t) : parseIPv4(t);
}

/**
 * Returns a copy of `bytes` with every bit past the first `width` cleared.
 *
 * ## Example
 * ```ts
 * maskAddr(Uint8Array.of(10, 1, 2, 3), 8); // [10, 0, 0, 0]
 * ```
 */
export function maskAddr(bytes: Uint8Array, width: number): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const bits = width - i * 8;
    out[i] = bits >= 8 ? bytes[i] : bits <= 0 ? 0 : bytes[i] & (0xff << (8 - bits));
  }
  return out;
}

/**
 * True when `addr` (bytes at `off`) lies in `prefix` (same family only).
 *
 * ## Example
 * ```ts
 * inPrefix(Uint8Array.of(10, 9, 9, 9), 0, 4, { v6: false, bytes: Uint8Array.of(10, 0, 0, 0), width: 8 }); // true
 * ```
 */
export function inPrefix(
  addr: Uint8Array,
  off: number,
  len: number,
  prefix: { v6: boolean; bytes: Uint8Array; width: number },
): boolean {
  if (len !== prefix.bytes.length) return false;
  const p = prefix.bytes;
  const w = prefix.width;
  for (let i = 0; i < len; i++) {
    const bits = w - i * 8;
    if (bits <= 0) return true;
    const m = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((addr[off + i] & m) !== p[i]) return false;
  }
  return true;
}
