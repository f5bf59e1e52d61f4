/**
 * Zeek's `compress_path` (test bifs.compress_path): a path with `.` and empty components dropped and each
 * `..` cancelling the component before it, as far as that is known — a leading `..`, the root and a `~` home
 * are never cancelled, and a leading `./` stays (`./zeek`).
 */
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

/**
 * The compressed form of `dir`.
 *
 * ## Example
 * ```ts
 * compressPath('/1/2/../3');            // '/1/3'
 * compressPath('./zeek/../../..');      // '../..'
 * compressPath('~/zeek/testing/../.');  // '~/zeek'
 * ```
 */
export function compressPath(dir: string): string {
  const absolute = dir.startsWith('/');
  const out: string[] = [];
  for (const c of dir.split('/')) {
    if (c === '') continue;
    if (c === '.') {
      // Only a leading `.` of a relative path says something ("here"); elsewhere it is a no-op.
      if (out.length === 0 && !absolute) out.push(c);
      continue;
    }
    if (c === '..') {
      const last = out[out.length - 1];
      if (last === undefined || last === '..' || (out.length === 1 && last.startsWith('~'))) out.push(c);
      else if (last === '.') out[out.length - 1] = '..';
      else out.pop();
      continue;
    }
    out.push(c);
  }
  return (absolute ? '/' : '') + out.join('/');
}

/**
 * Path built-ins.
 *
 * ## Example
 * ```ts
 * PATH_BUILTINS.compress_path.impl(ctx, ['a/../b'], [T.string]); // 'b'
 * ```
 */
export const PATH_BUILTINS: Record<string, Builtin> = {
  compress_path: builtin([['dir', T.string]], T.string, (_c, [d]) => compressPath(d as string)),
};
