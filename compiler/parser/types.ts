/**
 * ### Type and attribute parsing
 *
 * `table[K1, K2] of V`, `set[K]`, `vector of T`, `record { f: T &optional; }`, `enum { A, B = 5 }`,
 * `function(a: T): R`, `event(a: T)`, `hook(a: T)`, `file of T`, `opaque of X`, atomic keywords and named types.
 */
import type { AttrNode, EnumItem, FieldDecl, ParamDecl, TypeNode } from '../ast';
import { parseExpr } from './expressions';
import { describe, eat, expect, expectId, fail, is, next, ParserState, peek, qualifiedName } from './state';

const ATOMIC = new Set(['bool', 'count', 'int', 'double', 'time', 'interval', 'string', 'pattern', 'addr', 'subnet',
  'port', 'any', 'void']);

/**
 * Parses a type expression.
 *
 * ## Example
 * ```ts
 * parseType(p); // for `table[addr] of count` → { k: 'table', index: [{k:'named',name:'addr'}], yield: ... }
 * ```
 */
export function parseType(p: ParserState): TypeNode {
  const t = peek(p);
  const pos = t.pos;
  if (t.kind === 'keyword') {
    if (ATOMIC.has(t.text)) { next(p); return { k: 'named', name: t.text, pos }; }
    switch (t.text) {
      case 'table': {
        next(p);
        const index = parseIndexTypes(p);
        expect(p, 'of');
        return { k: 'table', index, yield: parseType(p), pos };
      }
      case 'set':
        next(p);
        return { k: 'table', index: parseIndexTypes(p), pos };
      case 'vector':
        next(p);
        expect(p, 'of');
        return { k: 'vector', elem: parseType(p), pos };
      case 'record':
        next(p);
        return { k: 'record', fields: parseFieldList(p), pos };
      case 'enum':
        next(p);
        return { k: 'enum', items: parseEnumItems(p), pos };
      case 'function':
      case 'event':
      case 'hook': {
        next(p);
        const params = parseParams(p);
        let ret: TypeNode | undefined;
        if (t.text !== 'event' && eat(p, ':')) ret = parseType(p);
        return { k: 'func', kind: t.text as 'function', params, ret, pos };
      }
      case 'file':
        next(p);
        if (eat(p, 'of')) return { k: 'file', of: parseType(p), pos };
        return { k: 'file', pos };
      case 'opaque':
        next(p);
        expect(p, 'of');
        return { k: 'opaque', of: qualifiedName(p).name, pos };
    }
  }
  if (t.kind === 'id' || (t.kind === 'punct' && t.text === '::')) {
    return { k: 'named', name: qualifiedName(p).name, pos };
  }
  fail(pos, `syntax error: expected a type but found ${describe(t)}`);
}

function parseIndexTypes(p: ParserState): TypeNode[] {
  expect(p, '[');
  const out = [parseType(p)];
  while (eat(p, ',')) out.push(parseType(p));
  expect(p, ']');
  return out;
}

/** `{ name: type attrs; ... }` as in record types and `redef record R += { ... }`. */
export function parseFieldList(p: ParserState): FieldDecl[] {
  expect(p, '{');
  const fields: FieldDecl[] = [];
  while (!is(p, '}')) {
    const id = expectId(p);
    expect(p, ':');
    const type = parseType(p);
    const attrs = parseAttrs(p);
    expect(p, ';');
    fields.push({ name: id.text, type, attrs, pos: id.pos });
  }
  expect(p, '}');
  return fields;
}

/** `{ A, B = 5, }`. */
export function parseEnumItems(p: ParserState): EnumItem[] {
  expect(p, '{');
  const items: EnumItem[] = [];
  while (!is(p, '}')) {
    const id = expectId(p);
    let value: number | undefined;
    if (eat(p, '=')) {
      const v = next(p);
      if (v.kind !== 'count') fail(v.pos, 'enumerator value must be a count literal');
      value = Number(v.value);
    }
    items.push({ name: id.text, value, pos: id.pos });
    if (!eat(p, ',')) break;
  }
  expect(p, '}');
  return items;
}

/** `(a: T &default = v, b: U)`. */
export function parseParams(p: ParserState): ParamDecl[] {
  expect(p, '(');
  const params: ParamDecl[] = [];
  while (!is(p, ')')) {
    const id = expectId(p);
    expect(p, ':');
    const type = parseType(p);
    params.push({ name: id.text, type, attrs: parseAttrs(p), pos: id.pos });
    if (!eat(p, ',')) break;
  }
  expect(p, ')');
  return params;
}

/** Zero or more `&name [= expr]`. The expression stops before `&&`-free attribute boundaries (level `?:`). */
export function parseAttrs(p: ParserState): AttrNode[] {
  const attrs: AttrNode[] = [];
  for (;;) {
    const t = peek(p);
    if (t.kind !== 'attr') return attrs;
    next(p);
    const a: AttrNode = { name: t.text, pos: t.pos };
    if (eat(p, '=')) a.expr = parseExpr(p, 3);
    attrs.push(a);
  }
}
