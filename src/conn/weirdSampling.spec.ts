import { defaultWeirdSampling, permitInConnection, permitScoped, type SampleCount } from './weirdSampling';

function run(permit: (now: number) => boolean, times: number[]): number {
  return times.filter((t) => permit(t)).length;
}

describe('weird sampling', () => {
  it("reports the first `threshold`, then every `rate`-th above it (Zeek's defaults: 25, then 1025, 2025, …)", () => {
    const s = defaultWeirdSampling();
    const counts = new Map<string, SampleCount>();
    const allowed: number[] = [];
    for (let i = 1; i <= 2100; i++) if (permitScoped(counts, 'x', 0, s)) allowed.push(i);
    expect(allowed.length).toBe(27);
    expect(allowed.slice(24)).toEqual([25, 1025, 2025]);
  });

  it('core.reporter-weird-sampling: 10 + 2, then 3, then (after the duration) 10 + 2 again', () => {
    const s = { ...defaultWeirdSampling(), threshold: 10, rate: 10, duration: 5 };
    const scoped = new Map<string, SampleCount>();
    const conn = new Map<string, SampleCount>();
    const at = (t: number) => new Array<number>(30).fill(t);
    for (const [permit, name] of [
      [(t: number) => permitScoped(scoped, 'n', t, s), 'scoped'],
      [(t: number) => permitInConnection(conn, 'n', t, s), 'conn'],
    ] as const) {
      expect([name, run(permit, at(100)), run(permit, at(102)), run(permit, at(107))]).toEqual([name, 12, 3, 12]);
    }
  });

  it('rate 0 reports nothing above the threshold', () => {
    const s = { ...defaultWeirdSampling(), threshold: 2, rate: 0 };
    const counts = new Map<string, SampleCount>();
    expect(run((t) => permitScoped(counts, 'x', t, s), [0, 0, 0, 0, 0])).toBe(2);
  });
});
