/**
 * Pattern built-ins of Zeek's zeek.bif: `convert_for_pattern`, `string_to_pattern`, `merge_pattern` (tests
 * bifs.convert_for_pattern, bifs.string_to_pattern, bifs.merge_pattern).
 */
import { makePattern, patternOr, type PatternValue } from '../pattern';
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

/** The bytes Zeek backslash-escapes so that a string matches itself literally as a pattern. */
const PATTERN_SPECIALS = new Set('^$-:"\\/|*+?.(){}[]');

/**
 * `s` with every pattern metacharacter (and `-`, `:`, `"`, `/`) preceded by a backslash.
 *
 * ## Example
 * ```ts
 * escapeForPattern('b[a-z]+'); // 'b\\[a\\-z\\]\\+'
 * ```
 */
export function escapeForPattern(s: string): string {
  let out = '';
  for (const ch of s) out += PATTERN_SPECIALS.has(ch) ? '\\' + ch : ch;
  return out;
}

/**
 * Pattern built-ins.
 *
 * ## Example
 * ```ts
 * PATTERN_BUILTINS.convert_for_pattern.impl(ctx, ['a.b'], [T.string]); // 'a\\.b'
 * ```
 */
export const PATTERN_BUILTINS: Record<string, Builtin> = {
  convert_for_pattern: builtin([['s', T.string]], T.string, (_c, [s]) => escapeForPattern(s as string)),
  // Zeek's (deprecated) merge_pattern (test bifs.merge_pattern): `p1 | p2`.
  merge_pattern: builtin([['p1', T.pattern], ['p2', T.pattern]], T.pattern, (_c, [p1, p2]) =>
    patternOr(p1 as PatternValue, p2 as PatternValue)),
  // `convert` = T makes `s` match literally (Zeek escapes it like convert_for_pattern).
  string_to_pattern: builtin([['s', T.string], ['convert', T.bool]], T.pattern, (_c, [s, convert]) =>
    makePattern(convert === true ? escapeForPattern(s as string) : (s as string))),
};
