/**
 * Zeek's command-line redefs (`zeek script.zeek name=value`): each argument becomes `redef name op value;`,
 * with the value taken by the identifier's declared type — a string-typed identifier gets its value as a
 * string literal, so `mystr=` (the shell ate the quotes of `mystr=""`) sets the empty string and
 * `MyMod::str=Good` sets "Good" (Zeek: src/scan.l, the `params` loop; test core.command-line-option-redefs).
 */
import type { Decl } from './ast';
import type { Diagnostic } from './diagnostics';

/** What a command-line redef needs to know of an identifier: is it declared, and is its type `string`. */
export type RedefTarget = 'string' | 'other';

/** One `name=value`, `name+=value` or `name-=value` argument, split. */
export interface CommandLineRedef {
  name: string;
  /** `''`, `'+'` or `'-'`. */
  op: string;
  value: string;
}

/**
 * Splits a command-line argument into a redef, or `undefined` when it is not one (then it is a script).
 *
 * ## Example
 * ```ts
 * parseCommandLineRedef('mytable+={["one"] = "1"}'); // { name: 'mytable', op: '+', value: '{["one"] = "1"}' }
 * parseCommandLineRedef('local.zeek');                // undefined
 * ```
 */
export function parseCommandLineRedef(arg: string): CommandLineRedef | undefined {
  const m = /^\s*([A-Za-z_][A-Za-z0-9_:]*)\s*([+-]?)=/.exec(arg);
  if (!m) return undefined;
  return { name: m[1], op: m[2], value: arg.slice(m[0].length) };
}

/**
 * The script text of command-line redefs, given each identifier's type (`undefined`: not declared). Problems
 * are Zeek's position-less errors: an unknown identifier, or an empty value for a type that is not a string.
 *
 * ## Example
 * ```ts
 * commandLineRedefText([{ name: 'mystr', op: '', value: '' }], () => 'string');
 * // { text: ['redef mystr = "";'], errors: [] }
 * ```
 */
export function commandLineRedefText(
  redefs: readonly CommandLineRedef[],
  typeOf: (name: string) => RedefTarget | undefined,
): { text: string[]; errors: Diagnostic[] } {
  const text: string[] = [];
  const errors: Diagnostic[] = [];
  const error = (message: string) => errors.push({ severity: 'error', message, pos: { file: '', line: 0, col: 0, offset: 0 } });
  for (const r of redefs) {
    const t = typeOf(r.name);
    if (t === undefined) {
      error(`unknown identifier '${r.name}' in command-line options`);
      continue;
    }
    const isString = t === 'string';
    if (r.value === '' && !isString) {
      error(`must assign non-empty value to '${r.name}' in command-line options`);
      continue;
    }
    // Zeek quotes the value as is (no escaping). A value that is already a string literal (`x="a"` passed
    // without a shell) is kept: Zeek would fail on `""a""`; rxbro takes what was evidently meant.
    const quoted = /^\s*".*"\s*$/s.test(r.value);
    text.push(isString && !quoted ? `redef ${r.name} ${r.op}= "${r.value}";` : `redef ${r.name} ${r.op}= ${r.value};`);
  }
  return { text, errors };
}

/**
 * The identifiers the loaded files declare (full names, `M::x` outside GLOBAL), each with whether it is
 * string-typed: a declared type `string`, or no declared type and a string literal as initial value. Read
 * from the parsed declarations, before type checking (the redefs must join the program before it is checked).
 *
 * ## Example
 * ```ts
 * declaredTargets(parseFile('module M; export { option str = "def"; }', 'a.zeek', ctx).file.decls);
 * // Map { 'M::str' => 'string' }
 * ```
 */
export function declaredTargets(decls: readonly Decl[]): Map<string, RedefTarget> {
  const out = new Map<string, RedefTarget>();
  let module = 'GLOBAL';
  const full = (name: string) => (name.includes('::') || module === 'GLOBAL' ? name : `${module}::${name}`);
  const walk = (ds: readonly Decl[]) => {
    for (const d of ds) {
      if (d.k === 'module') module = d.name;
      else if (d.k === 'export') walk(d.decls);
      else if (d.k === 'file') {
        // Every file starts in GLOBAL; the loading file's module is back once it is done.
        const saved = module;
        module = 'GLOBAL';
        walk(d.decls);
        module = saved;
      } else if (d.k === 'var') {
        const str = d.declType ? d.declType.k === 'named' && d.declType.name === 'string' : d.init?.k === 'const' && d.init.lit === 'string';
        out.set(full(d.name), str ? 'string' : 'other');
      } else if (d.k === 'func' || d.k === 'type') {
        if (!out.has(full(d.name))) out.set(full(d.name), 'other');
      }
    }
  };
  walk(decls);
  return out;
}
