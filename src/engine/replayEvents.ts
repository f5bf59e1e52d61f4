/**
 * `-R FILE` (engine.md §6.6): replays captured events into the scripts instead of reading
 * packets. Each event is dispatched in file order with network time set to its `ts`, through the
 * same per-packet steps a trace run takes (timers, queue, two drains), so `schedule`, table expiry
 * and `network_time()` behave as they did when the events were captured.
 */
import { readFileSync } from 'node:fs';
import { canonicalEventName } from '../events';
import { CAPTURE_VERSION, EVENTS_FORMAT, StateFileError, valueFromJson, ValueJsonError } from '../state';
import type { Type } from '../runtime/types';

/** One event ready to be raised. */
export interface ReplayedEvent {
  ts: number;
  name: string;
  args: unknown[];
}

/**
 * Events the run loop raises itself in every run (start-up and termination, language.md §5.3/§5.7):
 * a replay does not raise them a second time. `net_done` is not among them: a replaying run takes
 * it from the file, in its captured place (before the final `connection_state_remove`s), and does
 * not raise its own.
 */
export const ENGINE_RAISED_EVENTS: ReadonlySet<string> = new Set(['zeek_init', 'zeek_done', 'zeek_script_loaded', 'network_time_init']);

/**
 * Reads and decodes a captured-events file completely (so a bad file stops the run before any
 * event is replayed). Events the scripts do not declare cannot be typed: each such name is
 * skipped with one warning.
 *
 * ## Example
 * ```ts
 * const evs = readReplayFile('events.bst', (n) => host.globalType(n), warn);
 * ```
 */
export function readReplayFile(
  path: string,
  paramTypes: (name: string) => readonly Type[] | undefined,
  warn: (m: string) => void,
): ReplayedEvent[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new StateFileError(path, 0, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const parse = (i: number): Record<string, unknown> => {
    try {
      const o = JSON.parse(lines[i]) as unknown;
      if (o && typeof o === 'object' && !Array.isArray(o)) return o as Record<string, unknown>;
    } catch {
      // reported below
    }
    throw new StateFileError(path, i + 1, i === 0 ? 'not an rxbro events file' : 'not a JSON line (file cut short?)');
  };
  if (lines.length === 0) throw new StateFileError(path, 1, 'empty file (no header line)');
  const head = parse(0);
  if (head.format !== EVENTS_FORMAT) throw new StateFileError(path, 1, `not an rxbro events file (format ${JSON.stringify(head.format)})`);
  if (head.version !== CAPTURE_VERSION) throw new StateFileError(path, 1, `unsupported version ${JSON.stringify(head.version)}`);
  const out: ReplayedEvent[] = [];
  const unknown = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const o = parse(i);
    if (typeof o.ts !== 'number' || typeof o.event !== 'string' || !Array.isArray(o.args)) {
      throw new StateFileError(path, i + 1, 'record without ts, event or args');
    }
    const name = canonicalEventName(o.event);
    if (ENGINE_RAISED_EVENTS.has(name)) continue;
    const types = paramTypes(o.event);
    if (!types || types.length !== o.args.length) {
      if (!unknown.has(o.event)) warn(`${path}: event ${o.event} is not declared with ${o.args.length} parameters by these scripts; not replayed`);
      unknown.add(o.event);
      continue;
    }
    try {
      out.push({ ts: o.ts, name, args: o.args.map((a, k) => valueFromJson(a, types[k])) });
    } catch (e) {
      if (e instanceof ValueJsonError) throw new StateFileError(path, i + 1, `${o.event}: ${e.message}`);
      throw e;
    }
  }
  return out;
}
