/**
 * Zeek's Smith-Waterman common-substring search (`str_smith_waterman`, Zeek's src/SmithWaterman.cc; test
 * language.smith-waterman-test). A dynamic-programming matrix over the bytes of `s1` (rows) and `s2` (columns)
 * scores matches, with a large bonus for a match that continues a run of matches; walking back from a cell along
 * its best predecessors yields the common substrings of one alignment. Variant 0 follows the single best cell;
 * variant 1 collects every alignment that no other one covers. The result is ordered by the substrings'
 * offsets in the longer string (Zeek's comparator, applied the way libstdc++ sorts a short range — see
 * `orderByOffset`).
 */

/** One substring found in both strings: its bytes, its offset in `s1` and in `s2`, and whether an alignment starts with it. */
export interface SwSubstring {
  str: string;
  offsets: [number, number];
  isNew: boolean;
}

/** Zeek's `sw_params`: the shortest substring reported, and the variant (0 = single, 1 = multiple). */
export interface SwParams {
  minStrlen: number;
  variant: number;
}

/** The matrix as flat arrays, `(rows) x (cols)` with an extra row 0 and column 0. */
interface Matrix {
  cols: number;
  score: Int32Array;
  matched: Uint8Array;
  visited: Uint8Array;
  /** The predecessor cell, -1 for none (row 0 and column 0). */
  prev: Int32Array;
  byte: Uint8Array;
}

/** Walks back from `start`, collecting the runs of matched cells of one alignment into `out`. */
function collectAlignment(m: Matrix, start: number, p: SwParams, out: SwSubstring[]): void {
  let run: number[] = [];
  let row = 0;
  let col = 0;
  const flush = (): void => {
    out.push({ str: String.fromCharCode(...run.reverse()), offsets: [row - 1, col - 1], isNew: false });
  };
  for (let cell = start; cell !== -1; cell = m.prev[cell]) {
    m.visited[cell] = 1;
    if (m.matched[cell]) {
      row = Math.floor(cell / m.cols);
      col = cell % m.cols;
      run.push(m.byte[cell]);
    } else {
      // A gap ends a run; only runs of the minimum length count (the last run below is kept whatever its length).
      if (run.length >= p.minStrlen) flush();
      run = [];
    }
  }
  if (run.length > 0) flush();
  if (out.length > 0) out[out.length - 1].isNew = true;
}

/** Zeek's Substring::DoesCover: `a` spans `b` in both strings. */
function covers(a: SwSubstring, b: SwSubstring): boolean {
  for (let k = 0; k < 2; k++) {
    if (a.offsets[k] > b.offsets[k] || a.offsets[k] + a.str.length < b.offsets[k] + b.str.length) return false;
  }
  return true;
}

/** Variant 1: every alignment from a matched cell not yet visited, bottom-right first, minus covered ones. */
function collectAll(m: Matrix, rows: number, p: SwParams): SwSubstring[] {
  const found: (SwSubstring[] | null)[] = [];
  for (let i = rows - 1; i > 0; i--) {
    for (let j = m.cols - 1; j > 0; j--) {
      const cell = i * m.cols + j;
      if (!m.matched[cell] || m.visited[cell]) continue;
      let fresh: SwSubstring[] | null = [];
      collectAlignment(m, cell, p, fresh);
      // The first covering pair decides: the new alignment is dropped, or the old one it covers is.
      search: for (let k = 0; k < found.length; k++) {
        const old = found[k];
        if (old === null) continue;
        for (const o of old) {
          for (const n of fresh) {
            if (covers(o, n)) {
              fresh = null;
              break search;
            }
            if (covers(n, o)) {
              found[k] = null;
              break search;
            }
          }
        }
      }
      if (fresh !== null) found.push(fresh);
    }
  }
  const out: SwSubstring[] = [];
  for (const al of found) if (al !== null) out.push(...al);
  return out;
}

/**
 * Orders by the offset in string `k` with Zeek's comparator `a <= b`, as libstdc++'s std::sort does for a
 * range of up to 16 elements (an insertion sort): an element moves in front of equal ones, so ties come out
 * in reverse order of collection (Baseline language.smith-waterman-test: `AA (2/5)` before `AA (6/5)`).
 */
function orderByOffset(v: SwSubstring[], k: 0 | 1): void {
  const le = (a: SwSubstring, b: SwSubstring): boolean => a.offsets[k] <= b.offsets[k];
  for (let i = 1; i < v.length; i++) {
    const x = v[i];
    if (le(x, v[0])) {
      for (let j = i; j > 0; j--) v[j] = v[j - 1];
      v[0] = x;
      continue;
    }
    let j = i;
    while (le(x, v[j - 1])) {
      v[j] = v[j - 1];
      j--;
    }
    v[j] = x;
  }
}

/**
 * The common substrings of `s1` and `s2` (binary strings, one char per byte).
 *
 * ## Example
 * ```ts
 * smithWaterman('abcAAAefghij', 'lmnopAAAqrst', { minStrlen: 2, variant: 0 });
 * // [{ str: 'AAA', offsets: [3, 5], isNew: true }]
 * ```
 */
export function smithWaterman(s1: string, s2: string, p: SwParams): SwSubstring[] {
  if (s1.length < p.minStrlen || s2.length < p.minStrlen) return [];
  const rows = s1.length + 1;
  const cols = s2.length + 1;
  const n = rows * cols;
  const m: Matrix = { cols, score: new Int32Array(n), matched: new Uint8Array(n), visited: new Uint8Array(n), prev: new Int32Array(n).fill(-1), byte: new Uint8Array(n) };
  // Scores start at 1 so that only real matches count as a maximum.
  let best = 1;
  let bestCell = -1;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cur = i * cols + j;
      const tl = cur - cols - 1;
      const l = cur - 1;
      const t = cur - cols;
      let diag = m.score[tl];
      if (s1.charCodeAt(i - 1) === s2.charCodeAt(j - 1)) {
        // A match, worth far more when it continues a run: longer runs win.
        diag += m.matched[tl] ? 100 : 1;
        m.byte[cur] = s1.charCodeAt(i - 1);
        m.matched[cur] = 1;
      }
      const score = m.matched[cur] ? diag : Math.max(m.score[t], m.score[l], diag);
      m.score[cur] = score;
      // Zeek's choice of predecessor, including its preference for the left cell on a diagonal-only tie.
      if (m.matched[cur]) m.prev[cur] = tl;
      else if (score === m.score[t]) m.prev[cur] = t;
      else m.prev[cur] = l;
      if (score > best) {
        best = score;
        bestCell = cur;
      }
    }
  }
  let out: SwSubstring[];
  if (p.variant === 1) out = collectAll(m, rows, p);
  else {
    out = [];
    if (bestCell !== -1) collectAlignment(m, bestCell, p, out);
  }
  orderByOffset(out, rows > cols ? 0 : 1);
  return out;
}
