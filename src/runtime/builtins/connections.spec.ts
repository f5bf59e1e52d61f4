import { createTestContext, type BuiltinContext } from '../context';
import { BUILTINS } from './index';
import { CONN_STATS, NETMASK_UNKNOWN } from './connections';

describe('connection built-ins', () => {
  it('answer as a run without input when there is no engine', () => {
    const ctx = createTestContext();
    const st = BUILTINS.get_conn_stats.impl(ctx, [], []) as Record<string, number>;
    expect(Object.keys(st)).toEqual(CONN_STATS.fields.map((f) => f.name));
    expect(Object.values(st).every((v) => v === 0)).toBe(true);
    expect(BUILTINS.packet_source.impl(ctx, [], [])).toEqual({ live: false, path: '', link_type: -1, netmask: NETMASK_UNKNOWN });
    expect(BUILTINS.connection_exists.impl(ctx, [{}], [])).toBe(false);
    const dummy = BUILTINS.__lookup_connection.impl(ctx, [{}], []) as { value: Record<string, unknown> };
    expect(ctx.errors).toEqual(['connection ID not a known connection']);
    expect([dummy.value.history, dummy.value.duration, dummy.value.orig]).toEqual(['', 0, { size: 0, state: 0 }]);
    expect(BUILTINS.set_inactivity_timeout.impl(ctx, [{}, 5], [])).toBe(0);
  });

  it('ask the engine when there is one', () => {
    const seen: unknown[] = [];
    const ctx: BuiltinContext = {
      ...createTestContext(),
      engine: {
        connStats: () => ({ total_conns: 3, num_packets: 7 }),
        packetSource: () => ({ live: false, path: '/t/x.pcap', link_type: 1, netmask: NETMASK_UNKNOWN }),
        connectionExists: (id) => (seen.push(id), true),
        lookupConnection: () => ({ uid: 'C1' }),
        setInactivityTimeout: (_id, t) => (t === 5 ? 300 : undefined),
      },
    };
    expect(BUILTINS.set_inactivity_timeout.impl(ctx, [{}, 5], [])).toBe(300);
    expect(BUILTINS.set_inactivity_timeout.impl(ctx, [{}, 6], [])).toBe(0);
    const st = BUILTINS.get_conn_stats.impl(ctx, [], []) as Record<string, number>;
    expect([st.total_conns, st.num_packets, st.killed_by_inactivity]).toEqual([3, 7, 0]);
    expect((BUILTINS.packet_source.impl(ctx, [], []) as Record<string, unknown>).path).toBe('/t/x.pcap');
    expect(BUILTINS.connection_exists.impl(ctx, [{ anyType: { kind: 'any' }, value: { orig_h: 'a' } }], [])).toBe(true);
    expect(seen).toEqual([{ orig_h: 'a' }]);
    expect((BUILTINS.__lookup_connection.impl(ctx, [{}], []) as { value: unknown }).value).toEqual({ uid: 'C1' });
  });
});
