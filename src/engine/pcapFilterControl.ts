import { compileFilter, FilterError, type PacketFilter } from '../filter';
import type { PcapFilterControl } from '../runtime/context';

/**
 * The engine's side of `Pcap::precompile_pcap_filter` / `Pcap::install_pcap_filter` /
 * `Pcap::error`: filters compiled under a `PcapFilterID`, and `install` hands one to the read loop
 * (through `setFilter`), to apply from the next packet on. A filter that passes everything (the
 * PacketFilter framework's default `ip or not ip`) is handed over as `undefined`: no per-packet test.
 *
 * ## Example
 * ```ts
 * let filter: PacketFilter | undefined;
 * ctx.pcap = pcapFilterControl((f) => { filter = f; });
 * ctx.pcap.precompile(1, 'port 80') && ctx.pcap.install(1); // filter.expression === 'port 80'
 * ```
 */
export function pcapFilterControl(setFilter: (f: PacketFilter | undefined) => void): PcapFilterControl {
  const compiled = new Map<number, PacketFilter>();
  // Why the last precompile under an id failed (Pcap::get_filter_state_string); absent once one succeeds.
  const failures = new Map<number, string>();
  let lastError = 'no error';
  return {
    precompile(id, expression) {
      try {
        compiled.set(id, compileFilter(expression));
        failures.delete(id);
        return true;
      } catch (e) {
        if (!(e instanceof FilterError)) throw e;
        // Zeek's wording (core.pcap.filter-error).
        lastError = `cannot compile BPF filter "${expression}"`;
        // The reason without the "Bad pcap filter '<expr>': " head, which the framework adds itself.
        failures.set(id, e.message.slice(`Bad pcap filter '${expression}': `.length));
        // Installing the id now fails (with that reason) rather than bringing back its previous filter.
        compiled.delete(id);
        return false;
      }
    },
    install(id) {
      const f = compiled.get(id);
      if (!f) return false;
      setFilter(f.acceptsAll ? undefined : f);
      return true;
    },
    error: () => lastError,
    state: (id) => (failures.has(id) ? 'fatal' : 'ok'),
    stateString: (id) => failures.get(id) ?? '',
  };
}
