/**
 * The syntax tree produced by the parser and annotated by the checker.
 *
 * Plain data only: every node has a kind tag `k` and a source position. The checker fills `type` on expressions
 * and `sym` on names; the lowering pass reads both and never looks at tokens again.
 */
import type { Type } from '../src/runtime/types';
import type { Pos } from './diagnostics';

/** An attribute as written: `&default = 0`, `&optional`. */
export interface AttrNode {
  name: string;
  expr?: Expr;
  pos: Pos;
}

// ### Types as written

export type TypeNode =
  | { k: 'named'; name: string; pos: Pos }
  | { k: 'table'; index: TypeNode[]; yield?: TypeNode; pos: Pos }
  | { k: 'vector'; elem: TypeNode; pos: Pos }
  | { k: 'record'; fields: FieldDecl[]; pos: Pos }
  | { k: 'enum'; items: EnumItem[]; pos: Pos }
  | { k: 'func'; kind: 'function' | 'event' | 'hook'; params: ParamDecl[]; ret?: TypeNode; pos: Pos }
  | { k: 'file'; of?: TypeNode; pos: Pos }
  | { k: 'opaque'; of: string; pos: Pos };

export interface FieldDecl { name: string; type: TypeNode; attrs: AttrNode[]; pos: Pos }
export interface EnumItem { name: string; value?: number; pos: Pos }
export interface ParamDecl { name: string; type: TypeNode; attrs: AttrNode[]; pos: Pos }

// ### Expressions

interface ExprBase {
  pos: Pos;
  /** Source offsets [start, end) for run-time error descriptions. */
  end: number;
  /** Filled by the checker. */
  type?: Type;
  /** Checker annotations the lowering reads (resolved symbol, call kind, coercion target...). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  info?: any;
}

export type Expr = ExprBase & (
  | { k: 'const'; lit: 'count' | 'int' | 'double' | 'string' | 'bool' | 'addr' | 'subnet' | 'port' | 'interval' | 'pattern'; value: unknown; flags?: string }
  | { k: 'name'; name: string; sym?: unknown }
  | { k: 'unary'; op: '-' | '+' | '!' | '~'; operand: Expr }
  | { k: 'incr'; op: '++' | '--'; operand: Expr }
  | { k: 'binary'; op: string; left: Expr; right: Expr }
  | { k: 'assign'; op: '=' | '+=' | '-='; target: Expr; value: Expr }
  | { k: 'cond'; cond: Expr; then: Expr; else: Expr }
  | { k: 'call'; fn: Expr; args: Expr[] }
  | { k: 'field'; rec: Expr; field: string }
  | { k: 'hasField'; rec: Expr; field: string }
  | { k: 'index'; target: Expr; indices: Expr[] }
  | { k: 'slice'; target: Expr; lo?: Expr; hi?: Expr }
  | { k: 'abs'; operand: Expr }
  | { k: 'cast'; op: 'as' | 'is' | '?as'; expr: Expr; to: TypeNode }
  | { k: 'recordLit'; fields: { name: string; value: Expr; pos: Pos }[] }
  | { k: 'list'; items: Expr[] }
  | { k: 'ctor'; ctor: 'table' | 'set' | 'vector' | 'record'; args: Expr[]; attrs: AttrNode[]; named?: string }
  | { k: 'brace'; items: Expr[] }
  | { k: 'tableItem'; index: Expr[]; value: Expr }
  | { k: 'copy'; expr: Expr }
  | { k: 'hookCall'; call: Expr }
  | { k: 'schedule'; when: Expr; event: string; eventPos: Pos; args: Expr[] }
  | { k: 'lambda'; fn: FuncNode }
  | { k: 'whenLocal'; name: string; value: Expr; slot?: number }
  | { k: 'fieldAssignList'; fields: { name: string; value: Expr; pos: Pos }[] }
  /** Inserted by the checker where a value changes representation (count→double, value→any, record→record). */
  | { k: 'coerce'; expr: Expr; mode: 'toDouble' | 'toInt' | 'toCount' | 'toAny' | 'record' | 'fromAny' | 'vecAsAny' }
);

// ### Statements

export type Stmt = { pos: Pos; end: number } & (
  | { k: 'print'; args: Expr[] }
  | { k: 'expr'; expr: Expr }
  | { k: 'local'; isConst: boolean; name: string; declType?: TypeNode; init?: Expr; attrs: AttrNode[]; slot?: number; varType?: Type }
  | { k: 'if'; cond: Expr; then: Stmt; else?: Stmt }
  | { k: 'for'; vars: string[]; keyTuple: boolean; valueVar?: string; iter: Expr; body: Stmt; slots?: number[]; valueSlot?: number }
  | { k: 'while'; cond: Expr; body: Stmt }
  | { k: 'next' }
  | { k: 'break' }
  | { k: 'fallthrough' }
  | { k: 'return'; value?: Expr; when?: Stmt }
  | { k: 'add'; target: Expr }
  | { k: 'delete'; target: Expr }
  | { k: 'event'; name: string; namePos: Pos; args: Expr[]; sym?: unknown }
  | { k: 'block'; stmts: Stmt[] }
  | { k: 'when'; captures?: { name: string; copy: boolean; pos: Pos }[]; cond: Expr; body: Stmt; timeout?: Expr; timeoutBody?: Stmt; isReturn?: boolean }
  | { k: 'switch'; expr: Expr; cases: SwitchCase[] }
  | { k: 'assert'; cond: Expr; msg?: Expr; text: string }
  | { k: 'null' }
);

export interface SwitchCase {
  /** Value labels; empty for `default`. */
  labels: Expr[];
  /** Type labels (`case type count as c:`). */
  typeLabels?: { type: TypeNode; bind?: string; slot?: number }[];
  isDefault: boolean;
  body: Stmt[];
  pos: Pos;
}

// ### Functions and declarations

export interface FuncNode {
  kind: 'function' | 'event' | 'hook';
  name?: string;
  params: ParamDecl[];
  ret?: TypeNode;
  attrs: AttrNode[];
  body: Stmt;
  captures?: { name: string; copy: boolean; pos: Pos }[];
  pos: Pos;
  /** Filled by the checker: number of local slots the body needs. */
  frameSize?: number;
  /** Filled by the checker: the body's locals by name (parameters first), for a debugger's `print`. */
  locals?: { name: string; type: Type; slot: number }[];
}

export type Decl = { pos: Pos } & (
  | { k: 'var'; storage: 'global' | 'const' | 'option'; name: string; declType?: TypeNode; init?: Expr; initOp?: '='; attrs: AttrNode[] }
  | { k: 'redefVar'; name: string; op: '=' | '+=' | '-='; init: Expr; attrs: AttrNode[]; declType?: TypeNode }
  | { k: 'redefRecord'; name: string; fields: FieldDecl[]; attrs?: AttrNode[] }
  | { k: 'redefEnum'; name: string; items: EnumItem[] }
  | { k: 'redefFieldAttrs'; name: string; field: string; op: '+=' | '-='; attrs: AttrNode[] }
  | { k: 'type'; name: string; type: TypeNode; attrs: AttrNode[] }
  | { k: 'module'; name: string }
  | { k: 'export'; decls: Decl[] }
  | { k: 'func'; fn: FuncNode; name: string; isRedef: boolean }
  | { k: 'stmt'; stmt: Stmt }
  | { k: 'load'; path: string; directive: string }
  | { k: 'file'; file: string; decls: Decl[] }
);

/** One parsed file. */
export interface FileNode {
  file: string;
  source: string;
  decls: Decl[];
}
