import { TraceRecord } from '../../src/input/TraceRecord';
import { addrToString, createDecoder, Packet, Weird } from '../../src/packet';
import { DecoderOptions } from '../../src/packet/createDecoder';

export interface Outcome {
  /** Snapshot of the packet (a copy: the decoder reuses its object), or null. */
  pkts: (Packet | null)[];
  weirds: Weird[];
  unknown: string[];
}

/** Decodes records with a fresh decoder and records everything it reports. */
export function run(records: TraceRecord[], opts: Partial<DecoderOptions> = {}): Outcome {
  const weirds: Weird[] = [];
  const unknown: string[] = [];
  const dec = createDecoder({
    ignoreChecksums: false,
    onWeird: (w) => weirds.push(w),
    onUnknownProtocol: (a, p) => unknown.push(`${a} 0x${p.toString(16)}`),
    ...opts,
  });
  const pkts = records.map((r) => {
    const p = dec.decode(r);
    return p === null ? null : { ...p };
  });
  return { pkts, weirds, unknown };
}

/** One record: the packet snapshot (or null) and its reports. */
export function one(r: TraceRecord, opts: Partial<DecoderOptions> = {}): { pkt: Packet | null; weirds: Weird[]; unknown: string[] } {
  const o = run([r], opts);
  return { pkt: o.pkts[0], weirds: o.weirds, unknown: o.unknown };
}

/** "name/kind/source" for compact weird assertions; flow weirds add " src>dst". */
export function w(x: Weird): string {
  return `${x.name}/${x.kind}/${x.source}${x.kind === 'flow' ? ` ${x.src}>${x.dst}` : ''}${x.addl ? ` (${x.addl})` : ''}`;
}

export function src(p: Packet): string {
  return addrToString(p.addrBuf, p.srcOff, p.ipVersion === 4 ? 4 : 16);
}

export function dst(p: Packet): string {
  return addrToString(p.addrBuf, p.dstOff, p.ipVersion === 4 ? 4 : 16);
}
