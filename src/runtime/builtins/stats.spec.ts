import { createTestContext } from '../context';
import { STATS_BUILTINS } from './stats';

const engine = {
  connStats: () => ({ num_tcp_conns: 2, max_tcp_conns: 3 }),
  packetSource: () => undefined,
  connectionExists: () => false,
  lookupConnection: () => undefined,
  stats: () => ({
    pkts_recvd: 10, bytes_recvd: 1000, events_queued: 7, events_dispatched: 6,
    timers_current: 4, timers_max: 9, timers_cumulative: 20, reassem_tcp: 50, reassem_frag: 5,
  }),
};
const ctx = { ...createTestContext(), engine } as never;
const call = (name: string) => STATS_BUILTINS[name].impl(ctx, [], []) as Record<string, unknown>;

describe('stats built-ins', () => {
  test("Zeek's records from the engine's counters", () => {
    expect(call('get_net_stats')).toEqual({ pkts_recvd: 10, pkts_dropped: 0, pkts_link: 10, bytes_recvd: 1000 });
    expect(call('get_event_stats')).toEqual({ queued: 7, dispatched: 6 });
    expect(call('get_timer_stats')).toEqual({ current: 4, max: 9, cumulative: 20 });
    expect(call('get_reassembler_stats')).toEqual({ file_size: 0, frag_size: 5, tcp_size: 50, unknown_size: 0 });
  });

  test("old Bro's resource_usage: process figures plus the counters", () => {
    const r = call('resource_usage');
    expect(r).toMatchObject({ num_packets: 10, num_events_queued: 7, num_events_dispatched: 6, num_TCP: 2, max_TCP: 3, max_timers: 9 });
    expect(r.mem as number).toBeGreaterThan(0);
    expect(call('get_proc_stats').user_time as number).toBeGreaterThan(0);
  });

  test('without an engine every counter is 0', () => {
    expect(STATS_BUILTINS.get_net_stats.impl(createTestContext(), [], [])).toEqual({ pkts_recvd: 0, pkts_dropped: 0, pkts_link: 0, bytes_recvd: 0 });
  });
});
