/**
 * The `Weird::sampling_*` options (engine.md 1.13) as the connection layer's sampling settings: read once,
 * after the scripts' redefs; the `Reporter::set_weird_sampling_*` built-ins change the object later.
 */
import { defaultWeirdSampling, type WeirdSampling } from '../conn/weirdSampling';
import type { SetValue } from '../runtime/table';

/** The options by their script names; undefined = Zeek's default (the scripts' values replace them in `attach`). */
export const WEIRD_SAMPLING_TUNABLES: Readonly<Record<string, undefined>> = {
  'Weird::sampling_threshold': undefined,
  'Weird::sampling_rate': undefined,
  'Weird::sampling_duration': undefined,
  'Weird::sampling_whitelist': undefined,
  'Weird::sampling_global_list': undefined,
};

const names = (v: unknown): Set<string> | undefined => {
  if (v === undefined || v === null || typeof v !== 'object' || !('map' in v)) return undefined;
  return new Set([...(v as SetValue).map.values()].map((e) => String(e.index[0])));
};
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined);

/**
 * The run's sampling settings from the options' final values.
 *
 * ## Example
 * ```ts
 * weirdSamplingFrom({ 'Weird::sampling_threshold': 10 }).threshold; // 10
 * ```
 */
export function weirdSamplingFrom(tunables: Record<string, unknown>): WeirdSampling {
  const s = defaultWeirdSampling();
  s.threshold = num(tunables['Weird::sampling_threshold']) ?? s.threshold;
  s.rate = num(tunables['Weird::sampling_rate']) ?? s.rate;
  s.duration = num(tunables['Weird::sampling_duration']) ?? s.duration;
  s.whitelist = names(tunables['Weird::sampling_whitelist']) ?? s.whitelist;
  s.globalList = names(tunables['Weird::sampling_global_list']) ?? s.globalList;
  return s;
}
