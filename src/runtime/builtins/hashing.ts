/**
 * Hash built-ins of Zeek's zeek.bif: `md5_hash`, `sha1_hash`, `sha256_hash` (all arguments at once) and
 * the incremental `*_hash_init` / `*_hash_update` / `*_hash_finish` on an `opaque of md5|sha1|sha256`
 * handle (test bifs.md5 and friends). Digests are lowercase hex.
 */
import { createHash, type Hash } from 'crypto';
import type { BuiltinContext } from '../context';
import { cat } from '../fmt';
import { T, type Type } from '../types';
import { builtin, type Builtin } from './builtin';

type Algorithm = 'md5' | 'sha1' | 'sha256';

/** The state behind an `opaque of md5/sha1/sha256` value. */
export interface HashHandle {
  readonly algorithm: Algorithm;
  /** Undefined once finished: Zeek then refuses updates. */
  hash: Hash | undefined;
}

const opaque = (of: Algorithm): Type => ({ kind: 'opaque', of });

/**
 * The hex digest of `data` (a byte string).
 *
 * ## Example
 * ```ts
 * hexDigest('md5', 'one'); // 'f97c5d29941bfb1b2fdab0874906ab82'
 * ```
 */
export function hexDigest(algorithm: Algorithm, data: string): string {
  return createHash(algorithm).update(Buffer.from(data, 'latin1')).digest('hex');
}

function family(algorithm: Algorithm): Record<string, Builtin> {
  const handleOf = (c: BuiltinContext, h: unknown, name: string): HashHandle | undefined => {
    const handle = h as HashHandle | undefined;
    if (handle?.hash === undefined) {
      c.error(`${name}(): the hash handle is not valid (already finished?)`);
      return undefined;
    }
    return handle;
  };
  return {
    // Every argument's raw rendering (as `cat`), hashed together.
    [`${algorithm}_hash`]: builtin([], T.string, (_c, args, types) => hexDigest(algorithm, cat(args, types)), true),
    [`${algorithm}_hash_init`]: builtin([], opaque(algorithm), (): HashHandle => ({ algorithm, hash: createHash(algorithm) })),
    [`${algorithm}_hash_update`]: builtin([['handle', opaque(algorithm)], ['data', T.string]], T.bool, (c, [h, d]) => {
      const handle = handleOf(c, h, `${algorithm}_hash_update`);
      if (!handle) return false;
      handle.hash!.update(Buffer.from(d as string, 'latin1'));
      return true;
    }),
    [`${algorithm}_hash_finish`]: builtin([['handle', opaque(algorithm)]], T.string, (c, [h]) => {
      const handle = handleOf(c, h, `${algorithm}_hash_finish`);
      if (!handle) return '';
      const hex = handle.hash!.digest('hex');
      handle.hash = undefined;
      return hex;
    }),
  };
}

/**
 * Hash built-ins.
 *
 * ## Example
 * ```ts
 * HASHING_BUILTINS.sha1_hash.impl(ctx, ['one'], [T.string]); // 'fe05bcdcdc4928012781a5f1a2a77cbb5398e106'
 * ```
 */
export const HASHING_BUILTINS: Record<string, Builtin> = { ...family('md5'), ...family('sha1'), ...family('sha256') };
