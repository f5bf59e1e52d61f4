/**
 * Evaluation of one header condition against the first packet of a direction (engine.md 5.4).
 */
import { inPrefix } from './addr';
import type { HeaderFacts } from './HeaderFacts';
import type { Cmp, HeaderTest } from './Signature';

/**
 * Compares with list semantics: `==` any value, `!=` no value, others at least one value.
 *
 * ## Example
 * ```ts
 * compareList(80, '!=', [22, 23], (x) => x); // true
 * ```
 */
export function compareList<T>(v: number, cmp: Cmp, values: readonly T[], get: (x: T) => number, mask?: (x: T) => number): boolean {
  if (cmp === '!=') {
    for (const x of values) if (((mask ? v & mask(x) : v) >>> 0) === get(x)) return false;
    return true;
  }
  for (const x of values) {
    const a = (mask ? v & mask(x) : v) >>> 0;
    const b = get(x);
    if (compare(a, cmp, b)) return true;
  }
  return false;
}

/**
 * One comparison of two numbers.
 *
 * ## Example
 * ```ts
 * compare(3, '<=', 4); // true
 * ```
 */
export function compare(a: number, cmp: Cmp, b: number): boolean {
  switch (cmp) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

const valueOf = (x: { value: number }): number => x.value;
const maskOf = (x: { mask: number }): number => x.mask;
const same = (x: number): number => x;

/**
 * True when header test `t` holds for packet facts `f`. Reads beyond the captured bytes make the
 * test false (engine.md 5.4 proposal).
 *
 * ## Example
 * ```ts
 * evalHeaderTest(sig.headers[0], headerFactsFromText({ src: '1.2.3.4', dst: '5.6.7.8', proto: 6 }));
 * ```
 */
export function evalHeaderTest(t: HeaderTest, f: HeaderFacts): boolean {
  switch (t.kind) {
    case 'addr': {
      const v6 = f.ipVersion === 6;
      const len = v6 ? 16 : 4;
      const off = t.field === 'src' ? (v6 ? 8 : 12) : v6 ? 24 : 16;
      if (f.ip.length < off + len) return false;
      let any = false;
      for (const p of t.prefixes) {
        if (inPrefix(f.ip, off, len, p)) {
          any = true;
          break;
        }
      }
      return t.cmp === '==' ? any : !any;
    }
    case 'proto':
      return compareList(f.proto, t.cmp, t.values, same);
    case 'bytes': {
      let src: Uint8Array | null;
      if (t.proto === 'ip') src = f.ipVersion === 4 ? f.ip : null;
      else if (t.proto === 'ip6') src = f.ipVersion === 6 ? f.ip : null;
      else src = f.transport; // the transport keyword is not checked (Zeek reads whatever is there)
      if (src === null || t.offset + t.size > src.length) return false;
      const o = t.offset;
      let v: number;
      if (t.size === 1) v = src[o];
      else if (t.size === 2) v = (src[o] << 8) | src[o + 1];
      else v = ((src[o] << 24) | (src[o + 1] << 16) | (src[o + 2] << 8) | src[o + 3]) >>> 0;
      return compareList(v, t.cmp, t.values, valueOf, maskOf);
    }
  }
}
