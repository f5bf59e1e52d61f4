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

  test('a filter that passes everything installs no predicate (the packet path stays free)', () => {
    let installed: PacketFilter | undefined;
    let calls = 0;
    const pcap = pcapFilterControl((f) => {
      installed = f;
      calls++;
    });
    expect(pcap.precompile(1, 'port 80') && pcap.install(1)).toBe(true);
    expect(installed?.expression).toBe('port 80');
    expect(pcap.precompile(2, 'ip or not ip') && pcap.install(2)).toBe(true);
    expect(installed).toBeUndefined();
    expect(calls).toBe(2);
  });

  test('get_filter_state(_string): fatal with the reason after a failed precompile, which also un-installs the id', () => {
    const pcap = pcapFilterControl(() => {});
    expect(pcap.state(1)).toBe('ok');
    expect(pcap.stateString(1)).toBe('');
    expect(pcap.precompile(1, 'port 80')).toBe(true);
    expect(pcap.precompile(1, 'tcp prt 80')).toBe(false);
    expect(pcap.state(1)).toBe('fatal');
    expect(pcap.stateString(1)).toBe("syntax error at 'prt' (column 5)");
    expect(pcap.install(1)).toBe(false);
    expect(pcap.precompile(1, 'port 81')).toBe(true);
    expect(pcap.state(1)).toBe('ok');
  });
});
