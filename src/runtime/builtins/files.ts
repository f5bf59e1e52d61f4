/** Built-ins of language.md §10.7: `open`, `open_for_append`, `close`, `write_file`, `flush_all`. */
import { fileClose, fileWrite, flushAllFiles, openFile, type FileValue } from '../file';
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
  close: builtin([['f', FILE]], T.bool, (_c, [f]) => fileClose(f as FileValue)),
  write_file: builtin([['f', FILE], ['data', T.string]], T.bool, (_c, [f, d]) => fileWrite(f as FileValue, d as string)),
  flush_all: builtin([], T.bool, () => {
    flushAllFiles();
    return true;
  }),
};
