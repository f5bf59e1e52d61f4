/**
 * `capture_events(path)` (engine.md §6.6, rxbro's JSON Lines form): from the call on, every
 * dispatched event — name, network time, arguments typed by the event's declaration — is
 * appended to `path`. Installed only when a script calls it, so a run without capture pays
 * nothing per event.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { EventEngine } from '../events';
import { captureHeader, valueToJson, type Json } from '../state';
import type { Type } from '../runtime/types';

/** Bytes buffered before a write: small enough that a crash loses little, large enough to be cheap. */
const FLUSH_AT = 64 * 1024;

/** An open capture file. */
export interface CaptureFile {
  /** Appends one line (a JSON text without the newline). */
  line(json: string): void;
  /** Writes what is buffered and closes the file. */
  close(): void;
}

/**
 * Opens `path` for a capture (truncating it) and writes the header line.
 *
 * ## Example
 * ```ts
 * const f = openCaptureFile('events.bst', EVENTS_FORMAT);
 * f.line('{"ts":1,"event":"e","args":[]}');
 * f.close();
 * ```
 */
export function openCaptureFile(path: string, format: string): CaptureFile {
  const fd = openSync(path, 'w');
  let buf = captureHeader(format, Date.now() / 1000);
  let closed = false;
  const flush = () => {
    const bytes = Buffer.from(buf, 'utf8');
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
    buf = '';
  };
  return {
    line(json) {
      if (closed) return;
      buf += json + '\n';
      if (buf.length >= FLUSH_AT) flush();
    },
    close() {
      if (closed) return;
      closed = true;
      flush();
      closeSync(fd);
    },
  };
}

/** JSON of an argument the scripts declare no type for: plain values as they are, others as null. */
function untypedJson(v: unknown): Json {
  if (v === undefined) return null;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return null;
}

/**
 * Starts capturing `events`' dispatches into `file`; returns the function that stops it.
 * `paramTypes(name)` gives an event's declared parameter types.
 *
 * ## Example
 * ```ts
 * const stop = captureEvents(events, openCaptureFile('events.bst', EVENTS_FORMAT), (n) => host.globalType(n));
 * ```
 */
export function captureEvents(
  events: Pick<EventEngine, 'observeDispatch'>,
  file: CaptureFile,
  paramTypes: (name: string) => readonly Type[] | undefined,
): () => void {
  const cache = new Map<string, readonly Type[] | undefined>();
  const stop = events.observeDispatch((name, args, time) => {
    let types = cache.get(name);
    if (!cache.has(name)) cache.set(name, (types = paramTypes(name)));
    const json: Json[] = new Array(args.length);
    for (let i = 0; i < args.length; i++) {
      const t = types?.[i];
      try {
        json[i] = t ? valueToJson(args[i], t) : untypedJson(args[i]);
      } catch {
        json[i] = null; // a function or file argument: not storable
      }
    }
    file.line(JSON.stringify({ ts: time, event: name, args: json }));
  });
  return () => {
    stop();
    file.close();
  };
}

/**
 * Starts capturing writes to `&synchronized` globals into `file` (engine.md §6.7): installs
 * `ctx.stateUpdate`, which the compiled writes call; returns the function that stops it.
 * `globalType(id)` types the index and value.
 *
 * ## Example
 * ```ts
 * const stop = captureStateUpdates(ctx, openCaptureFile('state-updates.bst', STATE_UPDATES_FORMAT), (n) => host.globalType(n));
 * ```
 */
export function captureStateUpdates(
  ctx: { stateUpdate?: (op: 'assign' | 'add' | 'del', id: string, index: readonly unknown[] | undefined, value: unknown) => void; scheduler: { networkTime: number } },
  file: CaptureFile,
  globalType: (id: string) => Type | undefined,
): () => void {
  ctx.stateUpdate = (op, id, index, value) => {
    const t = globalType(id);
    const rec: { [k: string]: Json } = { ts: ctx.scheduler.networkTime, op, id };
    try {
      if (index !== undefined) rec.index = index.map((x, i) => (t?.kind === 'table' ? valueToJson(x, t.index[i]) : untypedJson(x)));
      const vt = index !== undefined && t?.kind === 'table' ? t.yield : t;
      if (op === 'assign') rec.value = vt ? valueToJson(value, vt) : untypedJson(value);
    } catch {
      rec.value = null; // not storable (a function value)
    }
    file.line(JSON.stringify(rec));
  };
  return () => {
    ctx.stateUpdate = undefined;
    file.close();
  };
}
