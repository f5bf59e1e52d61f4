/**
 * Source lines for the debugger: the `<line>\t<text>` form of stops and of `list`.
 */
import type { Program } from '../lower/program';

/** Lines of each file, split once. */
export type SourceLines = (file: string) => string[] | undefined;

/**
 * A cached line splitter over the program's sources.
 *
 * ## Example
 * ```ts
 * const lines = sourceLines(program);
 * lines('dbg.bro')?.[2]; // '\tlocal x = c$orig$size;'
 * ```
 */
export function sourceLines(program: Pick<Program, 'sourceOf'>): SourceLines {
  const cache = new Map<string, string[]>();
  return (file) => {
    let l = cache.get(file);
    if (l) return l;
    const src = program.sourceOf(file);
    if (src === undefined) return undefined;
    l = src.split('\n').map((x) => x.replace(/\r$/, ''));
    if (l.length > 0 && l[l.length - 1] === '') l.pop();
    cache.set(file, l);
    return l;
  };
}

/**
 * Lines `from`..`to` (1-based, inclusive, clipped to the file) as `<n>\t<text>\n`.
 *
 * ## Example
 * ```ts
 * listLines(lines, 'dbg.bro', 3, 3); // '3\t\tlocal x = c$orig$size;\n'
 * ```
 */
export function listLines(lines: SourceLines, file: string, from: number, to: number): string {
  const l = lines(file) ?? [];
  let out = '';
  for (let n = Math.max(1, from); n <= Math.min(to, l.length); n++) out += `${n}\t${l[n - 1]}\n`;
  return out;
}
