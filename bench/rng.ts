/**
 * A deterministic xorshift32 generator in [0, 1), so every bench run sees the same input.
 *
 * ## Example
 * ```ts
 * const next = rng(42); next(); // same sequence on every run
 * ```
 */
export function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}
