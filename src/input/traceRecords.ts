import { Observable } from 'rxjs';
import { openTrace } from './openTrace';
import type { TraceOptions } from './TraceOptions';
import type { TraceReader } from './TraceReader';
import type { TraceRecord } from './TraceRecord';

/**
 * The push side: a cold Observable of a trace's records, the one place where
 * pull-based reading turns into an observable. Each subscription reads the file;
 * the records of one chunk are emitted synchronously, then the next chunk is
 * awaited, so unsubscribing stops reading and closes the file.
 *
 * By default every record is a fresh object over a buffer that is never
 * overwritten (safe with `bufferCount`, `toArray`, ...). Pass `reuse: true` for
 * the fast path: a record and its `data` are then valid only during the
 * `next` call that delivers it.
 *
 * Errors: a `TraceError` (not a trace, cannot open) is delivered as the
 * observable's error; a truncated tail completes normally after one warning.
 *
 * ## Example
 * ```ts
 * traceRecords$('traces/udp-echo.pcap')
 *   .pipe(map((r) => r.len), reduce((a, b) => a + b, 0))
 *   .subscribe((bytes) => console.log(bytes));
 * ```
 */
export function traceRecords$(path: string, options: TraceOptions = {}): Observable<TraceRecord> {
  const opts: TraceOptions = { ...options, reuse: options.reuse ?? false };
  return new Observable<TraceRecord>((subscriber) => {
    let reader: TraceReader | undefined;
    const run = async (): Promise<void> => {
      reader = await openTrace(path, opts);
      while (!subscriber.closed) {
        const b = await reader.nextChunk();
        if (b === null) {
          subscriber.complete();
          return;
        }
        const records = b.records;
        for (let i = 0; i < b.count && !subscriber.closed; i++) subscriber.next(records[i]);
      }
      await reader.close();
    };
    run().catch((e: unknown) => subscriber.error(e));
    return () => {
      // Unsubscribing between chunks: close now; mid-open: run() sees `closed` and closes.
      if (reader !== undefined) void reader.close();
    };
  });
}
