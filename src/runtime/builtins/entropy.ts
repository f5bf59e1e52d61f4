/**
 * Entropy built-ins of Zeek's zeek.bif: `find_entropy` and the incremental `entropy_test_init` /
 * `entropy_test_add` / `entropy_test_finish` (tests bifs.find_entropy, bifs.entropy_test). The figures are
 * those of John Walker's `ent` program (byte mode), which Zeek embeds: Shannon entropy in bits per byte,
 * chi-square against a uniform distribution, arithmetic mean, a Monte Carlo estimate of pi from 6-byte
 * coordinate pairs, and the serial correlation coefficient.
 */
import { recordType, T, type Type } from '../types';
import { builtin, type Builtin } from './builtin';

/** `entropy_test_result` (also declared in policy/init-bare.bro so scripts can name it). */
export const ENTROPY_TEST_RESULT = recordType(
  [
    { name: 'entropy', type: T.double },
    { name: 'chi_square', type: T.double },
    { name: 'mean', type: T.double },
    { name: 'monte_carlo_pi', type: T.double },
    { name: 'serial_correlation', type: T.double },
  ],
  'entropy_test_result',
);

const MONTE_LEN = 6;
/** (256^3 - 1)^2: a coordinate pair within this squared radius lies inside the circle. */
const IN_CIRCLE = Math.pow(Math.pow(256, MONTE_LEN / 2) - 1, 2);

/** The running state of one entropy test (the value behind `opaque of entropy`). */
export interface EntropyState {
  counts: number[];
  total: number;
  monte: number[];
  inside: number;
  tries: number;
  first: number | undefined;
  last: number;
  t1: number;
  t2: number;
  t3: number;
  finished: boolean;
}

/**
 * A fresh entropy test.
 *
 * ## Example
 * ```ts
 * const st = entropyInit(); entropyAdd(st, 'abc'); entropyResult(st).mean; // 98
 * ```
 */
export function entropyInit(): EntropyState {
  return { counts: new Array(256).fill(0), total: 0, monte: [], inside: 0, tries: 0, first: undefined, last: 0, t1: 0, t2: 0, t3: 0, finished: false };
}

/**
 * Feeds the bytes of `data` into the test.
 *
 * ## Example
 * ```ts
 * entropyAdd(st, '0011000aaabbbb');
 * ```
 */
export function entropyAdd(st: EntropyState, data: string): void {
  for (let i = 0; i < data.length; i++) {
    const b = data.charCodeAt(i) & 0xff;
    st.counts[b]++;
    st.total++;
    st.monte.push(b);
    if (st.monte.length === MONTE_LEN) {
      let x = 0;
      let y = 0;
      for (let j = 0; j < MONTE_LEN / 2; j++) {
        x = x * 256 + st.monte[j];
        y = y * 256 + st.monte[MONTE_LEN / 2 + j];
      }
      st.monte.length = 0;
      st.tries++;
      if (x * x + y * y <= IN_CIRCLE) st.inside++;
    }
    if (st.first === undefined) st.first = b;
    else st.t1 += st.last * b;
    st.t2 += b;
    st.t3 += b * b;
    st.last = b;
  }
}

/**
 * The five figures for everything added so far, as an `entropy_test_result` record.
 *
 * ## Example
 * ```ts
 * entropyResult(st).entropy; // bits per byte
 * ```
 */
export function entropyResult(st: EntropyState): Record<string, number> {
  const n = st.total;
  const t1 = st.t1 + st.last * (st.first ?? 0);
  const t2 = st.t2 * st.t2;
  let scc = n * st.t3 - t2;
  scc = scc === 0 ? -100000 : (n * t1 - t2) / scc;
  const expected = n / 256;
  let chi = 0;
  let sum = 0;
  let ent = 0;
  for (let i = 0; i < 256; i++) {
    const d = st.counts[i] - expected;
    chi += (d * d) / expected;
    sum += i * st.counts[i];
    const p = st.counts[i] / n;
    if (p > 0) ent += p * (Math.log(1 / p) / Math.log(2));
  }
  return { entropy: ent, chi_square: chi, mean: sum / n, monte_carlo_pi: 4 * (st.inside / st.tries), serial_correlation: scc };
}

const OPAQUE_ENTROPY: Type = { kind: 'opaque', of: 'entropy' };

/**
 * Entropy built-ins.
 *
 * ## Example
 * ```ts
 * ENTROPY_BUILTINS.find_entropy.impl(ctx, ['aaaa'], [T.string]); // { entropy: 0, ... }
 * ```
 */
export const ENTROPY_BUILTINS: Record<string, Builtin> = {
  find_entropy: builtin([['data', T.string]], ENTROPY_TEST_RESULT, (_c, [d]) => {
    const st = entropyInit();
    entropyAdd(st, d as string);
    return entropyResult(st);
  }),
  entropy_test_init: builtin([], OPAQUE_ENTROPY, () => entropyInit()),
  entropy_test_add: builtin([['handle', OPAQUE_ENTROPY], ['data', T.string]], T.bool, (_c, [h, d]) => {
    const st = h as EntropyState;
    if (st.finished) return false;
    entropyAdd(st, d as string);
    return true;
  }),
  entropy_test_finish: builtin([['handle', OPAQUE_ENTROPY]], ENTROPY_TEST_RESULT, (_c, [h]) => {
    const st = h as EntropyState;
    st.finished = true;
    return entropyResult(st);
  }),
};
