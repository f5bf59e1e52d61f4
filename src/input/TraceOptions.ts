import type { WeirdSink } from '../packet/Weird';

/** Options shared by `openTrace`, `readTrace` and `traceRecords$`. */
export interface TraceOptions {
  /** Receives record-level weirds (`empty_pcap_header`, `pcapng_invalid_interface_number`, ...); the record is skipped. */
  weird?: WeirdSink;
  /** Receives the one-line warning about a truncated or corrupt tail. Default: written to stderr. */
  onWarning?: (message: string) => void;
  /** Bytes read per chunk (grown automatically for a larger record). Default 1 MiB. */
  chunkSize?: number;
  /**
   * `openTrace` only. true (default): the batch's record objects and the chunk
   * buffer are reused by the next `nextChunk()`, so a record is valid until then.
   * false: every record is a new object over a buffer that is never overwritten.
   */
  reuse?: boolean;
}

/** 1 MiB: large enough that a read's fixed cost vanishes, small enough to stay in cache-friendly territory. */
export const DEFAULT_CHUNK_SIZE = 1 << 20;

/** Writes a reader warning to stderr (the default `onWarning`). */
export function warnToStderr(message: string): void {
  process.stderr.write(`${message}\n`);
}
