/**
 * ### Expression parsing
 *
 * Precedence climbing over the levels of language.md §1.6 (2 = assignment … 17 = postfix). Comparisons are
 * non-associative (`a < b < c` is a syntax error). `|x|` brackets an absolute value, so inside it a bare `|` closes
 * the bracket instead of meaning bitwise/set/pattern "or" (parentheses restore the binary meaning).
 */
import type { Expr } from '../ast';
import type { Pos } from '../diagnostics';
import type { Token } from '../lexer';
import { parseBlock } from './statements';
import { parseAttrs, parseParams, parseType } from './types';
import { describe, eat, expect, expectId, fail, is, lastEnd, next, ParserState, peek, peekAt, qualifiedName } from './state';

type ExprOf<K extends Expr['k']> = Extract<Expr, { k: K }>;
type NodeBody<K extends Expr['k']> = Omit<ExprOf<K>, 'pos' | 'end' | 'type'>;

function mk<K extends Expr['k']>(p: ParserState, pos: Pos, body: NodeBody<K> & { k: K }): Expr {
  return { ...body, pos, end: lastEnd(p) } as unknown as Expr;
}

const BINARY_LEVELS: Record<number, string[]> = {
  4: ['||'],
  5: ['&&'],
  7: ['<', '>', '<=', '>=', '==', '!='],
  8: ['in', '!in'],
  9: ['|'],
  10: ['^'],
  11: ['&'],
  12: ['<<', '>>'],
  13: ['+', '-'],
  14: ['*', '/', '%'],
};

interface BarState { noBar: number }

/**
 * Parses an expression whose operators bind at least as tightly as `level` (2 = everything but `,`).
 *
 * ## Example
 * ```ts
 * parseExpr(p);      // `x = a + b * c` → assign(x, a + (b * c))
 * parseExpr(p, 3);   // stops before `=` (used for attribute values)
 * ```
 */
export function parseExpr(p: ParserState, level = 2): Expr {
  if (level <= 2) return parseAssign(p);
  if (level === 3) return parseCond(p);
  return parseBinary(p, level);
}

function parseAssign(p: ParserState): Expr {
  const start = peek(p).pos;
  const left = parseCond(p);
  const t = peek(p);
  if (t.kind === 'punct' && (t.text === '=' || t.text === '+=' || t.text === '-=')) {
    next(p);
    const value = parseAssign(p);
    return mk(p, start, { k: 'assign', op: t.text as '=', target: left, value });
  }
  return left;
}

function parseCond(p: ParserState): Expr {
  const start = peek(p).pos;
  const c = parseBinary(p, 4);
  if (is(p, '?') && !(peekAt(p, 1).kind === 'keyword' && peekAt(p, 1).text === 'as')) {
    next(p);
    const a = parseCond(p);
    expect(p, ':');
    const b = parseCond(p);
    return mk(p, start, { k: 'cond', cond: c, then: a, else: b });
  }
  return c;
}

function isBinaryOp(p: ParserState, t: Token, level: number): boolean {
  const ops = BINARY_LEVELS[level];
  if (!ops) return false;
  if (t.kind !== 'punct' && !(t.kind === 'keyword' && t.text === 'in')) return false;
  if (!ops.includes(t.text)) return false;
  if (t.text === '|' && (p as ParserState & BarState).noBar > 0) return onlyStartsOperand(peekAt(p, 1));
  return true;
}

const OPERAND_KEYWORDS = new Set(['copy', 'table', 'set', 'vector', 'record', 'function', 'hook', 'schedule']);
const OPERAND_PUNCT = new Set(['!', '~', '$', '::', '++', '--']);

/**
 * Inside `|...|`, a `|` is the binary "or" only when the token after it can start an operand but cannot follow one
 * (a name, a literal, `set(…)`, `!x`): Zeek's bison grammar shifts there and reduces the bracket otherwise, so
 * `|b | set(1, 2)|` is the size of a union while `|a| - 1`, `|a| == 2` and `|a|(…)` close the bracket
 * (Zeek test language.set).
 */
function onlyStartsOperand(t: Token): boolean {
  switch (t.kind) {
    case 'count': case 'double': case 'string': case 'bool': case 'addr': case 'subnet': case 'port':
    case 'interval': case 'pattern': case 'id': case 'directive':
      return true;
    case 'keyword':
      return OPERAND_KEYWORDS.has(t.text);
    case 'punct':
      return OPERAND_PUNCT.has(t.text);
    default:
      return false;
  }
}

function parseBinary(p: ParserState, level: number): Expr {
  if (level === 6) return parseHook(p);
  if (level > 14) return parseUnary(p);
  const start = peek(p).pos;
  let left = parseBinary(p, level + 1);
  for (;;) {
    const t = peek(p);
    if (!isBinaryOp(p, t, level)) return left;
    next(p);
    const right = parseBinary(p, level + 1);
    left = mk(p, start, { k: 'binary', op: t.text, left, right });
    if (level === 7 && isBinaryOp(p, peek(p), 7)) {
      fail(peek(p).pos, `syntax error: comparison operators do not associate (${describe(peek(p))})`);
    }
  }
}

function parseHook(p: ParserState): Expr {
  if (is(p, 'hook')) {
    const t = next(p);
    const at = p.i;
    let call = parseUnary(p);
    // A non-call operand is the checker's error ("not a valid hook call expression"), as in Zeek, which takes
    // the whole expression as the operand (`hook 2+2`).
    if (call.k !== 'call') {
      p.i = at;
      call = parseBinary(p, 7);
    }
    return mk(p, t.pos, { k: 'hookCall', call });
  }
  return parseBinary(p, 7);
}

function parseUnary(p: ParserState): Expr {
  const t = peek(p);
  if (t.kind === 'punct') {
    if (t.text === '++' || t.text === '--') {
      next(p);
      const operand = parseUnary(p);
      return mk(p, t.pos, { k: 'incr', op: t.text, operand });
    }
    if (t.text === '!' || t.text === '~' || t.text === '-' || t.text === '+') {
      next(p);
      const operand = parseUnary(p);
      // `-5` and `+5` are int constants; `-2hr` an interval constant (language.md §1.4).
      if ((t.text === '-' || t.text === '+') && operand.k === 'const' && !operand.type) {
        const neg = t.text === '-';
        if (operand.lit === 'count') {
          const v = operand.value as number | bigint;
          if (typeof v === 'bigint') {
            const lim = neg ? 1n << 63n : (1n << 63n) - 1n;
            if (v > lim) fail(t.pos, "literal is outside range of 'int' values");
            const r = neg ? -v : v;
            return mk(p, t.pos, { k: 'const', lit: 'int', value: r >= -(2n ** 53n) && r <= 2n ** 53n ? Number(r) : r });
          }
          return mk(p, t.pos, { k: 'const', lit: 'int', value: neg ? (v === 0 ? 0 : -v) : v });
        }
        if ((operand.lit === 'double' || operand.lit === 'interval') && operand.pos.offset === t.pos.offset + 1) {
          return mk(p, t.pos, { k: 'const', lit: operand.lit, value: neg ? -(operand.value as number) : operand.value });
        }
      }
      return mk(p, t.pos, { k: 'unary', op: t.text, operand });
    }
  }
  return parsePostfix(p);
}

function parsePostfix(p: ParserState): Expr {
  const start = peek(p).pos;
  let e = parsePrimary(p);
  for (;;) {
    const t = peek(p);
    if (t.kind === 'punct' && t.text === '$') {
      next(p);
      const f = expectId(p);
      e = mk(p, start, { k: 'field', rec: e, field: f.text });
    } else if (t.kind === 'punct' && t.text === '?$') {
      next(p);
      const f = expectId(p);
      e = mk(p, start, { k: 'hasField', rec: e, field: f.text });
    } else if (t.kind === 'punct' && t.text === '[') {
      next(p);
      e = withBars(p, () => parseIndexTail(p, e, start));
    } else if (t.kind === 'punct' && t.text === '(') {
      next(p);
      const args = withBars(p, () => parseArgs(p, ')'));
      e = mk(p, start, { k: 'call', fn: e, args });
    } else if (t.kind === 'keyword' && (t.text === 'as' || t.text === 'is')) {
      next(p);
      const to = parseType(p);
      e = mk(p, start, { k: 'cast', op: t.text, expr: e, to });
    } else if (t.kind === 'punct' && t.text === '?' && peekAt(p, 1).kind === 'keyword' && peekAt(p, 1).text === 'as') {
      next(p);
      next(p);
      const to = parseType(p);
      e = mk(p, start, { k: 'cast', op: '?as', expr: e, to });
    } else if (t.kind === 'punct' && (t.text === '++' || t.text === '--') && !t.spaceBefore) {
      next(p);
      e = mk(p, start, { k: 'incr', op: t.text, operand: e });
    } else {
      return e;
    }
  }
}

function parseIndexTail(p: ParserState, target: Expr, start: Pos): Expr {
  if (eat(p, ':')) {
    const hi = is(p, ']') ? undefined : parseExpr(p);
    expect(p, ']');
    return mk(p, start, { k: 'slice', target, hi });
  }
  const first = parseExpr(p);
  if (eat(p, ':')) {
    const hi = is(p, ']') ? undefined : parseExpr(p);
    expect(p, ']');
    return mk(p, start, { k: 'slice', target, lo: first, hi });
  }
  const indices = [first];
  while (eat(p, ',')) indices.push(parseExpr(p));
  expect(p, ']');
  return mk(p, start, { k: 'index', target, indices });
}

/** Runs `f` with bare `|` meaning binary "or" again (inside parentheses/brackets nested in `|...|`). */
function withBars<R>(p: ParserState, f: () => R): R {
  const s = p as ParserState & BarState;
  const saved = s.noBar ?? 0;
  s.noBar = 0;
  try { return f(); } finally { s.noBar = saved; }
}

/**
 * Call/constructor arguments up to `close`: plain expressions, or `$f = e` field assignments (record constructors),
 * which are gathered into one `fieldAssignList` argument.
 */
export function parseArgs(p: ParserState, close: string): Expr[] {
  const args: Expr[] = [];
  const fields: { name: string; value: Expr; pos: Pos }[] = [];
  const start = peek(p).pos;
  while (!is(p, close)) {
    if (is(p, '$')) {
      next(p);
      const f = expectId(p);
      expect(p, '=');
      fields.push({ name: f.text, value: parseExpr(p), pos: f.pos });
    } else {
      args.push(parseExpr(p));
    }
    if (!eat(p, ',')) break;
  }
  expect(p, close);
  if (fields.length) args.push(mk(p, start, { k: 'fieldAssignList', fields }));
  return args;
}

/**
 * `[k] = v` items in table constructors and brace initialisers become `tableItem`s (the checker also applies
 * it to a named table type's constructor call, `MyTable([k] = v)`).
 *
 * ## Example
 * ```ts
 * toItems(parseArgs(p, ')')); // [{ k: 'tableItem', index: [k], value: v }]
 * ```
 */
export function toItems(args: Expr[]): Expr[] {
  return args.map(a => {
    if (a.k === 'assign' && a.op === '=' && a.target.k === 'list') {
      return { k: 'tableItem', index: a.target.items, value: a.value, pos: a.pos, end: a.end } as Expr;
    }
    return a;
  });
}

function parsePrimary(p: ParserState): Expr {
  const t = peek(p);
  const pos = t.pos;
  switch (t.kind) {
    case 'count': case 'double': case 'string': case 'bool': case 'addr': case 'subnet': case 'port':
    case 'interval':
      next(p);
      return mk(p, pos, { k: 'const', lit: t.kind, value: t.value });
    case 'pattern':
      next(p);
      return mk(p, pos, { k: 'const', lit: 'pattern', value: t.value, flags: t.extra });
    case 'id':
      return mk(p, pos, { k: 'name', name: qualifiedName(p).name });
    case 'directive':
      if (t.text === '@DIR' || t.text === '@FILENAME') {
        next(p);
        const slash = p.file.lastIndexOf('/');
        const dir = slash >= 0 ? p.file.slice(0, slash) : '.';
        // Zeek's @DIR is absolute: a script named relative to the working directory gets that directory in front,
        // unnormalised (`zeek ./x.zeek` prints `<cwd>/.`; language.at-dir).
        const absDir = dir.startsWith('/') ? dir : `${process.cwd()}/${dir}`;
        const v = t.text === '@DIR' ? absDir : p.file.slice(slash + 1);
        return mk(p, pos, { k: 'const', lit: 'string', value: v });
      }
      break;
    case 'punct':
      switch (t.text) {
        case '::':
          return mk(p, pos, { k: 'name', name: qualifiedName(p).name });
        case '(': {
          next(p);
          const e = withBars(p, () => parseExpr(p));
          expect(p, ')');
          return e;
        }
        case '[': {
          next(p);
          if (is(p, '$')) {
            const args = withBars(p, () => parseArgs(p, ']'));
            const fl = args[args.length - 1];
            if (args.length !== 1 || fl.k !== 'fieldAssignList') fail(pos, 'syntax error: mixed record fields and values');
            return mk(p, pos, { k: 'recordLit', fields: fl.fields });
          }
          const items: Expr[] = [];
          withBars(p, () => {
            while (!is(p, ']')) {
              items.push(parseExpr(p));
              if (!eat(p, ',')) break;
            }
            expect(p, ']');
          });
          return mk(p, pos, { k: 'list', items });
        }
        case '|': {
          next(p);
          const s = p as ParserState & BarState;
          const saved = s.noBar ?? 0;
          s.noBar = 1;
          let operand: Expr;
          try { operand = parseExpr(p); } finally { s.noBar = saved; }
          expect(p, '|');
          return mk(p, pos, { k: 'abs', operand });
        }
        case '{': {
          next(p);
          const items: Expr[] = [];
          withBars(p, () => {
            while (!is(p, '}')) {
              items.push(parseExpr(p));
              if (!eat(p, ',')) break;
            }
            expect(p, '}');
          });
          return mk(p, pos, { k: 'brace', items: toItems(items) });
        }
      }
      break;
    case 'keyword':
      switch (t.text) {
        case 'copy': {
          next(p);
          expect(p, '(');
          const e = withBars(p, () => parseExpr(p));
          expect(p, ')');
          return mk(p, pos, { k: 'copy', expr: e });
        }
        case 'table': case 'set': case 'vector': case 'record': {
          if (!(peekAt(p, 1).kind === 'punct' && peekAt(p, 1).text === '(')) break;
          next(p);
          next(p);
          const args = withBars(p, () => parseArgs(p, ')'));
          // Only table() and set() take attributes (Zeek's grammar): after vector()/record() they belong to
          // the declaration (`const v: vector of string = vector() &redef;`).
          const attrs = t.text === 'table' || t.text === 'set' ? parseAttrs(p) : [];
          return mk(p, pos, { k: 'ctor', ctor: t.text, args: toItems(args), attrs });
        }
        case 'function': {
          next(p);
          let captures: { name: string; copy: boolean; pos: Pos }[] | undefined;
          if (is(p, '[')) captures = parseCaptures(p);
          const params = parseParams(p);
          let ret;
          if (eat(p, ':')) ret = parseType(p);
          const body = parseBlock(p);
          return mk(p, pos, { k: 'lambda', fn: { kind: 'function', params, ret, attrs: [], body, captures, pos } });
        }
        case 'hook':
          return parseHook(p);
        case 'schedule': {
          next(p);
          const when = parseExpr(p);
          expect(p, '{');
          const ev = qualifiedName(p);
          expect(p, '(');
          const args = withBars(p, () => parseArgs(p, ')'));
          expect(p, '}');
          return mk(p, pos, { k: 'schedule', when, event: ev.name, eventPos: ev.pos, args });
        }
        case 'local': {
          next(p);
          const id = expectId(p);
          expect(p, '=');
          const value = parseExpr(p, 3);
          return mk(p, pos, { k: 'whenLocal', name: id.text, value });
        }
      }
      break;
  }
  fail(pos, `syntax error: unexpected ${describe(t)}`);
}

/** `[a, copy b]` capture lists of lambdas and `when`. */
export function parseCaptures(p: ParserState): { name: string; copy: boolean; pos: Pos }[] {
  expect(p, '[');
  const out: { name: string; copy: boolean; pos: Pos }[] = [];
  while (!is(p, ']')) {
    const copy = eat(p, 'copy');
    const id = expectId(p);
    out.push({ name: id.text, copy, pos: id.pos });
    if (!eat(p, ',')) break;
  }
  expect(p, ']');
  return out;
}
