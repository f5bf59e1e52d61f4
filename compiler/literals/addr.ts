/**
 * Address literal decoding for the lexer: text → canonical address text (language.md §4.1 address rule).
 *
 * The runtime owns address arithmetic; the compiler only needs to turn literals into the shared representation
 * (canonical text), so it carries this small parser instead of depending on the runtime at lex time.
 */

/** Parses dotted-quad text; undefined when a component exceeds 255. */
export function parseIPv4(text: string): string | undefined {
  const parts = text.split('.').map(Number);
  if (parts.length !== 4 || parts.some(p => !(p >= 0 && p <= 255))) return undefined;
  return parts.join('.');
}

/** Parses IPv6 text (no brackets) into eight 16-bit words. */
export function parseIPv6Words(text: string): number[] | undefined {
  let s = text.toLowerCase();
  let tail: number[] = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const a = parseIPv4(v4[1]);
    if (!a) return undefined;
    const p = a.split('.').map(Number);
    tail = [(p[0] << 8) | p[1], (p[2] << 8) | p[3]];
    s = s.slice(0, s.length - v4[1].length);
    if (s.endsWith(':') && !s.endsWith('::')) s = s.slice(0, -1);
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parse = (h: string): number[] | undefined => {
    if (h === '') return [];
    const out: number[] = [];
    for (const w of h.split(':')) {
      if (!/^[0-9a-f]{1,4}$/.test(w)) return undefined;
      out.push(parseInt(w, 16));
    }
    return out;
  };
  const head = parse(halves[0]);
  if (!head) return undefined;
  if (halves.length === 1) {
    const all = [...head, ...tail];
    return all.length === 8 ? all : undefined;
  }
  const back = parse(halves[1]);
  if (!back) return undefined;
  const known = head.length + back.length + tail.length;
  if (known > 7) return undefined;
  return [...head, ...new Array(8 - known).fill(0), ...back, ...tail];
}

/** Canonical text of eight words (IPv4-mapped → dotted quad). */
export function wordsToText(w: number[]): string {
  if (w[0] === 0 && w[1] === 0 && w[2] === 0 && w[3] === 0 && w[4] === 0 && w[5] === 0xffff) {
    return `${w[6] >> 8}.${w[6] & 255}.${w[7] >> 8}.${w[7] & 255}`;
  }
  let best = -1, bestLen = 0;
  for (let k = 0; k < 8;) {
    if (w[k] !== 0) { k++; continue; }
    let e = k;
    while (e < 8 && w[e] === 0) e++;
    if (e - k > bestLen) { best = k; bestLen = e - k; }
    k = e;
  }
  if (bestLen < 2) best = -1;
  const hex = (a: number[]) => a.map(x => x.toString(16)).join(':');
  if (best === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff) || (bestLen === 4 && w[4] === 0xffff && w[5] === 0))) {
    const v4 = `${w[6] >> 8}.${w[6] & 255}.${w[7] >> 8}.${w[7] & 255}`;
    if (bestLen === 6) return '::' + v4;
    if (bestLen === 4) return '::ffff:0:' + v4;
  }
  if (best < 0) return hex(w);
  return hex(w.slice(0, best)) + '::' + hex(w.slice(best + bestLen));
}

/** Parses IPv6 text into canonical address text. */
export function parseIPv6(text: string): string | undefined {
  const w = parseIPv6Words(text);
  return w && wordsToText(w);
}

