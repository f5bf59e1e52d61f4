import type { PacketFilter } from '../filter';
import { pcapFilterControl } from './pcapFilterControl';

describe('pcapFilterControl', () => {
  test('precompile, then install hands the filter over; unknown ids and bad filters fail', () => {
    let installed: PacketFilter | undefined;
    const pcap = pcapFilterControl((f) => {
      installed = f;
    });
    expect(pcap.error()).toBe('no error');
    expect(pcap.install(1)).toBe(false);
    expect(pcap.precompile(1, 'port 80')).toBe(true);
    expect(installed).toBeUndefined(); // precompiling does not install
    expect(pcap.install(1)).toBe(true);
    expect(installed?.expression).toBe('port 80');
    expect(pcap.precompile(2, 'kaputt, too')).toBe(false);
    expect(pcap.error()).toBe('cannot compile BPF filter "kaputt, too"');
    expect(pcap.install(2)).toBe(false);
    expect(installed?.expression).toBe('port 80');
  });
});
