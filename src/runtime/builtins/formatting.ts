/** Built-ins of language.md §10.1: `fmt`, `cat`, `cat_sep`, `print_raw`. */
import { cachedFormat, cat, catSep, fmtParsed } from '../fmt';
import { dynamicType } from '../any';
import { T, type Type } from '../types';
import { builtin, type Builtin } from './builtin';

/** Zeek's name of a type's tag (`record`, `table`, `func`), as its argument errors show it. */
function tagName(t: Type): string {
  return t.kind === 'function' || t.kind === 'event' || t.kind === 'hook' ? 'func' : t.kind;
}

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
  // Zeek checks cat_sep's arguments when it runs (test bifs.cat_sep_errors): all of them are varargs.
  cat_sep: builtin([], T.string, (ctx, args, types) => {
    if (args.length < 2) {
      ctx.error(`cat_sep() takes at least 2 arguments, got ${args.length}`);
      return '';
    }
    const [sep, sepType] = dynamicType(args[0], types[0] ?? T.any);
    const [def, defType] = dynamicType(args[1], types[1] ?? T.any);
    for (const [name, t] of [['sep', sepType], ['def', defType]] as const) {
      if (t.kind !== 'string') {
        ctx.error(`expected type string for ${name}, got ${tagName(t)}`);
        return '';
      }
    }
    return catSep(sep as string, def as string, args.slice(2), types.slice(2));
  }, true),
  print_raw: builtin([], T.bool, (ctx, args, types) => {
    ctx.write(cat(args, types));
    return true;
  }, true),
};
