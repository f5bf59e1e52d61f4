/**
 * ### Declaration parsing and the per-file entry point
 *
 * A file is a sequence of declarations (globals, consts, options, types, redefs, module/export, function/event/hook
 * bodies, directives) and top-level statements (language.md §1.1, §3). Errors are collected: after a syntax error
 * the parser skips to the end of the current declaration and carries on, so one run reports several errors.
 */
import type { Decl, Expr, FileNode, FuncNode, TypeNode } from '../ast';
import { CompileError, Diagnostic } from '../diagnostics';
import { tokenize } from '../lexer';
import { parseExpr } from './expressions';
import { parseBlock, parseStmt } from './statements';
import { parseAttrs, parseEnumItems, parseFieldList, parseParams, parseType } from './types';
import {
  createParserState, eat, expect, expectId, fail, is, next, ParseContext, ParserState, peek, peekAt, qualifiedName,
} from './state';

const MAX_ERRORS = 20;

/**
 * Tokenizes and parses one file.
 *
 * ## Example
 * ```ts
 * const { file, diagnostics } = parseFile('global x = 1;\nprint x;', 'a.bro', createParseContext());
 * file.decls.map(d => d.k); // ['var', 'stmt']
 * ```
 */
export function parseFile(source: string, fileName: string, ctx: ParseContext): { file: FileNode; diagnostics: Diagnostic[] } {
  const lexed = tokenize(source, fileName);
  const p = createParserState(lexed.tokens, fileName, source, ctx);
  p.diagnostics.push(...lexed.diagnostics);
  p.evalDirective = evalIfDirective;
  const decls: Decl[] = [];
  for (;;) {
    try {
      if (peek(p).kind === 'eof') break;
      decls.push(...parseDecl(p));
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      p.diagnostics.push(e.diagnostic);
      if (p.diagnostics.length >= MAX_ERRORS) break;
      recover(p);
    }
  }
  if (p.conds.length > 0 && p.diagnostics.length === 0) {
    p.diagnostics.push({ severity: 'error', message: 'file ends inside @if', pos: peek(p).pos });
  }
  return { file: { file: fileName, source, decls }, diagnostics: p.diagnostics };
}

/** Skips to just after the next `;` or balanced `}` at nesting depth 0. */
function recover(p: ParserState): void {
  let depth = 0;
  for (;;) {
    const t = p.tokens[p.i];
    if (t.kind === 'eof') return;
    p.i++;
    if (t.kind !== 'punct') continue;
    if (t.text === '{') depth++;
    else if (t.text === '}') {
      depth--;
      if (depth <= 0) { eat(p, ';'); return; }
    } else if (t.text === ';' && depth === 0) return;
  }
}

function qualify(p: ParserState, name: string): string {
  if (name.startsWith('::')) return name.slice(2);
  if (name.includes('::') || p.module === 'GLOBAL') return name;
  return `${p.module}::${name}`;
}

function define(p: ParserState, name: string, value?: unknown): void {
  const full = qualify(p, name);
  p.ctx.defined.add(full);
  if (value !== undefined) p.ctx.values.set(full, value);
}

/** Parses one declaration (or a top-level statement, wrapped as a `stmt` declaration). */
export function parseDecl(p: ParserState): Decl[] {
  const t = peek(p);
  const pos = t.pos;
  if (t.kind === 'directive') {
    next(p);
    switch (t.text) {
      case '@load':
      case '@load-sigs':
      case '@unload':
        if (!t.extra) fail(pos, `${t.text} needs a path`);
      {
        const d: Extract<Decl, { k: 'load' }> = { k: 'load', path: t.extra, directive: t.text, pos };
        return p.ctx.loadNow ? p.ctx.loadNow(d, p.file) : [d];
      }
      case '@deprecated':
        p.ctx.onDeprecated?.(pos, t.extra || undefined);
        return [];
      case '@prefixes':
      case '@pragma':
      case '@load-plugin':
      case '@DEBUG':
        return [];
      default:
        fail(pos, `unknown directive ${t.text}`);
    }
  }
  if (t.kind === 'keyword') {
    switch (t.text) {
      case 'module': {
        next(p);
        const id = qualifiedName(p);
        expect(p, ';');
        p.module = id.name;
        p.ctx.modules.add(id.name);
        return [{ k: 'module', name: id.name, pos }];
      }
      case 'export': {
        next(p);
        expect(p, '{');
        const decls: Decl[] = [];
        while (!is(p, '}')) {
          if (peek(p).kind === 'eof') fail(peek(p).pos, "syntax error: missing '}' at end of file");
          decls.push(...parseDecl(p));
        }
        expect(p, '}');
        return [{ k: 'export', decls, pos }];
      }
      case 'global':
      case 'const':
      case 'option': {
        next(p);
        const id = qualifiedName(p);
        let declType: TypeNode | undefined;
        let init: Expr | undefined;
        if (eat(p, ':')) declType = parseType(p);
        if (eat(p, '=')) init = parseExpr(p);
        const attrs = parseAttrs(p);
        expect(p, ';');
        define(p, id.name, init && constValue(p, init));
        return [{ k: 'var', storage: t.text as 'global', name: id.name, declType, init, attrs, pos: id.pos }];
      }
      case 'type': {
        next(p);
        const id = qualifiedName(p);
        expect(p, ':');
        const type = parseType(p);
        const attrs = parseAttrs(p);
        expect(p, ';');
        define(p, id.name);
        if (type.k === 'enum') for (const it of type.items) define(p, it.name);
        return [{ k: 'type', name: id.name, type, attrs, pos: id.pos }];
      }
      case 'redef': return [parseRedef(p)];
      case 'function':
        return [parseFuncDecl(p, false)];
      case 'event':
      case 'hook':
        // `hook h("x");` at the top level is a hook call statement (language.default-params), like `event e(1);`.
        if (isEventDefinition(p)) return [parseFuncDecl(p, false)];
        break;
    }
  }
  return [{ k: 'stmt', stmt: parseStmt(p), pos }];
}

/**
 * `event foo(a: T) {...}` defines a handler; `event foo(1);` queues one — look past the parentheses to tell.
 * The same holds for `hook`.
 */
function isEventDefinition(p: ParserState): boolean {
  let k = p.i + 1;
  while (p.tokens[k] && (p.tokens[k].kind === 'id' || p.tokens[k].text === '::')) k++;
  if (p.tokens[k]?.text !== '(') return false;
  let depth = 0;
  for (; k < p.tokens.length; k++) {
    const t = p.tokens[k];
    if (t.kind === 'eof') return false;
    if (t.text === '(' && t.kind === 'punct') depth++;
    else if (t.text === ')' && t.kind === 'punct') {
      depth--;
      if (depth === 0) break;
    }
  }
  const after = p.tokens[k + 1];
  // `event zeek_init()` `@else … @endif` `{`: an `@if` picks the header, so a conditional directive there
  // means a definition follows (an event statement would need its `;` right after the parenthesis).
  const cond = after?.kind === 'directive' && /^@(else|endif|if|ifdef|ifndef)$/.test(after.text);
  return after !== undefined && (cond || after.kind === 'attr' || (after.kind === 'punct' && after.text === '{'));
}

function parseFuncDecl(p: ParserState, isRedef: boolean): Decl {
  const kw = next(p);
  const id = qualifiedName(p);
  const params = parseParams(p);
  let ret: TypeNode | undefined;
  if (kw.text === 'function' && eat(p, ':')) ret = parseType(p);
  const attrs = parseAttrs(p);
  const body = parseBlock(p);
  define(p, id.name);
  const only = body.k === 'block' && body.stmts.length === 1 ? body.stmts[0] : undefined;
  if (kw.text === 'function' && only?.k === 'return' && only.value) {
    p.ctx.foldable.set(qualify(p, id.name), { params: params.map(x => x.name), body: only.value });
  }
  const fn: FuncNode = { kind: kw.text as 'function', name: id.name, params, ret, attrs, body, pos: id.pos };
  return { k: 'func', fn, name: id.name, isRedef, pos: id.pos };
}

function parseRedef(p: ParserState): Decl {
  const pos = next(p).pos;
  if (is(p, 'record')) {
    next(p);
    const id = qualifiedName(p);
    if (eat(p, '$')) {
      const f = expectId(p);
      const opTok = next(p);
      if (opTok.text !== '+=' && opTok.text !== '-=') fail(opTok.pos, "syntax error: expected '+=' or '-='");
      expect(p, '{');
      const attrs = parseAttrs(p);
      expect(p, '}');
      expect(p, ';');
      return { k: 'redefFieldAttrs', name: id.name, field: f.text, op: opTok.text as '+=', attrs, pos };
    }
    expect(p, '+=');
    const fields = parseFieldList(p);
    // `redef record R += { ... } &log;`: the attribute applies to every added field (Zeek's logging idiom).
    const attrs = parseAttrs(p);
    eat(p, ';');
    return { k: 'redefRecord', name: id.name, fields, attrs, pos: id.pos };
  }
  if (is(p, 'enum')) {
    next(p);
    const id = qualifiedName(p);
    expect(p, '+=');
    const items = parseEnumItems(p);
    eat(p, ';');
    for (const it of items) define(p, it.name);
    return { k: 'redefEnum', name: id.name, items, pos: id.pos };
  }
  if (is(p, 'event') || is(p, 'function') || is(p, 'hook')) return parseFuncDecl(p, true);
  const id = qualifiedName(p);
  // `redef x: T = e;` restates the type (Zeek's grammar allows it; language.expire-redef uses it).
  const declType = !is(p, '[') && eat(p, ':') ? parseType(p) : undefined;
  if (declType === undefined && is(p, '[')) {
    // `redef t["k"] = v;` adds one element.
    const start = peek(p);
    next(p);
    const index: Expr[] = [parseExpr(p)];
    while (eat(p, ',')) index.push(parseExpr(p));
    expect(p, ']');
    expect(p, '=');
    const value = parseExpr(p);
    const attrs = parseAttrs(p);
    expect(p, ';');
    const item = { k: 'tableItem', index, value, pos: start.pos, end: value.end } as Expr;
    const init = { k: 'brace', items: [item], pos: start.pos, end: value.end } as Expr;
    return { k: 'redefVar', name: id.name, op: '+=', init, attrs, pos: id.pos };
  }
  const opTok = next(p);
  if (opTok.text !== '=' && opTok.text !== '+=' && opTok.text !== '-=') {
    fail(opTok.pos, `syntax error: expected '=', '+=' or '-=' after redef ${id.name}`);
  }
  const init = parseExpr(p);
  const attrs = parseAttrs(p);
  expect(p, ';');
  if (opTok.text === '=') {
    const v = constValue(p, init);
    if (v !== undefined) p.ctx.values.set(qualify(p, id.name), v);
  }
  return { k: 'redefVar', name: id.name, op: opTok.text as '=', init, attrs, declType, pos: id.pos };
}

// ### `@if` evaluation

/** Folds the small constant expressions `@if` conditions use; undefined when not foldable. */
/** Nesting of folded function calls: a recursive function is simply not foldable. */
let foldDepth = 0;

function constValue(p: ParserState, e: Expr, env?: Map<string, unknown>): unknown {
  switch (e.k) {
    case 'call': {
      // The built-ins `@if` conditions commonly use (Zeek evaluates any expression at parse time).
      if (e.fn.k === 'name' && e.fn.name === 'getenv' && e.args.length === 1) {
        const name = constValue(p, e.args[0], env);
        return typeof name === 'string' ? process.env[name] ?? '' : undefined;
      }
      // A script function already defined whose body is one `return EXPR;` (language.at-if's `foo(42)`).
      const f = e.fn.k === 'name' ? p.ctx.foldable.get(qualify(p, e.fn.name)) ?? p.ctx.foldable.get(e.fn.name) : undefined;
      if (!f || f.params.length !== e.args.length || foldDepth > 32) return undefined;
      const args = new Map<string, unknown>();
      for (let i = 0; i < e.args.length; i++) {
        const v = constValue(p, e.args[i], env);
        if (v === undefined) return undefined;
        args.set(f.params[i], v);
      }
      foldDepth++;
      try {
        return constValue(p, f.body, args);
      } finally {
        foldDepth--;
      }
    }
    case 'cond': {
      const c = constValue(p, e.cond, env);
      if (typeof c !== 'boolean') return undefined;
      return constValue(p, c ? e.then : e.else, env);
    }
    case 'const': return typeof e.value === 'bigint' ? Number(e.value) : e.value;
    case 'name': {
      if (env?.has(e.name)) return env.get(e.name);
      const full = qualify(p, e.name);
      if (p.ctx.values.has(full)) return p.ctx.values.get(full);
      return p.ctx.values.get(e.name.replace(/^::/, ''));
    }
    case 'unary': {
      const v = constValue(p, e.operand, env);
      if (v === undefined) return undefined;
      if (e.op === '!') return !v;
      if (e.op === '-') return -(v as number);
      return v;
    }
    case 'binary': {
      const a = constValue(p, e.left, env);
      if (e.op === '&&') return a === undefined ? undefined : a && constValue(p, e.right, env);
      if (e.op === '||') return a === undefined ? undefined : a || constValue(p, e.right, env);
      const b = constValue(p, e.right, env);
      if (a === undefined || b === undefined) return undefined;
      const x = a as number, y = b as number;
      switch (e.op) {
        case '==': return a === b;
        case '!=': return a !== b;
        case '<': return x < y;
        case '>': return x > y;
        case '<=': return x <= y;
        case '>=': return x >= y;
        case '+': return x + y;
        case '-': return x - y;
        case '*': return x * y;
      }
      return undefined;
    }
  }
  return undefined;
}

function evalIfDirective(p: ParserState): boolean {
  const t = expect(p, '(');
  const e = parseExpr(p);
  expect(p, ')');
  const v = constValue(p, e);
  if (typeof v !== 'boolean') fail(t.pos, '@if condition is not a constant boolean expression');
  return v;
}

/** Exposed for tests: parse a standalone expression. */
export function parseExpressionText(source: string, ctx: ParseContext): Expr {
  const lexed = tokenize(source, '<expr>');
  const p = createParserState(lexed.tokens, '<expr>', source, ctx);
  const e = parseExpr(p);
  if (peek(p).kind !== 'eof') fail(peekAt(p, 0).pos, 'syntax error: trailing input');
  return e;
}
