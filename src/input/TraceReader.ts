import type { TraceRecord } from './TraceRecord';

/** The records decoded from one chunk of the file: `records[0, count)`. */
export interface RecordBatch {
  /** Entries at index `count` and beyond are stale; do not read them. */
  readonly records: readonly TraceRecord[];
  readonly count: number;
}

/** An open trace, read chunk by chunk (see `openTrace`). */
export interface TraceReader {
  /** The path as given (`-` for stdin). */
  readonly path: string;
  readonly format: 'pcap' | 'pcapng';
  /**
   * pcap: the file's link type. pcapng: the first interface's link type if it is
   * described in the first chunk, else -1; records carry their own `linkType`.
   */
  readonly linkType: number;
  /** pcap: the global header's snaplen. pcapng: the first interface's, or 0. */
  readonly snaplen: number;
  /** pcap: nanosecond magic. Always false for pcapng. */
  readonly nanosecond: boolean;
  /** True when inflated from gzip. */
  readonly gzip: boolean;
  /** Size on disk (compressed size for gzip), -1 for stdin. */
  readonly fileSize: number;
  /** Decompressed trace bytes read so far (progress against `fileSize` for plain files). */
  readonly bytesRead: number;
  /** Sum of pcapng `epb_dropcount` options seen so far. */
  readonly dropCount: number;
  /**
   * Decodes the next chunk. Resolves `null` once the trace is exhausted (after
   * the one warning about a truncated tail, if any); the file is then closed.
   * With `reuse` (the default) the previous batch's records are invalid after this call.
   */
  nextChunk(): Promise<RecordBatch | null>;
  /** Closes the file early. Safe to call at any time, and twice. */
  close(): Promise<void>;
}
