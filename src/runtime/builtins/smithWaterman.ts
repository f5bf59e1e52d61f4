/**
 * `str_smith_waterman(s1, s2, params): sw_substring_vec` (Zeek's strings.bif; the search itself is
 * `src/runtime/smithWaterman.ts`) and the record types it uses (also declared in policy/init-bare.bro).
 * As in the Zeek version of the test's baseline, the result vector and each `aligns` vector start at index 1
 * (index 0 is a hole): the test reads `aligns[1]` (the offset in `s1`) and `aligns[2]` (in `s2`).
 */
import { createRecord, type RecordValue } from '../record';
import { smithWaterman } from '../smithWaterman';
import { recordType, T, vectorType } from '../types';
import { builtin, type Builtin } from './builtin';

/** Zeek's `sw_params`: `min_strlen` (default 3), `sw_variant` (0 single, 1 multiple). */
const SW_PARAMS = recordType(
  [
    { name: 'min_strlen', type: T.count, default: () => 3 },
    { name: 'sw_variant', type: T.count, default: () => 0 },
  ],
  'sw_params',
);

/** Zeek's `sw_align`: a string the substring is part of, and its offset there. */
const SW_ALIGN = recordType(
  [
    { name: 'str', type: T.string },
    { name: 'index', type: T.count },
  ],
  'sw_align',
);

/** `sw_align_vec`. */
const SW_ALIGN_VEC = vectorType(SW_ALIGN);

/** Zeek's `sw_substring`: the substring, where it is in each string, and whether an alignment starts with it. */
const SW_SUBSTRING = recordType(
  [
    { name: 'str', type: T.string },
    { name: 'aligns', type: SW_ALIGN_VEC },
    { name: 'new', type: T.bool },
  ],
  'sw_substring',
);

/** `sw_substring_vec`. */
const SW_SUBSTRING_VEC = vectorType(SW_SUBSTRING);

/**
 * The Smith-Waterman built-in.
 *
 * ## Example
 * ```ts
 * SMITH_WATERMAN_BUILTINS.str_smith_waterman.impl(ctx, ['abcAAAefghij', 'lmnopAAAqrst', params], []);
 * // [ , [$str="AAA", $aligns=[ , [$str=s1, $index=3], [$str=s2, $index=5]], $new=T]]
 * ```
 */
export const SMITH_WATERMAN_BUILTINS: Record<string, Builtin> = {
  str_smith_waterman: builtin([['s1', T.string], ['s2', T.string], ['params', SW_PARAMS]], SW_SUBSTRING_VEC, (_c, [a, b, p]) => {
    const s1 = a as string;
    const s2 = b as string;
    const params = p as RecordValue;
    const found = smithWaterman(s1, s2, { minStrlen: Number(params.min_strlen), variant: Number(params.sw_variant) });
    const out: unknown[] = [undefined];
    for (const f of found) {
      const aligns: unknown[] = [
        undefined,
        createRecord(SW_ALIGN, { str: s1, index: f.offsets[0] }),
        createRecord(SW_ALIGN, { str: s2, index: f.offsets[1] }),
      ];
      out.push(createRecord(SW_SUBSTRING, { str: f.str, aligns, new: f.isNew }));
    }
    return found.length > 0 ? out : [];
  }),
};
