/** Built-ins of language.md §10.7: `open`, `open_for_append`, `close`, `write_file`, `flush_all`. */
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
  close: builtin([['f', FILE]], T.bool, (_c, [f]) => fileClose(f as FileValue)),
  write_file: builtin([['f', FILE], ['data', T.string]], T.bool, (_c, [f, d]) => fileWrite(f as FileValue, d as string)),
  flush_all: builtin([], T.bool, () => {
    flushAllFiles();
    return true;
  }),
};
