/** Built-ins of language.md §10.1: `fmt`, `cat`, `cat_sep`, `print_raw`. */
import { cachedFormat, cat, catSep, fmtParsed } from '../fmt';
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

/**
 * Formatting built-ins (language.md §10.1).
 *
 * ## Example
 * ```ts
 * Object.keys(FORMATTING_BUILTINS); // names merged into BUILTINS
 * ```
 */
export const FORMATTING_BUILTINS: Record<string, Builtin> = {
  fmt: builtin([], T.string, (ctx, args, types) => {
    if (args.length === 0) return '';
    return fmtParsed(ctx, cachedFormat(args[0] as string), args, types, 1);
  }, true),
  cat: builtin([], T.string, (_ctx, args, types) => cat(args, types), true),
  cat_sep: builtin([['sep', T.string], ['def', T.string]], T.string, (_ctx, args, types) =>
    catSep(args[0] as string, args[1] as string, args.slice(2), types.slice(2)), true),
  print_raw: builtin([], T.bool, (ctx, args, types) => {
    ctx.write(cat(args, types));
    return true;
  }, true),
};
