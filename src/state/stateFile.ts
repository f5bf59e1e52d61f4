/**
 * The state file (`state_dir/state.bst`): versioned JSON Lines, documented in
 * docs/state-format.md. A header line, one line per persistent identifier, and an end line
 * holding the count, so a file cut short anywhere is recognised.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { Json } from './valueJson';
import type { TypeJson } from './typeJson';

/** The `format` value of a state file's header. */
export const STATE_FORMAT = 'rxbro-state';
/** The version this code writes and reads. */
export const STATE_VERSION = 1;

/** One persistent identifier as stored. */
export interface StateRecord {
  /** Full name (`M::x`). */
  id: string;
  /** The type as scripts write it (`set[string]`); a changed type is detected by comparing it. */
  type: string;
  /** The type described structurally, so the file can be printed without the scripts. */
  t: TypeJson;
  /** Attributes as written (`&persistent`, `&read_expire=30 secs`). */
  attrs: string[];
  /** The value in the typed JSON encoding (src/state/valueJson.ts). */
  value: Json;
}

/** A whole state file. */
export interface StateFile {
  /** When it was written (seconds since the epoch, wall clock). */
  date: number;
  records: StateRecord[];
}

/** A state file that cannot be read: `file:line: why`. */
export class StateFileError extends Error {
  constructor(readonly file: string, readonly line: number, why: string) {
    super(`${file}:${line}: ${why}`);
  }
}

/**
 * The text of a state file.
 *
 * ## Example
 * ```ts
 * formatStateFile({ date: 1795667150, records: [{ id: 'nruns', type: 'count', t: 'count', attrs: ['&persistent'], value: 2 }] });
 * // '{"format":"rxbro-state","version":1,"date":1795667150}\n{"id":"nruns",...}\n{"end":1}\n'
 * ```
 */
export function formatStateFile(f: StateFile): string {
  let out = JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, date: f.date }) + '\n';
  for (const r of f.records) out += JSON.stringify({ id: r.id, type: r.type, t: r.t, attrs: r.attrs, value: r.value }) + '\n';
  return out + JSON.stringify({ end: f.records.length }) + '\n';
}

function parseLine(file: string, n: number, line: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    throw new StateFileError(file, n, `not a JSON line: ${line.length > 40 ? line.slice(0, 40) + '…' : line}`);
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new StateFileError(file, n, 'not a JSON object');
  return v as Record<string, unknown>;
}

/**
 * Parses a state file's text; `file` names it in errors. Checks the header, every record's
 * shape and the end line (missing → the file was cut short).
 *
 * ## Example
 * ```ts
 * parseStateFile(readFileSync(p, 'utf8'), p).records.map((r) => r.id); // ['nruns', 'seen']
 * ```
 */
export function parseStateFile(text: string, file: string): StateFile {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) throw new StateFileError(file, 1, 'empty file (no header line)');
  const head = parseLine(file, 1, lines[0]);
  if (head.format !== STATE_FORMAT) throw new StateFileError(file, 1, `not an rxbro state file (format ${JSON.stringify(head.format)})`);
  if (head.version !== STATE_VERSION) throw new StateFileError(file, 1, `unsupported version ${JSON.stringify(head.version)} (this rxbro reads ${STATE_VERSION})`);
  if (typeof head.date !== 'number') throw new StateFileError(file, 1, 'header without a date');
  const records: StateRecord[] = [];
  for (let i = 1; i < lines.length; i++) {
    const n = i + 1;
    const o = parseLine(file, n, lines[i]);
    if ('end' in o) {
      if (o.end !== records.length) throw new StateFileError(file, n, `end line counts ${String(o.end)} records, the file has ${records.length}`);
      if (i !== lines.length - 1) throw new StateFileError(file, n + 1, 'text after the end line');
      return { date: head.date, records };
    }
    if (typeof o.id !== 'string' || typeof o.type !== 'string' || !('value' in o) || !('t' in o)) {
      throw new StateFileError(file, n, 'record without id, type, t or value');
    }
    const attrs = Array.isArray(o.attrs) ? o.attrs.filter((a): a is string => typeof a === 'string') : [];
    records.push({ id: o.id, type: o.type, t: o.t as TypeJson, attrs, value: o.value as Json });
  }
  throw new StateFileError(file, lines.length + 1, 'truncated: no end line');
}

/**
 * Reads and parses a state file; undefined if it does not exist. Other read errors and bad
 * content throw `StateFileError`.
 *
 * ## Example
 * ```ts
 * const f = readStateFile('.state/state.bst');
 * ```
 */
export function readStateFile(path: string): StateFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(path, 0, `cannot read: ${(e as Error).message}`);
  }
  return parseStateFile(text, path);
}

/**
 * Writes `text` as `dir/name` the way Bro did: into `dir/.tmp/name` first, then renamed, so
 * a crash never leaves a half-written file in place of the old one.
 *
 * ## Example
 * ```ts
 * writeFileAtomically('.state', 'state.bst', formatStateFile(f));
 * ```
 */
export function writeFileAtomically(dir: string, name: string, text: string): void {
  const tmpDir = join(dir, '.tmp');
  mkdirSync(tmpDir, { recursive: true });
  const tmp = join(tmpDir, basename(name));
  const fd = openSync(tmp, 'w');
  try {
    const buf = Buffer.from(text, 'utf8');
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  renameSync(tmp, join(dir, name));
}
