import { compileFilter, FilterError, type PacketFilter } from '../filter';
import type { PcapFilterControl } from '../runtime/context';

/**
 * The engine's side of `Pcap::precompile_pcap_filter` / `Pcap::install_pcap_filter` /
 * `Pcap::error`: filters compiled under a `PcapFilterID`, and `install` hands one to the read loop
 * (through `setFilter`), to apply from the next packet on.
 *
 * ## Example
 * ```ts
 * let filter: PacketFilter | undefined;
 * ctx.pcap = pcapFilterControl((f) => { filter = f; });
 * ctx.pcap.precompile(1, 'port 80') && ctx.pcap.install(1); // filter.expression === 'port 80'
 * ```
 */
export function pcapFilterControl(setFilter: (f: PacketFilter) => void): PcapFilterControl {
  const compiled = new Map<number, PacketFilter>();
  let lastError = 'no error';
  return {
    precompile(id, expression) {
      try {
        compiled.set(id, compileFilter(expression));
        return true;
      } catch (e) {
        if (!(e instanceof FilterError)) throw e;
        // Zeek's wording (core.pcap.filter-error).
        lastError = `cannot compile BPF filter "${expression}"`;
        return false;
      }
    },
    install(id) {
      const f = compiled.get(id);
      if (!f) return false;
      setFilter(f);
      return true;
    },
    error: () => lastError,
  };
}
