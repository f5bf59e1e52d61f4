/**
 * A trace that cannot be read at all: not a trace file, an unsupported format
 * version, a header cut short. The message is one line, `<path>: <why>`, so the
 * CLI can print it as is and exit 1.
 *
 * ## Example
 * ```ts
 * try { await openTrace('notes.txt'); }
 * catch (e) { if (e instanceof TraceError) console.error(e.message); }
 * // notes.txt: not a pcap or pcapng file (magic 0x48656c6c)
 * ```
 */
export class TraceError extends Error {
  override readonly name = 'TraceError';

  constructor(
    /** The trace as named in messages: the path as given, `stdin` for `-`. */
    readonly path: string,
    /** Why, without the path. */
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}
