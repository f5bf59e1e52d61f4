/** One line of `npm run bench` output. Each layer's bench module returns these. */
export interface BenchRow {
  /** What was measured, e.g. "read only", "read + decode". */
  name: string;
  packets?: number;
  bytes?: number;
  seconds: number;
  /** Peak resident set size in bytes observed during the measurement, if tracked. */
  peakRss?: number;
  /** Free-form extra figures ("timers: 1000000 scheduled, 500000 cancelled"). */
  note?: string;
}
