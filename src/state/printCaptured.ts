/**
 * `rxbro -x FILE [scripts]` (Bro's `--print-state`): prints a state file, a captured-events file
 * or a state-updates file in Bro 1.5's line formats (engine.md §6.6/§6.7, docs/state-format.md):
 *
 * ```
 * Date: Thu Nov 26 03:53:34 2026                         (on stderr, as Bro did)
 * ID seen : set[string] = {"run-1","run-2"} &persistent
 * Event [1362692526.869344] new_connection([id=[orig_h=141.142.228.5, ...], ...])
 * State access: add seen["x"]
 * ```
 */
import { readFileSync } from 'node:fs';
import type { Param, Type } from '../runtime/types';
import { CAPTURE_VERSION, EVENTS_FORMAT, STATE_UPDATES_FORMAT } from './captureFile';
import { ctimeText, describeBro } from './describeBro';
import { parseStateFile, STATE_FORMAT, StateFileError } from './stateFile';
import { typeFromJson } from './typeJson';
import { valueFromJson, ValueJsonError } from './valueJson';

/** What `-x` needs besides the file: the scripts' declarations, and where to write. */
export interface PrintFileOptions {
  /** Parameters of an event declared by the scripts (captured events are typed by them). */
  eventParams?(name: string): readonly Param[] | undefined;
  /** Type of a global declared by the scripts (state updates). */
  globalType?(name: string): Type | undefined;
  stdout(s: string): void;
  stderr(s: string): void;
}

/** A JSON value rendered without a type (an event the scripts do not declare). */
function untyped(j: unknown): string {
  return typeof j === 'string' ? `"${j}"` : JSON.stringify(j);
}

function typed(j: unknown, t: Type | undefined): string {
  if (t === undefined) return untyped(j);
  return describeBro(valueFromJson(j, t), t);
}

/** Renders one state-update record (engine.md §6.7's vocabulary). */
function describeUpdate(o: Record<string, unknown>, t: Type | undefined): string {
  const id = String(o.id);
  const idx = Array.isArray(o.index)
    ? `[${o.index.map((x, i) => typed(x, t?.kind === 'table' ? t.index[i] : undefined)).join(', ')}]`
    : '';
  // An element's value has the table's yield type; a whole-variable value the variable's type.
  const vt = Array.isArray(o.index) && t?.kind === 'table' ? t.yield : t;
  const val = 'value' in o ? typed(o.value, vt) : '';
  switch (o.op) {
    case 'assign':
      return `${id}${idx} = ${val}`;
    case 'incr':
      return `${id}${idx} += ${val}`;
    case 'add':
      return `add ${id}${idx}`;
    case 'del':
      return `del ${id}${idx}`;
    case 'expire':
      return `expire ${id}${idx}`;
    case 'read':
      return `read ${id}${idx}`;
    case 'print':
      return `print ${id}${val}`;
    default:
      throw new ValueJsonError(`unknown operation ${JSON.stringify(o.op)}`);
  }
}

/**
 * Prints `path` (state, events or state-updates file, told apart by the header); returns the
 * exit status. A bad line prints everything before it, then one `file:line: why` line, status 1.
 *
 * ## Example
 * ```ts
 * printCapturedFile('.state/state.bst', { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
 * ```
 */
export function printCapturedFile(path: string, opts: PrintFileOptions): number {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    opts.stderr(`rxbro: ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 1;
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let lineNo = 1;
  try {
    let head: Record<string, unknown>;
    try {
      head = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    } catch {
      throw new StateFileError(path, 1, 'not an rxbro state, events or state-updates file');
    }
    if (head?.format === STATE_FORMAT) {
      const f = parseStateFile(text, path);
      opts.stderr(`Date: ${ctimeText(f.date)}\n`);
      f.records.forEach((r, i) => {
        lineNo = i + 2;
        const t = typeFromJson(r.t);
        const attrs = r.attrs.length > 0 ? ` ${r.attrs.join(' ')}` : '';
        opts.stdout(`ID ${r.id} : ${r.type} = ${describeBro(valueFromJson(r.value, t), t)}${attrs}\n`);
      });
      return 0;
    }
    if (head?.format !== EVENTS_FORMAT && head?.format !== STATE_UPDATES_FORMAT) {
      throw new StateFileError(path, 1, 'not an rxbro state, events or state-updates file');
    }
    if (head.version !== CAPTURE_VERSION) throw new StateFileError(path, 1, `unsupported version ${JSON.stringify(head.version)}`);
    opts.stderr(`Date: ${ctimeText(Number(head.date))}\n`);
    for (let i = 1; i < lines.length; i++) {
      lineNo = i + 1;
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(lines[i]) as Record<string, unknown>;
      } catch {
        throw new StateFileError(path, lineNo, 'not a JSON line (file cut short?)');
      }
      if (typeof o?.ts !== 'number') throw new StateFileError(path, lineNo, 'record without ts');
      if (head.format === EVENTS_FORMAT) {
        if (typeof o.event !== 'string' || !Array.isArray(o.args)) throw new StateFileError(path, lineNo, 'record without event or args');
        const params = opts.eventParams?.(o.event);
        const args = o.args.map((a, k) => typed(a, params && params.length === (o.args as unknown[]).length ? params[k].type : undefined));
        opts.stdout(`Event [${o.ts.toFixed(6)}] ${o.event}(${args.join(', ')})\n`);
      } else {
        if (typeof o.id !== 'string') throw new StateFileError(path, lineNo, 'record without id');
        opts.stdout(`State access: ${describeUpdate(o, opts.globalType?.(o.id))}\n`);
      }
    }
    return 0;
  } catch (e) {
    if (e instanceof StateFileError) opts.stderr(`rxbro: ${e.message}\n`);
    else if (e instanceof ValueJsonError || e instanceof Error) opts.stderr(`rxbro: ${path}:${lineNo}: ${e.message}\n`);
    else throw e;
    return 1;
  }
}
