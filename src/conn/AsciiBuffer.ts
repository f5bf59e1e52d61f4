/**
 * Room every string write leaves after itself, so the separators and
 * single-byte columns that follow need no check of their own.
 */
export const SLACK = 64;

/**
 * A growable byte buffer that log lines are formatted straight into: numbers
 * become digits by arithmetic, short strings are copied byte by byte, and the
 * bytes are exactly what `Buffer.from(text, 'utf8')` of the equivalent string
 * would be (`String(n)` for counts, `toFixed(6)` for times and intervals).
 * No intermediate strings are built for the common values; anything unusual
 * (non-ASCII text, NaN, huge or non-integer counts, near-ties of `%.6f`) takes
 * the string route so the bytes stay identical.
 *
 * ## Example
 * ```ts
 * const b = new AsciiBuffer();
 * b.fixed6(1362692526.8693440); b.byte(9); b.count(5007); b.str('SF');
 * b.view().toString(); // "1362692526.869344\t5007SF"
 * ```
 */
export class AsciiBuffer {
  /** The bytes; `[0, pos)` are written. Replaced (copied) when it grows. */
  bytes: Buffer;
  /** Bytes written so far. */
  pos = 0;

  constructor(capacity = 1 << 17) {
    this.bytes = Buffer.allocUnsafe(Math.max(capacity, 64));
  }

  /**
   * Makes room for `n` more bytes.
   *
   * ## Example
   * ```ts
   * b.reserve(1024); // the next 1024 bytes need no further check
   * ```
   */
  reserve(n: number): void {
    const need = this.pos + n;
    if (need <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(need, this.bytes.length * 2));
    this.bytes.copy(grown, 0, 0, this.pos);
    this.bytes = grown;
  }

  /**
   * Appends one byte. The caller has reserved room.
   *
   * ## Example
   * ```ts
   * b.reserve(1); b.byte(0x0a); // "\n"
   * ```
   */
  byte(c: number): void {
    this.bytes[this.pos++] = c;
  }

  /**
   * Appends any string as UTF-8 (what `writeSync(fd, s)` writes).
   *
   * ## Example
   * ```ts
   * b.text('#close\t1970-01-01-00-00-00\n');
   * ```
   */
  text(s: string): void {
    this.reserve(s.length * 3 + SLACK);
    this.pos += this.bytes.write(s, this.pos, 'utf8');
  }

  /**
   * Appends a string copied byte by byte while it is ASCII; a string with a
   * character >= 0x80 is written as UTF-8 instead (the same bytes `text` gives).
   *
   * ## Example
   * ```ts
   * b.str('141.142.228.5');
   * ```
   */
  str(s: string): void {
    const n = s.length;
    this.reserve(n * 3 + SLACK);
    const b = this.bytes;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.pos += b.write(s, this.pos, 'utf8');
        return;
      }
      b[p++] = c;
    }
    this.pos = p;
  }

  /**
   * Appends `String(n)`: digits by arithmetic for integers 0 ≤ n ≤ 2^53
   * (negative zero included, it prints as `0`), the string otherwise (also
   * for a `bigint`, the runtime's form of counts above 2^53).
   *
   * ## Example
   * ```ts
   * b.count(2 ** 53); // "9007199254740992"
   * ```
   */
  count(n: number): void {
    if (typeof n === 'number' && n >= 0 && n <= 9007199254740992 && Math.floor(n) === n) this.digits(n);
    else this.text(String(n));
  }

  /**
   * Appends `v.toFixed(6)` (Zeek's `%.6f` for time and interval columns):
   * exact for every double, rounding half up on the exact binary value as
   * the spec of `toFixed` asks; `-0` prints as `0.000000`, a small negative
   * value as `-0.000000`.
   *
   * ## Example
   * ```ts
   * b.fixed6(0.0000015); // "0.000002"
   * ```
   */
  fixed6(v: number): void {
    let x = v;
    let neg = false;
    if (x < 0) {
      neg = true;
      x = -x;
    }
    // NaN, infinities and values too large for exact integer parts go through toFixed itself.
    if (!(x < 4503599627370496) || typeof v !== 'number') {
      this.text(v.toFixed(6));
      return;
    }
    let i = Math.floor(x);
    // x - i is exact; p is within 1.2e-10 of the exact f * 1e6 (f < 1), and p - q is exact.
    const p = (x - i) * 1e6;
    const q = Math.floor(p);
    const d = p - q;
    // Near a tie the rounding error could decide the digit: let toFixed (exact) do it.
    if (d > 0.499999999 && d < 0.500000001) {
      this.text(v.toFixed(6));
      return;
    }
    let frac = d > 0.5 ? q + 1 : q;
    if (frac === 1000000) {
      frac = 0;
      i += 1;
    }
    this.reserve(32);
    if (neg) this.bytes[this.pos++] = 0x2d;
    this.digits(i);
    const b = this.bytes;
    let e = this.pos + 6;
    b[this.pos] = 0x2e;
    // frac < 1e6 fits int32 arithmetic.
    for (let k = 0; k < 6; k++) {
      const t = (frac / 10) | 0;
      b[e--] = 0x30 + frac - t * 10;
      frac = t;
    }
    this.pos += 7;
  }

  /** Decimal digits of an integer 0 ≤ n ≤ 2^53 (floating division is exact enough below 2^53). */
  private digits(n: number): void {
    this.reserve(20);
    const b = this.bytes;
    let len = 1;
    for (let t = 10; t <= n && len < 17; t *= 10) len++;
    let e = this.pos + len - 1;
    this.pos += len;
    while (n > 0x7fffffff) {
      const t = Math.floor(n / 10);
      b[e--] = 0x30 + (n - t * 10);
      n = t;
    }
    let m = n | 0;
    do {
      const t = (m / 10) | 0;
      b[e--] = 0x30 + m - t * 10;
      m = t;
    } while (m > 0);
  }

  /**
   * The written bytes (a view: valid until the next write or `clear`).
   *
   * ## Example
   * ```ts
   * writeSync(fd, b.view()); b.clear();
   * ```
   */
  view(): Buffer {
    return this.bytes.subarray(0, this.pos);
  }

  /**
   * Forgets the written bytes (keeps the memory).
   *
   * ## Example
   * ```ts
   * b.clear(); b.pos; // 0
   * ```
   */
  clear(): void {
    this.pos = 0;
  }
}
