/**
 * The parser's one state object (acorn style): the token array, the cursor, diagnostics, and the conditional
 * directive (`@if` / `@ifdef`) stack, which is resolved here at the token level so skipped text is never parsed.
 */
import { CompileError, Diagnostic, Pos } from '../diagnostics';
import { Token } from '../lexer';
import type { Decl, Expr } from '../ast';

/** What the parser knows about names while parsing, shared by all files of one compilation (for `@ifdef`/`@if`). */
export interface ParseContext {
  /** Fully qualified names defined so far (globals, types, functions, events, enum constants, modules). */
  defined: Set<string>;
  /** Constant-foldable values of globals defined so far (for `@if ( x == 1 )`). */
  values: Map<string, unknown>;
  /** Module names seen so far. */
  modules: Set<string>;
  /**
   * Loads an `@load`ed script at the point of the directive (as Zeek does), so `@ifdef`/`@if` later in the
   * loading file see its names; returns what replaces the directive. Without it the directive stays a `load`.
   */
  loadNow?: (d: Extract<Decl, { k: 'load' }>, file: string) => Decl[];
  /** Functions whose body is one `return EXPR;`, by qualified name: `@if ( f(42) )` folds a call to one. */
  foldable: Map<string, { params: string[]; body: Expr }>;
  /** Told of each `@deprecated ["msg"]` directive (the loader knows where the script was loaded from). */
  onDeprecated?: (pos: Pos, message: string | undefined) => void;
}

export function createParseContext(): ParseContext {
  return { defined: new Set(), values: new Map(), modules: new Set(['GLOBAL']), foldable: new Map() };
}

export interface ParserState {
  tokens: Token[];
  i: number;
  file: string;
  source: string;
  diagnostics: Diagnostic[];
  ctx: ParseContext;
  /** Current module (for `@ifdef` of unqualified names). */
  module: string;
  /** One entry per open `@if`: true while in the branch being kept. */
  conds: boolean[];
  /** Set while parsing a `when` condition, where `local x = e` is an expression. */
  inWhenCond: number;
  /** Evaluates an `@if` condition; installed by declarations.ts to avoid a module cycle. */
  evalDirective?: (p: ParserState) => boolean;
}

export function createParserState(tokens: Token[], file: string, source: string, ctx: ParseContext): ParserState {
  return { tokens, i: 0, file, source, diagnostics: [], ctx, module: 'GLOBAL', conds: [], inWhenCond: 0 };
}

export function fail(pos: Pos, message: string): never {
  throw new CompileError({ severity: 'error', message, pos });
}

const COND_DIRECTIVES = new Set(['@if', '@ifdef', '@ifndef', '@else', '@endif']);

/** The current token, after resolving any conditional directives that stand in front of it. */
export function peek(p: ParserState): Token {
  let t = p.tokens[p.i];
  while (t.kind === 'directive' && COND_DIRECTIVES.has(t.text)) {
    handleConditional(p, t);
    t = p.tokens[p.i];
  }
  return t;
}

export function peekAt(p: ParserState, k: number): Token {
  peek(p);
  return p.tokens[Math.min(p.i + k, p.tokens.length - 1)];
}

export function next(p: ParserState): Token {
  const t = peek(p);
  if (t.kind !== 'eof') p.i++;
  return t;
}

export function is(p: ParserState, text: string): boolean {
  const t = peek(p);
  return (t.kind === 'punct' || t.kind === 'keyword') && t.text === text;
}

export function eat(p: ParserState, text: string): boolean {
  if (is(p, text)) { p.i++; return true; }
  return false;
}

export function expect(p: ParserState, text: string): Token {
  const t = peek(p);
  if ((t.kind === 'punct' || t.kind === 'keyword') && t.text === text) { p.i++; return t; }
  fail(t.pos, `syntax error: expected '${text}' but found ${describe(t)}`);
}

export function expectId(p: ParserState): Token {
  const t = peek(p);
  if (t.kind === 'id') { p.i++; return t; }
  fail(t.pos, `syntax error: expected an identifier but found ${describe(t)}`);
}

/** Parses `a`, `A::b`, `::x` (global module) into one name string. */
export function qualifiedName(p: ParserState): { name: string; pos: Pos } {
  const start = peek(p);
  let name = '';
  if (eat(p, '::')) name = '::';
  name += expectId(p).text;
  while (is(p, '::') && p.tokens[p.i + 1]?.kind === 'id') {
    p.i++;
    name += '::' + next(p).text;
  }
  return { name, pos: start.pos };
}

export function describe(t: Token): string {
  if (t.kind === 'eof') return 'end of file';
  return `'${t.text}'`;
}

/** End offset of the previous token (for node source ranges). */
export function lastEnd(p: ParserState): number {
  const t = p.tokens[p.i - 1];
  return t ? t.pos.offset + t.text.length : 0;
}

// ### Conditional directives

function handleConditional(p: ParserState, t: Token): void {
  p.i++;
  switch (t.text) {
    case '@if': {
      const keep = p.evalDirective ? p.evalDirective(p) : false;
      if (keep) p.conds.push(true);
      else skipBranch(p, t, true);
      return;
    }
    case '@ifdef':
    case '@ifndef': {
      expect(p, '(');
      const { name } = qualifiedName(p);
      expect(p, ')');
      const full = name.startsWith('::') ? name.slice(2) : name;
      const defined = p.ctx.defined.has(full) || p.ctx.modules.has(full) ||
        (p.module !== 'GLOBAL' && !full.includes('::') && p.ctx.defined.has(`${p.module}::${full}`));
      const keep = t.text === '@ifdef' ? defined : !defined;
      if (keep) p.conds.push(true);
      else skipBranch(p, t, true);
      return;
    }
    case '@else':
      if (p.conds.length === 0) fail(t.pos, '@else without @if');
      p.conds.pop();
      // We were keeping the `@if` branch, so the `@else` branch is skipped up to its `@endif`.
      skipBranch(p, t, false);
      return;
    case '@endif':
      if (p.conds.length === 0) fail(t.pos, 'unbalanced @endif');
      p.conds.pop();
      return;
  }
}

/** Skips tokens up to the matching `@else` (if `elseOk`) or `@endif`, honouring nesting. */
function skipBranch(p: ParserState, opener: Token, elseOk: boolean): void {
  let depth = 0;
  for (;;) {
    const t = p.tokens[p.i];
    if (t.kind === 'eof') fail(opener.pos, `file ends inside ${opener.text}`);
    p.i++;
    if (t.kind !== 'directive') continue;
    if (t.text === '@if' || t.text === '@ifdef' || t.text === '@ifndef') depth++;
    else if (t.text === '@endif') {
      if (depth === 0) return;
      depth--;
    } else if (t.text === '@else' && depth === 0 && elseOk) {
      p.conds.push(true);
      return;
    }
  }
}
