/**
 * Zeek's `to_json` (tests bifs.to_json, scripts.base.utils.json): any value as JSON text, with Zeek's
 * options to keep only `&log` record fields and to drop a pattern's first match from field names.
 */
import { toJsonText } from '../jsonText';
import { makePattern, type PatternValue } from '../pattern';
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

/**
 * `to_json(val: any, only_loggable: bool &default=F, field_escape_pattern: pattern &default=/^_/): string`.
 *
 * ## Example
 * ```ts
 * JSON_BUILTINS.to_json.impl(ctx, [boxAny(5, T.count), false, makePattern('^_')], [T.any, T.bool, T.pattern]); // '5'
 * ```
 */
export const JSON_BUILTINS: Record<string, Builtin> = {
  to_json: builtin(
    [['val', T.any], ['only_loggable', T.bool, false], ['field_escape_pattern', T.pattern, makePattern('^_')]],
    T.string,
    (_c, [v, onlyLoggable, re], types) =>
      toJsonText(v, types[0] ?? T.any, { onlyLoggable: onlyLoggable === true, fieldEscape: re as PatternValue }),
  ),
};
