/**
 * Rendering of values as `print`, `fmt("%s")` and `cat()` show them (language.md §4.1).
 *
 * One renderer, two modes, modelled on Zeek's `ODesc`:
 * - print mode: strings escaped (`\xNN`), no indentation at all (Zeek writes straight
 *   to the file, and its indentation only looks at an in-memory buffer);
 * - raw mode (`fmt`/`cat`): strings unescaped, and a TAB per nesting level is emitted
 *   before a token that starts a line — but only for tokens from non-string renderers
 *   (strings go through `AddBytes`, which never indents). That reproduces the
 *   observed `"{\n\t2,\n\t1,\n\t3\n}"` and the string-set quirk.
 */
import { dynamicType } from './any';
import { formatDouble, formatInterval } from './cnumber';
import { integralToString, type Integral } from './numeric';
import { patternToString, type PatternValue } from './pattern';
import { formatPort } from './port';
import { escapeString } from './string';
import { subnetToString, type SubnetValue } from './subnet';
import type { TableValue } from './table';
import type { Type, TypeValue } from './types';

interface Writer {
  out: string;
  readonly raw: boolean;
  level: number;
  /** Records, vectors and tables being rendered on the current path: meeting one again is a cycle. */
  active?: Set<object>;
}

/** Adds a token from a non-string renderer (indents at a line start in raw mode). */
function add(w: Writer, s: string): void {
  if (w.raw && w.level > 0 && w.out.charCodeAt(w.out.length - 1) === 10) w.out += '\t'.repeat(w.level);
  w.out += s;
}

/** A line break (never indented itself; the next token is). */
function nl(w: Writer): void {
  w.out += '\n';
}

function addBytes(w: Writer, s: string): void {
  w.out += w.raw ? s : escapeString(s);
}

/**
 * Renders an atomic value (no containers) as print does; shared with logs and `fmt`.
 *
 * ## Example
 * ```ts
 * formatAtomic(300, T.interval); // '5.0 mins'
 * ```
 */
export function formatAtomic(v: unknown, t: Type): string {
  switch (t.kind) {
    case 'bool':
      return v ? 'T' : 'F';
    case 'count':
    case 'int':
      return integralToString(v as Integral);
    case 'double':
    case 'time':
      return formatDouble(v as number);
    case 'interval':
      return formatInterval(v as number);
    case 'port':
      return formatPort(v as number);
    case 'subnet':
      return subnetToString(v as SubnetValue);
    case 'pattern':
      return patternToString(v as PatternValue);
    case 'addr':
    case 'enum':
    case 'string':
      return String(v);
    case 'file':
      return `file "${(v as { name?: string })?.name ?? ''}" of string`;
    case 'function':
    case 'event':
    case 'hook':
      // Named script functions carry `broName`; a lambda has none (Zeek calls it an anonymous-function).
      return (v as { broName?: string })?.broName ?? (typeof v === 'function' ? v.name || 'anonymous-function' : String(v));
    case 'opaque':
      return `<opaque of ${t.of}>`;
    case 'type':
      // Zeek prints a type value as the type's name.
      return (v as TypeValue).name;
    default:
      return String(v);
  }
}

function describe(w: Writer, value: unknown, type: Type): void {
  const [v, t] = dynamicType(value, type);
  if (v === undefined) {
    add(w, '<uninitialized>');
    return;
  }
  if (t.kind === 'record' || t.kind === 'vector' || t.kind === 'table') {
    // A value that contains itself (`a$a = a`, `v[0] = v` through `any`) prints `<cycle>` where it recurs, as
    // Zeek does (language.cycle-print), instead of recursing without end.
    const active = (w.active ??= new Set());
    const o = v as object;
    if (active.has(o)) {
      add(w, '<cycle>');
      return;
    }
    active.add(o);
    try {
      describeContainer(w, v, t);
    } finally {
      active.delete(o);
    }
    return;
  }
  if (t.kind === 'string') addBytes(w, v as string);
  else add(w, formatAtomic(v, t));
}

function describeContainer(w: Writer, v: unknown, t: Type): void {
  switch (t.kind) {
    case 'record': {
      const r = v as Record<string, unknown>;
      add(w, '[');
      const fs = t.fields;
      for (let i = 0; i < fs.length; i++) {
        if (i > 0) add(w, ', ');
        add(w, fs[i].name);
        add(w, '=');
        const fv = r[fs[i].name];
        if (fv === undefined) add(w, '<uninitialized>');
        else describe(w, fv, fs[i].type);
      }
      add(w, ']');
      return;
    }
    case 'vector': {
      const a = v as unknown[];
      add(w, '[');
      for (let i = 0; i < a.length; i++) {
        if (i > 0) add(w, ', ');
        if (a[i] !== undefined) describe(w, a[i], t.elem);
      }
      add(w, ']');
      return;
    }
    case 'table': {
      const tv = v as TableValue;
      const isSet = t.yield === undefined;
      const multi = t.index.length > 1;
      add(w, '{');
      w.level++;
      nl(w);
      let first = true;
      for (const e of tv.map.values()) {
        if (!first) {
          add(w, ',');
          nl(w);
        }
        first = false;
        const bracket = !isSet || multi;
        if (bracket) add(w, '[');
        for (let i = 0; i < t.index.length; i++) {
          if (i > 0) add(w, ', ');
          describe(w, e.index[i], t.index[i]);
        }
        if (bracket) add(w, ']');
        if (!isSet) {
          add(w, ' = ');
          describe(w, e.value, t.yield as Type);
        }
      }
      w.level--;
      nl(w);
      add(w, '}');
      return;
    }
  }
}

/**
 * Renders a value as `print` shows it: strings escaped, containers without indentation.
 *
 * ## Example
 * ```ts
 * formatValue(createSet(), setType([T.count])); // '{\n\n}'
 * formatValue('a\nb', T.string);                 // 'a\\x0ab'
 * ```
 */
export function formatValue(value: unknown, type: Type): string {
  switch (type.kind) {
    case 'string':
      return escapeString(value as string);
    case 'count':
    case 'int':
    case 'double':
    case 'time':
    case 'interval':
    case 'bool':
    case 'port':
    case 'addr':
    case 'enum':
      if (value !== undefined) return formatAtomic(value, type);
  }
  const w: Writer = { out: '', raw: false, level: 0 };
  describe(w, value, type);
  return w.out;
}

/**
 * Renders a value as `fmt("%s")` and `cat()` do: strings raw, containers with a TAB of
 * indentation per nesting level before non-string tokens at line starts.
 *
 * ## Example
 * ```ts
 * formatValueRaw(set123, setType([T.count])); // '{\n\t1,\n\t2,\n\t3\n}'
 * ```
 */
export function formatValueRaw(value: unknown, type: Type): string {
  if (type.kind === 'string') return value as string;
  const w: Writer = { out: '', raw: true, level: 0 };
  describe(w, value, type);
  return w.out;
}

/**
 * The line a `print e1, ..., en;` statement writes (without the newline).
 *
 * ## Example
 * ```ts
 * formatPrintLine(['t', 5], [T.string, T.count]); // 't, 5'
 * ```
 */
export function formatPrintLine(values: readonly unknown[], types: readonly Type[]): string {
  let s = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) s += ', ';
    s += formatValue(values[i], types[i]);
  }
  return s;
}
