/**
 * `addr` values (language.md §2.7, §4.1 "Address rule").
 *
 * An address is its canonical text: dotted quad for IPv4 (and IPv4-mapped IPv6,
 * which *is* the IPv4 address), RFC 5952-style lower-case text for IPv6. Equal
 * addresses therefore have equal strings, so `===`, `Map` keys and printing are
 * free; ordering and masking parse into four 32-bit words of the 16-byte
 * IPv4-mapped form.
 */

/** An address value: canonical text. */
export type Addr = string;

/** Four 32-bit words, most significant first, of the 16-byte IPv4-mapped representation. */
export type AddrWords = [number, number, number, number];

/**
 * True if the address is IPv4 (including IPv4-mapped IPv6).
 *
 * ## Example
 * ```ts
 * addrIsV4('1.2.3.4'); // true
 * ```
 */
export function addrIsV4(a: Addr): boolean {
  return a.indexOf(':') < 0;
}

function parseV4(s: string): number | undefined {
  // Hand-rolled (no split/regex): this runs for every ordering/containment test.
  let v = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > 3) return undefined;
      part = part * 10 + (c - 48);
    } else if (c === 46) {
      if (digits === 0 || part > 255 || ++dots > 3) return undefined;
      v = v * 256 + part;
      part = 0;
      digits = 0;
    } else return undefined;
  }
  if (dots !== 3 || digits === 0 || part > 255) return undefined;
  return v * 256 + part;
}

/**
 * Parses IPv4 or IPv6 text (no brackets) into words, or undefined if malformed.
 *
 * ## Example
 * ```ts
 * parseAddrWords('1.2.3.4'); // [0, 0, 0xffff, 0x01020304]
 * ```
 */
export function parseAddrWords(text: string): AddrWords | undefined {
  if (text.indexOf(':') < 0) {
    const v = parseV4(text);
    return v === undefined ? undefined : [0, 0, 0xffff, v];
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parseSide = (side: string): number[] | undefined => {
    if (side === '') return [];
    const out: number[] = [];
    const groups = side.split(':');
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (i === groups.length - 1 && g.indexOf('.') >= 0) {
        const v = parseV4(g);
        if (v === undefined) return undefined;
        out.push(v >>> 16, v & 0xffff);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
        out.push(parseInt(g, 16));
      }
    }
    return out;
  };
  const head = parseSide(halves[0]);
  const tail = halves.length === 2 ? parseSide(halves[1]) : [];
  if (!head || !tail) return undefined;
  let w16: number[];
  if (halves.length === 2) {
    const fill = 8 - head.length - tail.length;
    if (fill < 1) return undefined;
    w16 = [...head, ...new Array<number>(fill).fill(0), ...tail];
  } else {
    if (head.length !== 8) return undefined;
    w16 = head;
  }
  return [
    ((w16[0] << 16) | w16[1]) >>> 0,
    ((w16[2] << 16) | w16[3]) >>> 0,
    ((w16[4] << 16) | w16[5]) >>> 0,
    ((w16[6] << 16) | w16[7]) >>> 0,
  ];
}

function v4Text(v: number): string {
  return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

/**
 * Renders words as canonical address text (Zeek's `zeek_inet_ntop` rule): IPv4-mapped
 * as dotted quad, otherwise the longest (first) run of ≥ 2 zero words becomes `::`,
 * with a dotted IPv4 tail for `::a.b.c.d` and `::ffff:0:a.b.c.d`.
 *
 * ## Example
 * ```ts
 * addrFromWords([0, 0, 0xffff, 0x7f000001]); // '127.0.0.1'
 * addrFromWords([0, 0, 0, 1]);               // '::1'
 * ```
 */
export function addrFromWords(w: ArrayLike<number>): Addr {
  if (w[0] === 0 && w[1] === 0 && w[2] === 0xffff) return v4Text(w[3]);
  const g = [w[0] >>> 16, w[0] & 0xffff, w[1] >>> 16, w[1] & 0xffff, w[2] >>> 16, w[2] & 0xffff, w[3] >>> 16, w[3] & 0xffff];
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) bestStart = -1;
  const v4Tail = bestStart === 0 && (bestLen === 6 || (bestLen === 4 && g[4] === 0xffff && g[5] === 0));
  const last = v4Tail ? 6 : 8;
  let out = '';
  for (let i = 0; i < last; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (out.length > 0 && !out.endsWith(':')) out += ':';
    out += g[i].toString(16);
  }
  if (v4Tail) {
    if (!out.endsWith(':')) out += ':';
    out += v4Text(w[3]);
  }
  return out;
}

/**
 * Parses address text into the canonical form, or undefined if malformed
 * (`"001.002.003.004"` → `1.2.3.4`, `"::FFFF:1.2.3.4"` → `1.2.3.4`).
 *
 * ## Example
 * ```ts
 * parseAddr('2001:DB8:0:0:0:0:0:1'); // '2001:db8::1'
 * ```
 */
export function parseAddr(text: string): Addr | undefined {
  const w = parseAddrWords(text);
  return w ? addrFromWords(w) : undefined;
}

const SCRATCH: AddrWords = [0, 0, 0, 0];

/**
 * The words of an address (a fresh array).
 *
 * ## Example
 * ```ts
 * addrToWords('::1'); // [0, 0, 0, 1]
 * ```
 */
export function addrToWords(a: Addr): AddrWords {
  const w = parseAddrWords(a);
  if (!w) throw new Error(`not an address: ${a}`);
  return w;
}

/**
 * The IPv4 address as an unsigned 32-bit number, or undefined for IPv6 / malformed text.
 *
 * ## Example
 * ```ts
 * addrV4Value('0.0.1.1'); // 257
 * ```
 */
export function addrV4Value(a: Addr): number | undefined {
  return parseV4(a);
}

/**
 * The IPv4 address as an unsigned 32-bit number (IPv4 addresses only).
 *
 * ## Example
 * ```ts
 * addrToV4Uint32('127.0.0.1'); // 0x7f000001
 * ```
 */
export function addrToV4Uint32(a: Addr): number {
  const v = parseV4(a);
  if (v === undefined) throw new Error(`not an IPv4 address: ${a}`);
  return v;
}

/**
 * An IPv4 address from an unsigned 32-bit number.
 *
 * ## Example
 * ```ts
 * addrFromV4Uint32(0x7f000001); // '127.0.0.1'
 * ```
 */
export function addrFromV4Uint32(v: number): Addr {
  return v4Text(v >>> 0);
}

/**
 * An address from 4 (IPv4) or 16 (IPv6) network-order bytes at `offset` (for packet decoding).
 *
 * ## Example
 * ```ts
 * addrFromBytes(Buffer.from([10, 0, 0, 1]), 0, 4); // '10.0.0.1'
 * ```
 */
export function addrFromBytes(buf: Uint8Array, offset: number, length: 4 | 16): Addr {
  if (length === 4) return `${buf[offset]}.${buf[offset + 1]}.${buf[offset + 2]}.${buf[offset + 3]}`;
  for (let i = 0; i < 4; i++) {
    const o = offset + i * 4;
    SCRATCH[i] = ((buf[o] << 24) | (buf[o + 1] << 16) | (buf[o + 2] << 8) | buf[o + 3]) >>> 0;
  }
  return addrFromWords(SCRATCH);
}

/**
 * Orders two addresses by their 16-byte IPv4-mapped form (so every IPv4 address
 * sorts after `::1` and before `2001::`). Returns negative, zero or positive.
 *
 * ## Example
 * ```ts
 * addrCompare('::1', '0.0.0.1') < 0; // true
 * ```
 */
export function addrCompare(a: Addr, b: Addr): number {
  if (a === b) return 0;
  const va = parseV4(a);
  if (va !== undefined) {
    const vb = parseV4(b);
    if (vb !== undefined) return va - vb;
  }
  const wa = addrToWords(a);
  const wb = addrToWords(b);
  for (let i = 0; i < 4; i++) if (wa[i] !== wb[i]) return wa[i] < wb[i] ? -1 : 1;
  return 0;
}

/**
 * `|a|`: 32 for IPv4, 128 for IPv6.
 *
 * ## Example
 * ```ts
 * addrSize('1.2.3.4'); // 32
 * ```
 */
export function addrSize(a: Addr): number {
  return addrIsV4(a) ? 32 : 128;
}

/**
 * The address in hex as `fmt("%x")` prints it: 8 digits for IPv4, 32 for IPv6.
 *
 * ## Example
 * ```ts
 * addrToHex('127.0.0.1'); // '7f000001'
 * ```
 */
export function addrToHex(a: Addr): string {
  const w = addrToWords(a);
  const h = (x: number) => x.toString(16).padStart(8, '0');
  return addrIsV4(a) ? h(w[3]) : h(w[0]) + h(w[1]) + h(w[2]) + h(w[3]);
}

/**
 * Clears all but the top `bits` bits (0–128) of the 128-bit form.
 *
 * ## Example
 * ```ts
 * maskWords([0xffffffff, 0, 0, 0], 4); // [0xf0000000, 0, 0, 0]
 * ```
 */
export function maskWords(w: ArrayLike<number>, bits: number): AddrWords {
  const out: AddrWords = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    const keep = bits - i * 32;
    if (keep >= 32) out[i] = w[i] >>> 0;
    else if (keep <= 0) out[i] = 0;
    else out[i] = (w[i] & (0xffffffff << (32 - keep))) >>> 0;
  }
  return out;
}
