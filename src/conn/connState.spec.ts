import { connStateOf } from './connState';
import { createSet } from '../runtime/table';
import type { Connection } from './records';

function conn(proto: number, os: number, rs: number, history = '', osize = 0, rsize = 0): Connection {
  const ep = (state: number, size: number) => ({ size, state, num_pkts: 0, num_bytes_ip: 0, flow_label: 0 });
  return {
    id: { orig_h: '1.1.1.1', orig_p: 0, resp_h: '2.2.2.2', resp_p: 0, proto, ctx: {} },
    orig: ep(os, osize),
    resp: ep(rs, rsize),
    start_time: 0,
    duration: 0,
    service: createSet(),
    history,
    uid: 'C',
  };
}

// States: 0 INACTIVE 1 SYN_SENT 2 SYN_ACK_SENT 3 PARTIAL 4 ESTABLISHED 5 CLOSED 6 RESET
describe('conn_state (engine.md 2.10)', () => {
  it.each([
    [1, 6, '', 0, 0, 'REJ'],
    [6, 6, '', 0, 0, 'REJ'],
    [6, 6, '', 5, 0, 'RSTR'],
    [0, 6, '', 0, 0, 'RSTRH'],
    [3, 6, '', 0, 0, 'RSTRH'],
    [4, 6, '', 0, 0, 'RSTR'],
    [6, 0, 'SR', 0, 0, 'RSTOS0'],
    [6, 0, '^SdR', 0, 0, 'RSTOS0'],
    [6, 0, 'SAR', 0, 0, 'OTH'],
    [6, 3, 'DR', 0, 0, 'OTH'],
    [6, 4, '', 0, 0, 'RSTO'],
    [5, 5, '', 0, 0, 'SF'],
    [5, 0, '', 0, 0, 'SH'],
    [5, 4, '', 0, 0, 'S2'],
    [0, 5, '', 0, 0, 'SHR'],
    [4, 5, '', 0, 0, 'S3'],
    [1, 0, '', 0, 0, 'S0'],
    [4, 4, '', 0, 0, 'S1'],
    [3, 3, '', 0, 0, 'OTH'],
  ])('TCP %i/%i %s -> %s', (os, rs, h, osz, rsz, want) => {
    expect(connStateOf(conn(6, os, rs, h, osz, rsz))).toBe(want);
  });

  it('UDP: SF, S0, SHR, OTH', () => {
    expect([connStateOf(conn(17, 1, 1)), connStateOf(conn(17, 1, 0)), connStateOf(conn(17, 0, 1)), connStateOf(conn(17, 0, 0))])
      .toEqual(['SF', 'S0', 'SHR', 'OTH']);
  });

  it('ICMP and others: OTH', () => {
    expect([connStateOf(conn(1, 1, 1)), connStateOf(conn(253, 1, 0))]).toEqual(['OTH', 'OTH']);
  });
});
