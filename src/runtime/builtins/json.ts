/**
 * Zeek's `to_json` (tests bifs.to_json, scripts.base.utils.json) and `from_json` (bifs.from_json): any
 * value as JSON text, with Zeek's options to keep only `&log` record fields and to drop a pattern's first
 * match from field names; and JSON text read back into a value of a type given as a value.
 */
import { boxAny, dynamicType } from '../any';
import { FromJsonError, jsonToValue } from '../fromJson';
import { JsonSyntaxError, parseJson } from '../jsonParse';
import { toJsonText } from '../jsonText';
import { makePattern, type PatternValue } from '../pattern';
import { createRecord } from '../record';
import { funcType, isTypeValue, T } from '../types';
import { builtin, FROM_JSON_RESULT, type Builtin } from './builtin';

/** `function(s: string): string`, the type of from_json's key mapper. */
const KEY_MAPPER = funcType('function', [{ name: 's', type: T.string }], T.string);

/** from_json's default key mapper: keys are field names as they are. */
const sameKey = (s: string): string => s;

/**
 * `to_json(val: any, only_loggable: bool &default=F, field_escape_pattern: pattern &default=/^_/): string`
 * and `from_json(s: string, t: any, key_func: function(s: string): string &default=…): from_json_result`.
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
    (c, [v, onlyLoggable, re], types) => {
      try {
        return toJsonText(v, types[0] ?? T.any, { onlyLoggable: onlyLoggable === true, fieldEscape: re as PatternValue });
      } catch (err) {
        // A record that contains itself has no JSON form: one error, not a crash.
        if (!(err instanceof RangeError)) throw err;
        c.error('to_json: value nested too deeply (does it contain itself?)');
        return '';
      }
    },
  ),
  from_json: builtin(
    [['s', T.string], ['t', T.any], ['key_func', KEY_MAPPER, sameKey]],
    FROM_JSON_RESULT,
    (c, [s, tv, keyFunc], types) => {
      const [t] = dynamicType(tv, types[1] ?? T.any);
      if (!isTypeValue(t)) {
        c.error('from_json() requires a type argument', { located: false });
        return createRecord(FROM_JSON_RESULT, { valid: false, err: 'from_json() requires a type argument' });
      }
      const keyOf = typeof keyFunc === 'function' ? (k: string) => String((keyFunc as (x: string) => unknown)(k)) : sameKey;
      try {
        const v = jsonToValue(parseJson(s as string), t.typeValue, keyOf);
        return createRecord(FROM_JSON_RESULT, { v: boxAny(v, t.typeValue), valid: true });
      } catch (err) {
        if (err instanceof JsonSyntaxError) return createRecord(FROM_JSON_RESULT, { valid: false, err: `JSON parse error: ${err.message}` });
        if (err instanceof FromJsonError) return createRecord(FROM_JSON_RESULT, { valid: false, err: err.message });
        if (err instanceof RangeError) return createRecord(FROM_JSON_RESULT, { valid: false, err: 'JSON parse error: document nested too deeply' });
        throw err;
      }
    },
  ),
};
