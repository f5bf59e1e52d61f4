/**
 * Zeek's policy/misc/dump-events (engine.md 6.10): every dispatched event on standard output,
 * before its handlers run, as
 *
 * ```
 *        <network time %17.6f> <name>
 *                   [<i>] <name: type, %-18s> = <value as fmt("%s")>
 *                   …
 * <empty line>
 * ```
 *
 * or, with `DumpEvents::use_json`, one `{"ts": …, "event": …, "args": {…}}` line per event.
 * Options (read at each event, as Zeek's `option`s may change): `DumpEvents::include_args`,
 * `DumpEvents::include` (a pattern searched in the name); `DumpEvents::dump_all_events` (also
 * events without a handler) is read once at start-up, as Zeek's script does in `zeek_init`. The
 * script stand-in declares them; the engine does the printing through a dispatch observer (or, for
 * all events, the `events$` tap), so nothing of it exists unless the script is loaded.
 */
import type { Subscription } from 'rxjs';
import type { EventEngine } from '../../events';
import { formatValue, formatValueRaw } from '../../runtime/describe';
import { valueToJson } from '../../runtime/json';
import { patternSearch, type PatternValue } from '../../runtime/pattern';
import { T, typeToString, type FuncType, type Param } from '../../runtime/types';
import type { ScriptHost } from '../ScriptHost';

/** The script path whose loading turns dumping on. */
export const DUMP_EVENTS_SCRIPT = 'policy/misc/dump-events';

/** 18 spaces: the argument lines' indentation (as wide as the `%17.6f ` time column). */
const INDENT = ' '.repeat(18);

/**
 * The text dump-events prints for one event (every line with its newline; the trailing empty
 * line only when arguments were printed).
 *
 * ## Example
 * ```ts
 * formatDumpedEvent(0, 'zeek_init', [], [], true); // '         0.000000 zeek_init\n'
 * ```
 */
export function formatDumpedEvent(ts: number, name: string, params: readonly Param[], args: readonly unknown[], includeArgs: boolean): string {
  let out = `${ts.toFixed(6).padStart(17)} ${name}\n`;
  if (!includeArgs || args.length === 0) return out;
  for (let i = 0; i < args.length; i++) {
    const p = params[i];
    const proto = p ? `${p.name}: ${typeToString(p.type)}` : `arg${i}: any`;
    const value = p ? formatValueRaw(args[i], p.type) : String(args[i]);
    // `print` of the fmt()ed line: the line is a string, escaped as print escapes strings.
    out += formatValue(`${INDENT}[${i}] ${proto.padEnd(18)} = ${value}`, T.string) + '\n';
  }
  return out + '\n';
}

/**
 * The JSON form of one event (`DumpEvents::use_json`).
 *
 * ## Example
 * ```ts
 * formatDumpedEventJson(1.5, 'e', [{ name: 'n', type: T.count }], [3], true); // '{"ts":1.5,"event":"e","args":{"n":3}}\n'
 * ```
 */
export function formatDumpedEventJson(ts: number, name: string, params: readonly Param[], args: readonly unknown[], includeArgs: boolean): string {
  const o: Record<string, unknown> = { ts, event: name };
  if (includeArgs && args.length > 0) {
    const a: Record<string, unknown> = {};
    args.forEach((v, i) => {
      const p = params[i];
      if (p) a[p.name] = valueToJson(v, p.type);
    });
    o.args = a;
  }
  return JSON.stringify(o) + '\n';
}

/**
 * Starts dumping if the scripts loaded `policy/misc/dump-events`; returns what stops it,
 * or undefined when the script is not loaded (then nothing is tapped).
 *
 * ## Example
 * ```ts
 * const dump = attachDumpEvents(events, program, loadedScripts, (s) => process.stdout.write(s));
 * ```
 */
export function attachDumpEvents(
  events: EventEngine,
  host: ScriptHost | undefined,
  loadedScripts: ReadonlySet<string>,
  write: (text: string) => void,
): Pick<Subscription, 'unsubscribe'> | undefined {
  if (!host || !loadedScripts.has(DUMP_EVENTS_SCRIPT)) return undefined;
  const params = new Map<string, readonly Param[]>();
  for (const g of host.globals?.() ?? []) if (g.type.kind === 'event') params.set(g.name, (g.type as FuncType).params);
  const opt = (name: string): unknown => host.global?.(`DumpEvents::${name}`);
  const dump = (name: string, args: readonly unknown[], time: number): void => {
    const include = opt('include') as PatternValue | undefined;
    if (include && !patternSearch(include, name)) return;
    const ps = params.get(name) ?? [];
    const includeArgs = opt('include_args') !== false;
    write(opt('use_json') === true ? formatDumpedEventJson(time, name, ps, args as unknown[], includeArgs) : formatDumpedEvent(time, name, ps, args as unknown[], includeArgs));
  };
  // As Zeek's script decides in zeek_init: only dump_all_events makes every event be generated (the
  // events$ tap); otherwise the dispatch observer sees just what is raised because something handles it.
  if (opt('dump_all_events') === true) return events.events$.subscribe((ev) => dump(ev.name as string, ev.args as unknown[], ev.time));
  const stop = events.observeDispatch((name, args, time) => {
    if (events.handlerCount(name as never) > 0) dump(name, args, time);
  });
  return { unsubscribe: stop };
}
