import type { Decoder } from '../../packet';
import { openFile, type FileValue } from '../../runtime/file';
import type { ScriptHost } from '../ScriptHost';
import { createPacketProfiler, type PacketProfileMode } from './packetProfiler';

const MODES: Record<string, PacketProfileMode> = {
  PKT_PROFILE_MODE_SECS: 'SECS',
  PKT_PROFILE_MODE_PKTS: 'PKTS',
  PKT_PROFILE_MODE_BYTES: 'BYTES',
};

/**
 * The run's decoder, wrapped to feed pkt-prof.log (engine.md 6.4) when the scripts chose a
 * `pkt_profile_mode` other than NONE and a positive `pkt_profile_freq`; otherwise the decoder
 * itself, so the packet path is untouched when packet profiling is off.
 * `pkt_profile_file` is the scripts' file (policy/pkt-profile.bro opens pkt-prof.log); unset, pkt-prof.log.
 *
 * ## Example
 * ```ts
 * const decoder = withPacketProfiling(createDecoder({ ignoreChecksums: true }), program);
 * ```
 */
export function withPacketProfiling(decoder: Decoder, host: ScriptHost | undefined): Decoder {
  const mode = MODES[String(host?.global?.('pkt_profile_mode') ?? '')];
  const freq = Number(host?.global?.('pkt_profile_freq') ?? 0);
  if (mode === undefined || !(freq > 0)) return decoder;
  let file = host?.global?.('pkt_profile_file') as FileValue | undefined;
  if (file === undefined || typeof file !== 'object') file = openFile('pkt-prof.log', false);
  const profiler = createPacketProfiler(file, mode, freq);
  const decode = decoder.decode;
  return {
    ...decoder,
    decode: (rec) => {
      profiler.profile(rec.ts, rec.caplen);
      return decode(rec);
    },
  };
}
