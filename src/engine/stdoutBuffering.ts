/**
 * Standard output buffered the way C stdio buffers it, so that output interleaves with stderr as Zeek's
 * does: when stdout is not a terminal, `print` output collects in 4096-byte blocks and only whole blocks
 * (then the rest, at exit) are written, while stderr (errors, warnings) is unbuffered. A btest that
 * captures both into one file (`zeek -b x.zeek >out 2>&1`, e.g. bifs.strptime) therefore sees the
 * warnings before the prints. On a terminal output stays immediate (stdio would be line-buffered).
 */

/** glibc's buffer size for a regular file or pipe (st_blksize). */
export const STDIO_BLOCK_SIZE = 4096;

type Write = (chunk: unknown, encoding?: unknown, cb?: unknown) => boolean;

/**
 * Makes `stream.write` buffer like a fully buffered stdio stream, flushing whole blocks as they fill and
 * the remainder when the process exits (`process.exit()` included). A no-op on a TTY or when already
 * installed. Returns a function that flushes now.
 *
 * ## Example
 * ```ts
 * const flush = bufferLikeStdio(process.stdout);
 * process.stdout.write('a');   // held
 * process.stderr.write('b\n'); // written now
 * flush();                     // 'a' written
 * ```
 */
export function bufferLikeStdio(stream: NodeJS.WriteStream, blockSize = STDIO_BLOCK_SIZE): () => void {
  const marked = stream as NodeJS.WriteStream & { rxbroFlush?: () => void };
  if (marked.rxbroFlush) return marked.rxbroFlush;
  if (stream.isTTY) return () => undefined;
  const original = stream.write.bind(stream) as Write;
  const held: Buffer[] = [];
  let heldBytes = 0;
  const writeOut = (upTo: number): void => {
    if (upTo <= 0) return;
    const all = held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
    held.length = 0;
    original(all.subarray(0, upTo));
    const rest = all.subarray(upTo);
    heldBytes = rest.length;
    if (heldBytes > 0) held.push(rest);
  };
  const flush = (): void => writeOut(heldBytes);
  const write: Write = (chunk, encoding, cb) => {
    const done = typeof encoding === 'function' ? encoding : cb;
    const buf = Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    if (buf.length > 0) {
      held.push(buf);
      heldBytes += buf.length;
      if (heldBytes >= blockSize) writeOut(heldBytes - (heldBytes % blockSize));
    }
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  };
  stream.write = write as typeof stream.write;
  marked.rxbroFlush = flush;
  process.on('exit', flush);
  // Interrupted (Ctrl-C on `-r -`), Zeek flushes what it printed; Node's default would drop the buffer.
  // Flush, then let the signal's default action (or another handler) take over.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = (): void => {
      flush();
      process.removeListener(sig, onSignal);
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    };
    process.on(sig, onSignal);
  }
  return flush;
}
