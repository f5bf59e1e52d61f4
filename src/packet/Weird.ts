/**
 * A weird: Zeek's report of unusual or malformed traffic that the engine
 * tolerated (engine.md 1.13). Allocated only when one happens.
 */
export interface Weird {
  kind: 'net' | 'flow' | 'conn';
  name: string;
  /** Extra information, "" when absent. */
  addl: string;
  /** Reporting analyzer (`IP`, `TCP`, `ETHERNET`, ...) or "". */
  source: string;
  /** Network time of the packet that caused it. */
  ts: number;
  /** Flow weirds: the IP addresses, in text form. */
  src?: string;
  dst?: string;
}

export type WeirdSink = (w: Weird) => void;
