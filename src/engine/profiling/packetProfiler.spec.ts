import { createFile } from './testFile';
import { createPacketProfiler, PKT_PROFILE_HEADER } from './packetProfiler';

const clock = () => {
  let n = 0;
  return { sample: () => ({ real: n, user: n / 10, sys: 0, mem: 1000 * n++ }) };
};

describe('createPacketProfiler', () => {
  test('SECS: a record when packet time passes the last record + freq; the triggering packet counts next; dt ends at the previous packet', () => {
    const f = createFile();
    const p = createPacketProfiler(f.file, 'SECS', 1.0, clock());
    for (const [ts, len] of [[10, 100], [10.5, 50], [11.0, 10], [11.2, 5], [12.5, 7]] as const) p.profile(ts, len);
    expect(f.text()).toBe(PKT_PROFILE_HEADER + '11.200000 1.000 3 160 1.000 0.100 0.000 1000\n12.500000 0.000 1 5 1.000 0.100 0.000 1000\n');
  });

  test('PKTS counts packets and BYTES counts bytes (old Bro compared packets for BYTES)', () => {
    const a = createFile();
    const pk = createPacketProfiler(a.file, 'PKTS', 2, clock());
    for (let i = 0; i < 4; i++) pk.profile(1 + i, 10);
    expect(a.text()).toBe(PKT_PROFILE_HEADER + '4.000000 2.000 3 30 1.000 0.100 0.000 1000\n');
    const b = createFile();
    const by = createPacketProfiler(b.file, 'BYTES', 150, clock());
    for (let i = 0; i < 4; i++) by.profile(1 + i, 100);
    expect(b.text()).toBe(PKT_PROFILE_HEADER + '3.000000 1.000 2 200 1.000 0.100 0.000 1000\n');
  });
});
