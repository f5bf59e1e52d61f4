/**
 * ### Statement parsing
 *
 * Every statement of language.md §4.2 and §8: print, if, for (all key/value forms), while, next, break, return
 * (incl. `return when`), add, delete, event, local/const, when/timeout with captures, switch/fallthrough, assert,
 * blocks and the null statement. `schedule` is an expression statement.
 */
import type { AttrNode, Expr, Stmt, SwitchCase, TypeNode } from '../ast';
import type { Pos } from '../diagnostics';
import { parseArgs, parseCaptures, parseExpr } from './expressions';
import { parseAttrs, parseType } from './types';
import type { Token } from '../lexer';
import { eat, expect, expectId, fail, is, lastEnd, next, ParserState, peek, peekAt, qualifiedName } from './state';

type StmtOf<K extends Stmt['k']> = Extract<Stmt, { k: K }>;

function mk<K extends Stmt['k']>(p: ParserState, pos: Pos, body: Omit<StmtOf<K>, 'pos' | 'end'> & { k: K }): Stmt {
  return { ...body, pos, end: lastEnd(p) } as unknown as Stmt;
}

/**
 * Parses `{ stmt* }`.
 *
 * ## Example
 * ```ts
 * parseBlock(p); // `{ print 1; }` → { k: 'block', stmts: [{ k: 'print', ... }] }
 * ```
 */
export function parseBlock(p: ParserState): Stmt {
  const t = expect(p, '{');
  const stmts: Stmt[] = [];
  while (!is(p, '}')) {
    if (peek(p).kind === 'eof') fail(peek(p).pos, "syntax error: missing '}' at end of file");
    stmts.push(parseStmt(p));
  }
  expect(p, '}');
  return mk(p, t.pos, { k: 'block', stmts });
}

/** Parses one statement. */
export function parseStmt(p: ParserState): Stmt {
  const t = peek(p);
  const pos = t.pos;
  if (t.kind === 'punct') {
    if (t.text === '{') return parseBlock(p);
    if (t.text === ';') { next(p); return mk(p, pos, { k: 'null' }); }
  }
  // Bro 1.x `alarm expr-list;` (removed in 2.0): treated like print. `alarm` is not reserved, so it is a
  // statement only when an expression follows directly.
  if (t.kind === 'id' && t.text === 'alarm' && startsAlarmArgs(peekAt(p, 1))) {
    next(p);
    const args = parseExprList(p);
    expect(p, ';');
    return mk(p, pos, { k: 'print', args });
  }
  if (t.kind === 'keyword') {
    switch (t.text) {
      case 'print': {
        next(p);
        const args = parseExprList(p);
        expect(p, ';');
        return mk(p, pos, { k: 'print', args });
      }
      case 'if': {
        next(p);
        expect(p, '(');
        const cond = parseExpr(p);
        expect(p, ')');
        const then = parseBody(p);
        const els = eat(p, 'else') ? parseBody(p) : undefined;
        return mk(p, pos, { k: 'if', cond, then, else: els });
      }
      case 'for': return parseFor(p);
      case 'while': {
        next(p);
        expect(p, '(');
        const cond = parseExpr(p);
        expect(p, ')');
        return mk(p, pos, { k: 'while', cond, body: parseBody(p) });
      }
      case 'next': next(p); expect(p, ';'); return mk(p, pos, { k: 'next' });
      case 'break': next(p); expect(p, ';'); return mk(p, pos, { k: 'break' });
      case 'fallthrough': next(p); expect(p, ';'); return mk(p, pos, { k: 'fallthrough' });
      case 'return': {
        next(p);
        if (is(p, 'when')) {
          const w = parseWhen(p, true);
          return mk(p, pos, { k: 'return', when: w });
        }
        if (eat(p, ';')) return mk(p, pos, { k: 'return' });
        const value = parseExpr(p);
        expect(p, ';');
        return mk(p, pos, { k: 'return', value });
      }
      case 'add': {
        next(p);
        const target = parseExpr(p);
        expect(p, ';');
        return mk(p, pos, { k: 'add', target });
      }
      case 'delete': {
        next(p);
        const target = parseExpr(p);
        expect(p, ';');
        return mk(p, pos, { k: 'delete', target });
      }
      case 'event': {
        next(p);
        const name = qualifiedName(p);
        expect(p, '(');
        const args = parseArgs(p, ')');
        expect(p, ';');
        return mk(p, pos, { k: 'event', name: name.name, namePos: name.pos, args });
      }
      case 'local':
      case 'const': {
        next(p);
        const id = expectId(p);
        let declType: TypeNode | undefined;
        let init: Expr | undefined;
        if (eat(p, ':')) declType = parseType(p);
        if (eat(p, '=')) init = parseExpr(p);
        const attrs: AttrNode[] = parseAttrs(p);
        expect(p, ';');
        return mk(p, pos, { k: 'local', isConst: t.text === 'const', name: id.text, declType, init, attrs });
      }
      case 'when': return parseWhen(p, false);
      case 'switch': return parseSwitch(p);
      case 'assert': {
        next(p);
        const startOff = peek(p).pos.offset;
        const cond = parseExpr(p);
        const text = p.source.slice(startOff, cond.end);
        const msg = eat(p, ',') ? parseExpr(p) : undefined;
        expect(p, ';');
        return mk(p, pos, { k: 'assert', cond, msg, text });
      }
    }
  }
  const expr = parseExpr(p);
  expect(p, ';');
  return mk(p, pos, { k: 'expr', expr });
}

function startsAlarmArgs(t: Token): boolean {
  if (t.kind === 'punct') return t.text === '(' ? false : !['=', '[', '$', ';', ',', '::', '+=', '-=', '++', '--', '?$', '.', ':'].includes(t.text);
  return t.kind !== 'eof' && t.kind !== 'attr' && !(t.kind === 'keyword' && (t.text === 'in' || t.text === 'as' || t.text === 'is'));
}

function parseExprList(p: ParserState): Expr[] {
  const out = [parseExpr(p)];
  while (eat(p, ',')) out.push(parseExpr(p));
  return out;
}

/** `for ( k in x )`, `for ( [a, b] in t )`, `for ( k, v in t )`, `for ( [a, b], v in t )`. */
function parseFor(p: ParserState): Stmt {
  const pos = next(p).pos;
  expect(p, '(');
  const vars: string[] = [];
  let keyTuple = false;
  if (eat(p, '[')) {
    keyTuple = true;
    vars.push(expectId(p).text);
    while (eat(p, ',')) vars.push(expectId(p).text);
    expect(p, ']');
  } else {
    vars.push(expectId(p).text);
  }
  let valueVar: string | undefined;
  if (eat(p, ',')) valueVar = expectId(p).text;
  expect(p, 'in');
  const iter = parseExpr(p);
  expect(p, ')');
  const body = parseBody(p);
  return mk(p, pos, { k: 'for', vars, keyTuple, valueVar, iter, body });
}

/** `when [caps] ( cond ) stmt [timeout expr { stmts }]`. */
function parseWhen(p: ParserState, isReturn: boolean): Stmt {
  const pos = expect(p, 'when').pos;
  const captures = is(p, '[') ? parseCaptures(p) : undefined;
  expect(p, '(');
  p.inWhenCond++;
  let cond: Expr;
  try { cond = parseExpr(p); } finally { p.inWhenCond--; }
  expect(p, ')');
  const body = parseBody(p);
  let timeout: Expr | undefined;
  let timeoutBody: Stmt | undefined;
  if (eat(p, 'timeout')) {
    timeout = parseExpr(p);
    timeoutBody = parseBlock(p);
  }
  return mk(p, pos, { k: 'when', captures, cond, body, timeout, timeoutBody, isReturn });
}

/** `switch ( e ) { case a, b: ... default: ... }`; type cases `case type T as x:`. */
function parseSwitch(p: ParserState): Stmt {
  const pos = next(p).pos;
  const expr = parseExpr(p);
  expect(p, '{');
  const cases: SwitchCase[] = [];
  while (!is(p, '}')) {
    const ct = peek(p);
    if (eat(p, 'default')) {
      expect(p, ':');
      cases.push({ labels: [], isDefault: true, body: parseCaseBody(p), pos: ct.pos });
      continue;
    }
    expect(p, 'case');
    const labels: Expr[] = [];
    const typeLabels: { type: TypeNode; bind?: string }[] = [];
    do {
      if (eat(p, 'type')) {
        const type = parseType(p);
        const bind = eat(p, 'as') ? expectId(p).text : undefined;
        typeLabels.push({ type, bind });
      } else {
        labels.push(parseExpr(p, 3));
      }
    } while (eat(p, ','));
    expect(p, ':');
    cases.push({ labels, typeLabels: typeLabels.length ? typeLabels : undefined, isDefault: false, body: parseCaseBody(p), pos: ct.pos });
  }
  expect(p, '}');
  return mk(p, pos, { k: 'switch', expr, cases });
}

function parseCaseBody(p: ParserState): Stmt[] {
  const out: Stmt[] = [];
  while (!is(p, 'case') && !is(p, 'default') && !is(p, '}')) {
    if (peek(p).kind === 'eof') fail(peek(p).pos, "syntax error: missing '}' at end of file");
    out.push(parseStmt(p));
  }
  return out;
}

/**
 * The one statement an `if`, `else`, `for`, `while` or `when` governs. An `@else`/`@endif` standing where it must
 * begin would make the body come from across a conditional-directive boundary (`if ( F )` `@else` `if ( F )`
 * `@endif` `print …;`): Zeek rejects that, at the `@endif` (language.at-if-else-if-no-way).
 */
function parseBody(p: ParserState): Stmt {
  const raw = p.tokens[p.i];
  if (raw.kind === 'directive' && (raw.text === '@else' || raw.text === '@endif')) fail(matchingEndif(p, p.i), 'incorrect use of directive');
  return parseStmt(p);
}

/** Where the `@endif` closing the conditional that the directive at token `i` belongs to stands. */
function matchingEndif(p: ParserState, i: number): Pos {
  let depth = 0;
  for (let k = i; k < p.tokens.length; k++) {
    const t = p.tokens[k];
    if (t.kind !== 'directive') continue;
    if (t.text === '@if' || t.text === '@ifdef' || t.text === '@ifndef') depth++;
    else if (t.text === '@endif') {
      if (depth === 0) return t.pos;
      depth--;
    }
  }
  return p.tokens[i].pos;
}
