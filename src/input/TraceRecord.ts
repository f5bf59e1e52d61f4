/**
 * One packet record as read from a trace file, before any decoding.
 *
 * `data` is a view (`subarray`) into the reader's chunk buffer: no bytes are
 * copied. A consumer that keeps a record beyond the current iteration step must
 * copy `data` itself, because the reader may reuse the chunk afterwards.
 */
export interface TraceRecord {
  /** Timestamp in seconds since the epoch, truncated to microseconds (engine.md 1.2). */
  ts: number;
  /** Bytes present in the file (`data.length`). */
  caplen: number;
  /** Original length on the wire; `caplen < len` means "cut by snaplen". */
  len: number;
  /** LINKTYPE_* of the file (pcap) or of the record's interface (pcapng). */
  linkType: number;
  /** Captured bytes (a view, length `caplen`). */
  data: Buffer;
  /** Byte offset of the record header in the (decompressed) file, for messages. */
  offset: number;
}
