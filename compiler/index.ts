/**
 * The script compiler's entry point: load (with `@load` resolution), parse, check, lower.
 *
 * ## Example
 * ```ts
 * const { program, diagnostics } = compile({ files: ['policy.bro'], bare: true, searchPath: [] });
 * if (!program) for (const d of diagnostics) console.error(formatDiagnostic(d, sourceOf(d)));
 * ```
 */
import { commandLineRedefText, declaredTargets, type CommandLineRedef } from './commandLineRedefs';
import * as fs from 'fs';
import * as path from 'path';
import type { Decl } from './ast';
import { checkProgram } from './check';
import { Diagnostic, formatDiagnostic } from './diagnostics';
import { lowerProgram, Program } from './lower/program';
import { createParseContext, ParseContext, parseFile } from './parser';

export { formatDiagnostic, shortDiagnostic } from './diagnostics';
export { parseCommandLineRedef } from './commandLineRedefs';
export type { CommandLineRedef } from './commandLineRedefs';
export type { Diagnostic, Pos } from './diagnostics';
export type { Program } from './lower/program';
export { TopLevelError } from './lower/program';
export type { TraceCall, TraceHooks, LocalInfo, Frame } from './lower/runtime';
export type { EvalResult, EvalScope } from './lower/evaluate';
export type { ScriptContext, ScriptEvents, ScriptScheduler } from './ScriptContext';

export interface CompileOptions {
  /** Script files in command-line order. */
  files: string[];
  /**
   * Command-line redefs (`name=value`, `name+=value`, `name-=value`), applied after the files and before
   * `inline`; the value is read by the identifier's type (a string type quotes it, as Zeek does).
   */
  commandLineRedefs?: CommandLineRedef[];
  /** Script text given inline (like Zeek's `-e`), loaded after the files. */
  inline?: string[];
  /**
   * Redefs with the final say (`-C` is `redef ignore_checksums = T;`): they take effect after every
   * declaration, command-line and `-e` ones included, and before the first top-level statement.
   */
  finalRedefs?: string[];
  /** `-b`: load only `policy/init-bare.bro` (otherwise also `policy/init-default.bro` if present). */
  bare: boolean;
  /** Extra folders searched by `@load` after the loading file's folder and `policy/` (before BROPATH/ZEEKPATH). */
  searchPath: string[];
  /** Environment for BROPATH/ZEEKPATH (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Text of files by path, consulted before the file system (tests). */
  readFile?: (file: string) => string | undefined;
  /**
   * Compile in the tracer/debugger hooks (`-t`, `-d`; engine.md §6.8–6.9). Off by default: the closures of an
   * ordinary run then contain no hook tests, no call-depth counting and no per-call trace records.
   */
  instrument?: boolean;
}

export interface CompileResult {
  program?: Program;
  /** Errors and warnings; `program` is absent if any error was reported. */
  diagnostics: Diagnostic[];
  /** Source text by file name (for rendering diagnostics with their lines). */
  sources: Map<string, string>;
}

/** The project's own `policy/` folder (this file runs from `compiler/` under jest and from `dist/compiler/` when built). */
export const POLICY_DIR = [path.resolve(__dirname, '..', 'policy'), path.resolve(__dirname, '..', '..', 'policy')].find(
  (d) => fs.existsSync(path.join(d, 'init-bare.bro')),
) ?? path.resolve(__dirname, '..', 'policy');

/**
 * Compiles scripts into a `Program`.
 *
 * ## Example
 * ```ts
 * const r = compile({ files: [], inline: ['print "hi";'], bare: true, searchPath: [] });
 * r.program!.attach(ctx); r.program!.runTopLevel(); // prints "hi"
 * ```
 */
export function compile(opts: CompileOptions): CompileResult {
  const env = opts.env ?? process.env;
  const ctx = createParseContext();
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const loaded = new Set<string>();
  const files: string[] = [];
  const signatureFiles: string[] = [];
  const envPath = [env.ZEEKPATH, env.BROPATH].filter((x): x is string => !!x).flatMap(p => p.split(':')).filter(Boolean);
  const read = (file: string): string | undefined => {
    const t = opts.readFile?.(file);
    if (t !== undefined) return t;
    try { return fs.readFileSync(file, 'latin1'); } catch { return undefined; }
  };
  const exists = (file: string): boolean => opts.readFile?.(file) !== undefined || (fs.existsSync(file) && fs.statSync(file).isFile());
  const isDir = (dir: string): boolean => fs.existsSync(dir) && fs.statSync(dir).isDirectory();

  const resolve = (name: string, fromDir: string): string | undefined => {
    const dirs = name.startsWith('.') ? [fromDir] : [fromDir, POLICY_DIR, ...opts.searchPath, ...envPath];
    for (const d of dirs) {
      const base = path.isAbsolute(name) ? name : path.join(d, name);
      for (const cand of [base, base + '.zeek', base + '.bro']) if (exists(cand)) return cand;
      if (isDir(base)) {
        for (const cand of ['__load__.zeek', '__load__.bro']) if (exists(path.join(base, cand))) return path.join(base, cand);
      }
      if (path.isAbsolute(name)) break;
    }
    return undefined;
  };

  /** `FILE:LINE` of the `@load` that loaded a script (scripts named on the command line have none). */
  const loadedFrom = new Map<string, string>();
  const loadFile = (file: string, text: string): Decl[] => {
    const key = path.resolve(file);
    loaded.add(key);
    files.push(file);
    sources.set(file, text);
    const r = parseFile(text, file, ctx);
    diagnostics.push(...r.diagnostics);
    return expandLoads(r.file.decls, path.dirname(file));
  };

  const expandLoads = (decls: Decl[], dir: string): Decl[] => {
    const out: Decl[] = [];
    for (const d of decls) {
      if (d.k !== 'load') { out.push(d); continue; }
      if (d.directive === '@load-sigs') {
        // Signature files go to the signature engine; `.sig` is appended when missing (§1.5).
        const name = d.path.endsWith('.sig') ? d.path : d.path + '.sig';
        const sig = resolve(name, dir);
        if (!sig) diagnostics.push({ severity: 'error', message: `can't find signature file ${d.path}`, pos: d.pos });
        else if (!signatureFiles.includes(sig)) signatureFiles.push(sig);
        continue;
      }
      const target = resolve(d.path, dir);
      if (!target) {
        if (d.directive !== '@load') continue;
        // A Zeek standard script rxbro has no stand-in for (policy/base/README.md): say so and go on,
        // so that a script written for Zeek still runs with what rxbro does have.
        if (/^(base|policy)\//.test(d.path)) {
          diagnostics.push({ severity: 'warning', message: `rxbro has no equivalent of Zeek's ${d.path}; not loaded`, pos: d.pos });
        } else diagnostics.push({ severity: 'error', message: `can't find ${d.path}`, pos: d.pos });
        continue;
      }
      const key = path.resolve(target);
      if (loaded.has(key)) continue;
      if (d.directive === '@unload') { loaded.add(key); continue; }
      const text = read(target)!;
      loadedFrom.set(target, `${d.pos.file}:${d.pos.line}`);
      out.push({ k: 'file', file: target, decls: loadFile(target, text), pos: d.pos });
    }
    return out;
  };

  // Loads happen where the directive stands, so the loading file's `@ifdef ( Loaded::name )` sees them.
  ctx.loadNow = (d, file) => expandLoads([d], path.dirname(file));
  // `@deprecated ["msg"]` warns with where the script was loaded from (Zeek's words, language.at-deprecated;
  // the trailing blank when there is no message is Zeek's too).
  ctx.onDeprecated = (pos, message) => {
    const from = loadedFrom.get(pos.file) ?? 'command line arguments';
    diagnostics.push({ severity: 'warning', message: `deprecated script loaded from ${from} ${message ?? ''}`, pos });
  };
  const all: Decl[] = [];
  const pos0 = (file: string) => ({ file, line: 1, col: 1, offset: 0 });
  const loadTop = (file: string, text: string) => all.push({ k: 'file', file, decls: loadFile(file, text), pos: pos0(file) });
  const prelude = [path.join(POLICY_DIR, 'init-bare.bro')];
  if (!opts.bare && exists(path.join(POLICY_DIR, 'init-default.bro'))) prelude.push(path.join(POLICY_DIR, 'init-default.bro'));
  for (const p of prelude) {
    const t = read(p);
    if (t !== undefined && !loaded.has(path.resolve(p))) loadTop(p, t);
  }
  for (const f of opts.files) {
    let file = f;
    if (!exists(file)) file = resolve(f, process.cwd()) ?? f;
    const text = read(file);
    if (text === undefined) {
      diagnostics.push({ severity: 'error', message: `can't open ${f}`, pos: pos0(f) });
      continue;
    }
    if (loaded.has(path.resolve(file))) continue;
    loadTop(file, text);
  }
  let inline = opts.inline ?? [];
  const cli = opts.commandLineRedefs ?? [];
  if (cli.length > 0 && !diagnostics.some(d => d.severity === 'error')) {
    // Zeek reads each value by its identifier's type (src/scan.l): strings are quoted.
    const targets = declaredTargets(all);
    const { text, errors } = commandLineRedefText(cli, (name) => targets.get(name.replace(/^GLOBAL::/, '')));
    if (errors.length > 0) return { diagnostics: [...diagnostics, ...errors], sources };
    inline = [...text, ...inline];
  }
  inline.forEach((text, i) => {
    const name = `<inline-${i + 1}>`;
    loadTop(name, text);
  });
  if (opts.finalRedefs && opts.finalRedefs.length > 0) {
    const name = '<command-line>';
    // Parsed here, not loaded as a file: it is no script (no zeek_script_loaded for it).
    const text = opts.finalRedefs.join('\n');
    sources.set(name, text);
    const r = parseFile(text, name, ctx);
    diagnostics.push(...r.diagnostics);
    const final: Decl = { k: 'file', file: name, decls: r.file.decls, pos: pos0(name) };
    if (!insertBeforeFirstStatement(all, final)) all.push(final);
  }

  if (diagnostics.some(d => d.severity === 'error')) return { diagnostics, sources };
  const checked = checkProgram(all);
  diagnostics.push(...checked.diagnostics);
  if (checked.diagnostics.some(d => d.severity === 'error')) return { diagnostics, sources };
  const program = lowerProgram(checked, sources, files, signatureFiles, opts.instrument === true);
  // Uses in the bundled policy scripts do not count: they are what every run loads.
  const inPolicy = (f: string) => path.resolve(f).startsWith(POLICY_DIR + path.sep);
  program.usesName = (name) => [...(checked.nameUses.get(name) ?? [])].some((f) => !inPolicy(f));
  return { program, diagnostics, sources };
}

/**
 * Renders all diagnostics of a compile result, each with its source line and caret.
 *
 * ## Example
 * ```ts
 * process.stderr.write(formatDiagnostics(result));
 * ```
 */
export function formatDiagnostics(r: CompileResult): string {
  return r.diagnostics.map(d => formatDiagnostic(d, r.sources.get(d.pos.file)) + '\n').join('');
}

export type { ParseContext };

/**
 * Puts `d` right before the first top-level statement of the program (inside the file that has it), i.e.
 * after every declaration, since declarations may not follow a statement. False when there is no statement.
 */
function insertBeforeFirstStatement(decls: Decl[], d: Decl): boolean {
  for (let i = 0; i < decls.length; i++) {
    const x = decls[i];
    if (x.k === 'stmt') {
      decls.splice(i, 0, d);
      return true;
    }
    if (x.k === 'file' && insertBeforeFirstStatement(x.decls, d)) return true;
  }
  return false;
}
