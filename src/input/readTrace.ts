// The class's own module: the package index loads every ix async creation function at start-up.
import { AsyncIterableX } from 'ix/asynciterable/asynciterablex';
import { openTrace } from './openTrace';
import type { RecordBatch, TraceReader } from './TraceReader';
import type { TraceOptions } from './TraceOptions';
import type { TraceRecord } from './TraceRecord';

/**
 * Reads a trace (pcap, pcapng, gzip, `-` for stdin) as a pull-based ix
 * `AsyncIterable` of records: nothing is read ahead of the consumer, so a huge
 * file never floods memory. Every record is its own object over a chunk buffer
 * that is never overwritten, so a consumer may keep records (and their `data`)
 * as long as it likes; use `openTrace` when speed matters more.
 *
 * The file is opened on the first `next()`, so a `TraceError` surfaces there.
 * Each iteration reads the file anew.
 *
 * ## Example
 * ```ts
 * import { filter, count } from 'ix/asynciterable/operators';
 * const big = await readTrace('traces/http-local.pcap').pipe(filter((r) => r.len > 1000), count());
 * ```
 */
export function readTrace(path: string, options: TraceOptions = {}): AsyncIterableX<TraceRecord> {
  return new TraceIterable(path, { ...options, reuse: false });
}

class TraceIterable extends AsyncIterableX<TraceRecord> {
  constructor(
    private readonly path: string,
    private readonly options: TraceOptions,
  ) {
    super();
  }

  [Symbol.asyncIterator](): AsyncIterator<TraceRecord> {
    return new TraceIterator(this.path, this.options);
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Hand-written rather than an async generator: records already decoded are
 * returned as resolved promises without a generator's extra state machine.
 */
class TraceIterator implements AsyncIterator<TraceRecord> {
  private reader: TraceReader | undefined;
  private batch: RecordBatch | null = null;
  private i = 0;
  private finished = false;

  constructor(
    private readonly path: string,
    private readonly options: TraceOptions,
  ) {}

  next(): Promise<IteratorResult<TraceRecord>> {
    const b = this.batch;
    if (b !== null && this.i < b.count) return Promise.resolve({ done: false, value: b.records[this.i++] });
    return this.pull();
  }

  private async pull(): Promise<IteratorResult<TraceRecord>> {
    if (this.finished) return DONE;
    if (this.reader === undefined) this.reader = await openTrace(this.path, this.options);
    const b = await this.reader.nextChunk();
    this.batch = b;
    if (b === null) {
      this.finished = true;
      return DONE;
    }
    // A batch is never empty: nextChunk keeps reading until it has a record or the end.
    this.i = 1;
    return { done: false, value: b.records[0] };
  }

  async return(): Promise<IteratorResult<TraceRecord>> {
    this.finished = true;
    this.batch = null;
    if (this.reader !== undefined) await this.reader.close();
    return DONE;
  }
}
