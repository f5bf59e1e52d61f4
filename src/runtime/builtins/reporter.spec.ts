import { createTestContext, type ScriptReportKind, type WeirdSamplingSettings, type ScriptWeird } from '../context';
import { createSet, setAdd } from '../table';
import { T } from '../types';
import { REPORTER_MESSAGE_BUILTINS, REPORTER_WEIRD_BUILTINS } from './reporter';

describe('Reporter::* built-ins', () => {
  it('hand the message to the context reporter, or to its error/warning channels without one', () => {
    const ctx = createTestContext();
    expect(REPORTER_MESSAGE_BUILTINS['Reporter::warning'].impl(ctx, ['w'], [T.string])).toBe(true);
    REPORTER_MESSAGE_BUILTINS['Reporter::error'].impl(ctx, ['e'], [T.string]);
    expect([ctx.warnings, ctx.errors]).toEqual([['w'], ['e']]);
    const seen: [ScriptReportKind, string][] = [];
    const withReporter = { ...createTestContext(), report: (k: ScriptReportKind, m: string) => void seen.push([k, m]) };
    REPORTER_MESSAGE_BUILTINS['Reporter::info'].impl(withReporter, ['i'], [T.string]);
    REPORTER_MESSAGE_BUILTINS['Reporter::fatal'].impl(withReporter, ['f'], [T.string]);
    expect(seen).toEqual([['info', 'i'], ['fatal', 'f']]);
  });

  it('pass weirds to the engine; F without one or without a connection id', () => {
    const got: ScriptWeird[] = [];
    const sampling: WeirdSamplingSettings = { threshold: 25, rate: 1000, duration: 600, whitelist: new Set(), globalList: new Set() };
    const ctx = {
      ...createTestContext(),
      engine: {
        connStats: () => ({}),
        packetSource: () => undefined,
        connectionExists: () => false,
        lookupConnection: () => undefined,
        scriptWeird: (w: ScriptWeird) => (got.push(w), true),
        weirdSampling: sampling,
      },
    };
    const W = REPORTER_WEIRD_BUILTINS;
    expect(W['Reporter::net_weird'].impl(ctx, ['n', '', ''], [])).toBe(true);
    expect(W['Reporter::flow_weird'].impl(ctx, ['f', '10.0.0.1', '10.0.0.2', 'x', 's'], [])).toBe(true);
    expect(W['Reporter::conn_weird'].impl(ctx, ['c', { uid: 'u' }, '', ''], [])).toBe(false);
    expect(got.map((w) => [w.kind, w.name])).toEqual([['net', 'n'], ['flow', 'f']]);
    expect(W['Reporter::net_weird'].impl(createTestContext(), ['n', '', ''], [])).toBe(false);
  });

  it('read and change the sampling settings', () => {
    const sampling: WeirdSamplingSettings = { threshold: 25, rate: 1000, duration: 600, whitelist: new Set(['a']), globalList: new Set() };
    const ctx = { ...createTestContext(), engine: { connStats: () => ({}), packetSource: () => undefined, connectionExists: () => false, lookupConnection: () => undefined, weirdSampling: sampling } };
    const W = REPORTER_WEIRD_BUILTINS;
    expect(W['Reporter::set_weird_sampling_rate'].impl(ctx, [7], [])).toBe(true);
    const g = createSet();
    setAdd(g, 'g');
    W['Reporter::set_weird_sampling_global_list'].impl(ctx, [g], []);
    expect([sampling.rate, [...sampling.globalList]]).toEqual([7, ['g']]);
    const wl = W['Reporter::get_weird_sampling_whitelist'].impl(ctx, [], []) as ReturnType<typeof createSet>;
    expect([...wl.map.keys()]).toEqual(['a']);
    expect(W['Reporter::get_weird_sampling_duration'].impl(createTestContext(), [], [])).toBe(600);
  });
});
