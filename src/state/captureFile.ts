/**
 * Files written while a run captures what it does (engine.md §6.6/§6.7): `capture_events()` and
 * `capture_state_updates()`. JSON Lines like the state file: a header naming the format, then one
 * object per captured item, appended as it happens (so there is no end line: a crash leaves every
 * complete line readable).
 */
import type { Json } from './valueJson';

/** The `format` of an events file (`capture_events`). */
export const EVENTS_FORMAT = 'rxbro-events';
/** The `format` of a state-updates file (`capture_state_updates`). */
export const STATE_UPDATES_FORMAT = 'rxbro-state-updates';
/** Version of both capture formats. */
export const CAPTURE_VERSION = 1;

/** One dispatched event: network time, canonical name, arguments in the typed JSON encoding. */
export interface CapturedEvent {
  ts: number;
  event: string;
  args: Json[];
}

/** One operation on a `&synchronized` global (engine.md §6.7's vocabulary). */
export interface CapturedUpdate {
  ts: number;
  /** `assign` (`id = v`), `incr` (`id += n`), `add`, `del`, `expire`, `read`, `print`. */
  op: 'assign' | 'incr' | 'add' | 'del' | 'expire' | 'read' | 'print';
  id: string;
  /** Index values of a table/set element, typed by the global's index types. */
  index?: Json[];
  /** The new value (assign, incr amount, print). */
  value?: Json;
}

/**
 * The header line of a capture file.
 *
 * ## Example
 * ```ts
 * captureHeader(EVENTS_FORMAT, 1795667150); // '{"format":"rxbro-events","version":1,"date":1795667150}\n'
 * ```
 */
export function captureHeader(format: string, date: number): string {
  return JSON.stringify({ format, version: CAPTURE_VERSION, date: Math.floor(date) }) + '\n';
}
