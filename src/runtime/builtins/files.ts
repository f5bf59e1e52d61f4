/**
 * Built-ins of language.md §10.7: `open`, `open_for_append`, `close`, `write_file`, `flush_all`; and Zeek's
 * file-system helpers `active_file`, `get_file_name`, `file_size`, `mkdir`, `rmdir`, `unlink`, `rename`
 * (tests bifs.create_file, bifs.directory_operations).
 */
import * as fs from 'fs';
import type { BuiltinContext } from '../context';
import { fileClose, fileFlush, fileWrite, flushAllFiles, openFile, type FileValue } from '../file';
import { T, type FileType } from '../types';
import { builtin, type Builtin } from './builtin';

const FILE: FileType = { kind: 'file', of: T.string };

function open(append: boolean): Builtin {
  return builtin([['f', T.string]], FILE, (ctx, [name]) => {
    try {
      return openFile(name as string, append, ctx);
    } catch (e) {
      ctx.error(`cannot open ${name as string}: ${(e as Error).message}`);
      return { name: name as string, fd: -1, open: false, raw: false, buf: [], bufLen: 0, size: 0 } satisfies FileValue;
    }
  });
}

/** C's strerror text for a Node file-system error (Zeek's messages quote it). */
function strerror(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const texts: Record<string, string> = {
    ENOENT: 'No such file or directory',
    EEXIST: 'File exists',
    EACCES: 'Permission denied',
    EPERM: 'Operation not permitted',
    ENOTDIR: 'Not a directory',
    EISDIR: 'Is a directory',
    ENOTEMPTY: 'Directory not empty',
    EBUSY: 'Device or resource busy',
    EROFS: 'Read-only file system',
    EXDEV: 'Invalid cross-device link',
  };
  return (code && texts[code]) ?? (e as Error).message;
}

/** Runs a file-system call; on failure reports `what: strerror` and gives false. */
function fsCall(c: BuiltinContext, what: string, f: () => void): boolean {
  try {
    f();
    return true;
  } catch (e) {
    c.error(`${what}: ${strerror(e)}`);
    return false;
  }
}

/**
 * `ls -l` style permission text for a mode (Zeek's file_mode; test bifs.file_mode): setuid/setgid show as
 * `s`/`S` in the owner/group execute place, the sticky bit as `t`/`T` in the others' one.
 *
 * ## Example
 * ```ts
 * fileModeText(0o4755); // 'rwsr-xr-x'
 * ```
 */
export function fileModeText(mode: number): string {
  const triple = (bits: number, special: boolean, letter: string): string =>
    (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (special ? (bits & 1 ? letter : letter.toUpperCase()) : bits & 1 ? 'x' : '-');
  return (
    triple((mode >> 6) & 7, (mode & 0o4000) !== 0, 's') +
    triple((mode >> 3) & 7, (mode & 0o2000) !== 0, 's') +
    triple(mode & 7, (mode & 0o1000) !== 0, 't')
  );
}

/**
 * Old Bro's log file name for a tag: `<tag>.<suffix>`, the suffix from `BRO_LOG_SUFFIX` (or Zeek's
 * `ZEEK_LOG_SUFFIX`), else `log`.
 *
 * ## Example
 * ```ts
 * logFileName('prof', {}); // 'prof.log'
 * ```
 */
export function logFileName(tag: string, env: Record<string, string | undefined>): string {
  const suffix = env.BRO_LOG_SUFFIX || env.ZEEK_LOG_SUFFIX || 'log';
  return `${tag}.${suffix}`;
}

/**
 * File built-ins (language.md §10.7).
 *
 * ## Example
 * ```ts
 * Object.keys(FILE_BUILTINS); // names merged into BUILTINS
 * ```
 */
export const FILE_BUILTINS: Record<string, Builtin> = {
  open: open(false),
  open_for_append: open(true),
  // Old Bro: open_log_file("prof") opens prof.log (policy/profiling.bro, pkt-profile.bro).
  open_log_file: builtin([['tag', T.string]], FILE, (ctx, [tag]) => open(false).impl(ctx, [logFileName(tag as string, ctx.env)], [T.string])),
  // set_buf(f, F) makes every write reach the OS at once; T restores buffering.
  set_buf: builtin([['f', FILE], ['buffered', T.bool]], undefined, (_c, [f, b]) => {
    (f as FileValue).unbuffered = b !== true;
    if (b !== true) fileFlush(f as FileValue);
    return undefined;
  }),
  // enable_raw_output(f) (test bifs.enable_raw_output): from now on `f` prints as if opened with
  // `&raw_output` (strings unescaped, NULs included).
  enable_raw_output: builtin([['f', FILE]], undefined, (_c, [f]) => {
    (f as FileValue).raw = true;
    return undefined;
  }),
  close: builtin([['f', FILE]], T.bool, (_c, [f]) => fileClose(f as FileValue)),
  write_file: builtin([['f', FILE], ['data', T.string]], T.bool, (_c, [f, d]) => fileWrite(f as FileValue, d as string)),
  file_mode: builtin([['mode', T.count]], T.string, (_c, [m]) => fileModeText(Number(m))),
  active_file: builtin([['f', FILE]], T.bool, (_c, [f]) => (f as FileValue).open),
  get_file_name: builtin([['f', FILE]], T.string, (_c, [f]) => (f as FileValue).name),
  // The size in bytes as a double, -1.0 when the file cannot be stat'ed.
  file_size: builtin([['f', T.string]], T.double, (_c, [name]) => {
    try {
      return fs.statSync(name as string).size;
    } catch {
      return -1.0;
    }
  }),
  // An existing directory counts as success, as in Zeek.
  mkdir: builtin([['f', T.string]], T.bool, (c, [d]) => {
    const dir = d as string;
    try {
      if (fs.statSync(dir).isDirectory()) return true;
    } catch {
      // does not exist yet
    }
    return fsCall(c, `cannot create directory '${dir}'`, () => fs.mkdirSync(dir, 0o777));
  }),
  rmdir: builtin([['d', T.string]], T.bool, (c, [d]) => fsCall(c, `cannot remove directory '${d as string}'`, () => fs.rmdirSync(d as string))),
  unlink: builtin([['f', T.string]], T.bool, (c, [f]) => fsCall(c, `cannot unlink file '${f as string}'`, () => fs.unlinkSync(f as string))),
  rename: builtin([['src_f', T.string], ['dst_f', T.string]], T.bool, (c, [a, b]) =>
    fsCall(c, `cannot rename file '${a as string}' to '${b as string}'`, () => fs.renameSync(a as string, b as string))),
  flush_all: builtin([], T.bool, () => {
    flushAllFiles();
    return true;
  }),
};
