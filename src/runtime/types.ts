/**
 * Type descriptors for Bro script types (language.md §2.1).
 *
 * Descriptors are plain data shared by the compiler's checker (type inference,
 * coercion checks, diagnostics) and the runtime (printing, canonical table keys,
 * `type_name`). Atomic types are singletons (`T.count`), so `t === T.count` and
 * `t.kind === 'count'` are both valid tests. Record and enum descriptors are
 * mutable on purpose: `redef record R += {...}` and `redef enum E += {...}`
 * extend the one descriptor every value of that type already points to.
 */

/** Kinds of atomic (non-container, non-callable) types. */
export type AtomicKind =
  | 'bool'
  | 'count'
  | 'int'
  | 'double'
  | 'time'
  | 'interval'
  | 'string'
  | 'pattern'
  | 'addr'
  | 'subnet'
  | 'port'
  | 'any'
  | 'void';

export interface AtomicType {
  readonly kind: AtomicKind;
}

/**
 * An attribute as written in the script (`&default = 0`, `&optional`, `&log`,
 * `&create_expire = 5 mins`, ...). `expr` is owned by the compiler (AST node or
 * lowered thunk); the runtime never interprets it.
 */
export interface Attribute {
  /** The name without `&`: `default`, `optional`, `log`, `read_expire`, ... */
  readonly name: string;
  readonly expr?: unknown;
}

/** One field of a record type. */
export interface RecordField {
  readonly name: string;
  type: Type;
  /** `&optional`: the field may stay unset (`undefined`). */
  optional: boolean;
  /**
   * `&default`: evaluated each time a record is created (so `&default=network_time()`
   * captures the creation time). The compiler installs a thunk; `createRecord` calls it.
   */
  default?: () => unknown;
  /** `&log`. */
  log?: boolean;
  /** All attributes as written, for the compiler (the fields above are the decoded ones). */
  attrs?: Attribute[];
}

/** `record { ... }`; `name` is set for declared types (`type Peer: record {...}`). */
export interface RecordType {
  readonly kind: 'record';
  name?: string;
  /** Declaration order; `redef record` appends. */
  fields: RecordField[];
}

/** `enum { ... }`: full constant names (`TEST::TWO`) ↔ ordinals. */
export interface EnumType {
  readonly kind: 'enum';
  name?: string;
  /** Full constant name → ordinal. */
  readonly byName: Map<string, number>;
  /** Ordinal → full constant name. */
  readonly byValue: Map<number, string>;
}

/**
 * `table[K1, K2] of V` or, without `yield`, `set[K1, K2]`.
 * Attributes (`&default`, `&create_expire`, ...) live on the variable/value,
 * but the checker may keep them here too.
 */
export interface TableType {
  readonly kind: 'table';
  name?: string;
  readonly index: Type[];
  /** The value type; absent for sets. */
  readonly yield?: Type;
  attrs?: Attribute[];
}

/** `vector of T`. */
export interface VectorType {
  readonly kind: 'vector';
  name?: string;
  readonly elem: Type;
}

/** A parameter of a function/event/hook type. */
export interface Param {
  readonly name: string;
  readonly type: Type;
  /** `&default` on a parameter (compiler-owned expression or thunk). */
  readonly default?: unknown;
}

/**
 * `function(a: count): bool`, `event(a: count)`, `hook(a: count)`.
 * `yield` absent means `void` for functions (hooks always return bool at the call site).
 * `varargs` marks built-ins such as `fmt` that take any number of trailing `any` arguments.
 */
export interface FuncType {
  readonly kind: 'function' | 'event' | 'hook';
  name?: string;
  readonly params: Param[];
  readonly yield?: Type;
  readonly varargs?: boolean;
}

/** `file` / `file of string`. */
export interface FileType {
  readonly kind: 'file';
  readonly of?: Type;
}

/** `opaque of X` (mention only). */
export interface OpaqueType {
  readonly kind: 'opaque';
  readonly of: string;
}

/**
 * The type of a type used as a value (`enum_names(Color)`, `record_fields(R)`): Zeek's `type` type.
 * Values of it are {@link TypeValue}s.
 */
export interface TypeValueType {
  readonly kind: 'type';
  readonly of: Type;
}

/** A type used as a value: the type and the name it was written with (`mystring` for `type mystring: string`). */
export interface TypeValue {
  readonly typeValue: Type;
  readonly name: string;
}

/** Every Bro type. */
export type Type =
  | AtomicType
  | RecordType
  | EnumType
  | TableType
  | VectorType
  | FuncType
  | FileType
  | OpaqueType
  | TypeValueType;

/** Every `kind` tag. */
export type TypeKind = Type['kind'];

function atomic<K extends AtomicKind>(kind: K): { readonly kind: K } {
  return Object.freeze({ kind });
}

/**
 * Singleton descriptors of the atomic types.
 *
 * ## Example
 * ```ts
 * const t: Type = T.count;
 * typeToString(tableType([T.addr], T.count)); // 'table[addr] of count'
 * ```
 */
export const T = {
  bool: atomic('bool'),
  count: atomic('count'),
  int: atomic('int'),
  double: atomic('double'),
  time: atomic('time'),
  interval: atomic('interval'),
  string: atomic('string'),
  pattern: atomic('pattern'),
  addr: atomic('addr'),
  subnet: atomic('subnet'),
  port: atomic('port'),
  any: atomic('any'),
  void: atomic('void'),
} as const;

/**
 * The atomic descriptor for a kind name, or undefined (e.g. for the checker's type-name lookup).
 *
 * ## Example
 * ```ts
 * atomicType('count'); // T.count
 * ```
 */
export function atomicType(kind: string): AtomicType | undefined {
  return (T as Record<string, AtomicType>)[kind];
}

// ### Constructors

/**
 * Builds a table type (`yield` given) or a set type (`yield` omitted).
 *
 * ## Example
 * ```ts
 * tableType([T.addr, T.port], T.string); // table[addr,port] of string
 * tableType([T.count]);                  // set[count]
 * ```
 */
export function tableType(index: Type[], yieldType?: Type, attrs?: Attribute[]): TableType {
  const t: TableType = yieldType ? { kind: 'table', index, yield: yieldType } : { kind: 'table', index };
  if (attrs) t.attrs = attrs;
  return t;
}

/**
 * Builds a set type.
 *
 * ## Example
 * ```ts
 * typeToString(setType([T.port, T.string])); // 'set[port,string]'
 * ```
 */
export function setType(index: Type[]): TableType {
  return { kind: 'table', index };
}

/**
 * Builds `vector of elem`.
 *
 * ## Example
 * ```ts
 * typeToString(vectorType(T.string)); // 'vector of string'
 * ```
 */
export function vectorType(elem: Type): VectorType {
  return { kind: 'vector', elem };
}

/**
 * The type of the type `of` used as a value.
 *
 * ## Example
 * ```ts
 * typeValueType(T.count).of; // T.count
 * ```
 */
export function typeValueType(of: Type): TypeValueType {
  return { kind: 'type', of };
}

/**
 * True if `v` is a type used as a value.
 *
 * ## Example
 * ```ts
 * isTypeValue({ typeValue: T.count, name: 'count' }); // true
 * ```
 */
export function isTypeValue(v: unknown): v is TypeValue {
  return typeof v === 'object' && v !== null && 'typeValue' in v;
}

/** Input form of a record field for `recordType`. */
export interface RecordFieldSpec {
  name: string;
  type: Type;
  optional?: boolean;
  default?: () => unknown;
  log?: boolean;
  attrs?: Attribute[];
}

/**
 * Builds a record type (named when `name` is given).
 *
 * ## Example
 * ```ts
 * const R = recordType([{ name: 'i', type: T.int, optional: true }], 'R');
 * ```
 */
export function recordType(fields: RecordFieldSpec[], name?: string): RecordType {
  const r: RecordType = {
    kind: 'record',
    fields: fields.map((f) => {
      const field: RecordField = { name: f.name, type: f.type, optional: f.optional ?? false };
      if (f.default) field.default = f.default;
      if (f.log) field.log = true;
      if (f.attrs) field.attrs = f.attrs;
      return field;
    }),
  };
  if (name !== undefined) r.name = name;
  return r;
}

/**
 * Builds an enum type from full constant names, numbered 0, 1, 2 … unless pairs are given.
 *
 * ## Example
 * ```ts
 * const E = enumType('Color', ['Red', 'Green']);       // Red=0, Green=1
 * const F = enumType('F', [['A', 10], ['B', 20]]);      // explicit numbering
 * ```
 */
export function enumType(name: string | undefined, constants: (string | [string, number])[]): EnumType {
  const e: EnumType = { kind: 'enum', byName: new Map(), byValue: new Map() };
  if (name !== undefined) e.name = name;
  for (const c of constants) {
    if (typeof c === 'string') enumAdd(e, c);
    else enumAdd(e, c[0], c[1]);
  }
  return e;
}

/**
 * Adds a constant to an enum type (also used by `redef enum E += {...}`); without
 * `value` it takes the next ordinal after the highest so far.
 *
 * ## Example
 * ```ts
 * enumAdd(color, 'Pink'); // returns the new ordinal
 * ```
 */
export function enumAdd(e: EnumType, fullName: string, value?: number): number {
  let v = value;
  if (v === undefined) {
    v = 0;
    for (const n of e.byValue.keys()) if (n >= v) v = n + 1;
  }
  e.byName.set(fullName, v);
  e.byValue.set(v, fullName);
  return v;
}

/**
 * Builds a function, event or hook type.
 *
 * ## Example
 * ```ts
 * typeToString(funcType('function', [{ name: 'aa', type: T.int }], T.bool)); // 'function(aa:int;) : bool'
 * ```
 */
export function funcType(kind: FuncType['kind'], params: Param[], yieldType?: Type, varargs?: boolean): FuncType {
  const f: { kind: FuncType['kind']; params: Param[]; yield?: Type; varargs?: boolean } = { kind, params };
  if (yieldType) f.yield = yieldType;
  if (varargs) f.varargs = true;
  return f;
}

/**
 * Looks up a record field by name (`undefined` if absent).
 *
 * ## Example
 * ```ts
 * recordField(R, 'host')?.type;
 * ```
 */
export function recordField(r: RecordType, name: string): RecordField | undefined {
  for (const f of r.fields) if (f.name === name) return f;
  return undefined;
}

/**
 * True for set types (`table` descriptor without a yield type).
 *
 * ## Example
 * ```ts
 * isSetType(setType([T.count])); // true
 * ```
 */
export function isSetType(t: Type): t is TableType {
  return t.kind === 'table' && t.yield === undefined;
}

/**
 * True for count, int and double — the "arithmetic" types (time/interval are not, §2.4).
 *
 * ## Example
 * ```ts
 * isArithmetic(T.interval); // false
 * ```
 */
export function isArithmetic(t: Type): boolean {
  return t.kind === 'count' || t.kind === 'int' || t.kind === 'double';
}

/**
 * True for count and int.
 *
 * ## Example
 * ```ts
 * isIntegral(T.int); // true
 * ```
 */
export function isIntegral(t: Type): boolean {
  return t.kind === 'count' || t.kind === 'int';
}

/**
 * True for types whose values are single atomic keys (no composite encoding needed).
 *
 * ## Example
 * ```ts
 * isAtomic(T.addr); // true
 * ```
 */
export function isAtomic(t: Type): t is AtomicType {
  return (T as Record<string, Type>)[t.kind] !== undefined;
}

// ### Rendering

/**
 * Zeek's `RecordType::DescribeFields`, used for record types and parameter lists alike:
 * `name:type;` per field, separated by a blank, with `&optional`/`&log` after the type.
 * (`&default` expressions are compiler-owned and not rendered.)
 */
function describeFields(fields: readonly { name: string; type: Type; optional?: boolean; log?: boolean }[]): string {
  return fields
    .map((f) => `${f.name}:${typeToString(f.type)}${f.optional ? ' &optional' : ''}${f.log ? ' &log' : ''};`)
    .join(' ');
}

/**
 * Renders a type as Zeek prints it (`type_name`, diagnostics): named records and
 * enums by name, `table[addr,port] of string`, `set[count]`, `vector of count`,
 * `record { c:count; s:string; }`, `function(aa:int; bb:int;) : bool`, `event()`
 * (parameter lists use the record field syntax, as Zeek's `FuncType::Describe` does;
 * Baseline: bifs.type_name/out).
 *
 * ## Example
 * ```ts
 * typeToString(tableType([T.addr], T.count)); // 'table[addr] of count'
 * ```
 */
export function typeToString(t: Type): string {
  switch (t.kind) {
    case 'record':
      if (t.name !== undefined) return t.name;
      return `record { ${describeFields(t.fields)} }`;
    case 'enum':
      return t.name ?? 'enum';
    case 'table': {
      const idx = t.index.map(typeToString).join(',');
      return t.yield ? `table[${idx}] of ${typeToString(t.yield)}` : `set[${idx}]`;
    }
    case 'vector':
      return `vector of ${typeToString(t.elem)}`;
    case 'function':
    case 'event':
    case 'hook': {
      const ps = describeFields(t.params);
      if (t.kind === 'event') return `event(${ps})`;
      if (t.kind === 'hook') return `hook(${ps}) : bool`;
      return `function(${ps}) : ${t.yield ? typeToString(t.yield) : 'void'}`;
    }
    case 'file':
      return t.of ? `file of ${typeToString(t.of)}` : 'file';
    case 'opaque':
      return `opaque of ${t.of}`;
    default:
      return t.kind;
  }
}

// ### Relations

/**
 * Structural type equality; named records and enums compare by identity (or name).
 *
 * ## Example
 * ```ts
 * sameType(setType([T.count]), setType([T.count])); // true
 * ```
 */
export function sameType(a: Type, b: Type): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'record': {
      const rb = b as RecordType;
      if (a.name !== undefined || rb.name !== undefined) return a.name === rb.name;
      if (a.fields.length !== rb.fields.length) return false;
      return a.fields.every((f, i) => f.name === rb.fields[i].name && sameType(f.type, rb.fields[i].type));
    }
    case 'enum':
      return a.name !== undefined && a.name === (b as EnumType).name;
    case 'table': {
      const tb = b as TableType;
      if (a.index.length !== tb.index.length) return false;
      if ((a.yield === undefined) !== (tb.yield === undefined)) return false;
      if (a.yield && !sameType(a.yield, tb.yield as Type)) return false;
      return a.index.every((x, i) => sameType(x, tb.index[i]));
    }
    case 'vector':
      return sameType(a.elem, (b as VectorType).elem);
    case 'function':
    case 'event':
    case 'hook': {
      const fb = b as FuncType;
      if (a.params.length !== fb.params.length) return false;
      if ((a.yield === undefined) !== (fb.yield === undefined)) return false;
      if (a.yield && !sameType(a.yield, fb.yield as Type)) return false;
      return a.params.every((p, i) => sameType(p.type, fb.params[i].type));
    }
    case 'file': {
      const fb = b as FileType;
      if (!a.of || !fb.of) return true;
      return sameType(a.of, fb.of);
    }
    case 'opaque':
      return a.of === (b as OpaqueType).of;
    case 'type':
      return sameType(a.of, (b as TypeValueType).of);
    default:
      return true;
  }
}

const ARITH_RANK: Record<string, number> = { count: 0, int: 1, double: 2 };

/**
 * The promoted type of two arithmetic operands (`count < int < double`), or
 * undefined if either is not arithmetic.
 *
 * ## Example
 * ```ts
 * promote(T.count, T.int); // T.int
 * ```
 */
export function promote(a: Type, b: Type): AtomicType | undefined {
  const ra = ARITH_RANK[a.kind];
  const rb = ARITH_RANK[b.kind];
  if (ra === undefined || rb === undefined) return undefined;
  const r = Math.max(ra, rb);
  return r === 0 ? T.count : r === 1 ? T.int : T.double;
}

/**
 * Whether a value of type `from` may be used where `to` is expected without a
 * diagnostic: identical types, the numeric widenings `count → int → double`,
 * anything into `any`, and containers/records structurally coercible
 * (an anonymous record into a record type with the same fields).
 *
 * ## Example
 * ```ts
 * canCoerce(T.count, T.double); // true
 * canCoerce(T.double, T.count); // false (see assignCoercion for the warned narrowing)
 * ```
 */
export function canCoerce(from: Type, to: Type): boolean {
  if (sameType(from, to)) return true;
  if (to.kind === 'any') return true;
  const rf = ARITH_RANK[from.kind];
  const rt = ARITH_RANK[to.kind];
  if (rf !== undefined && rt !== undefined) return rf <= rt;
  if (from.kind === 'record' && to.kind === 'record') {
    // Record coercion matches fields by name; missing ones must be optional/defaulted.
    for (const f of from.fields) {
      const g = recordField(to, f.name);
      if (!g || !canCoerce(f.type, g.type)) return false;
    }
    for (const g of to.fields) {
      if (!recordField(from, g.name) && !g.optional && !g.default) return false;
    }
    return true;
  }
  if (from.kind === 'table' && to.kind === 'table') {
    if (from.index.length !== to.index.length) return false;
    if ((from.yield === undefined) !== (to.yield === undefined)) return false;
    if (from.yield && to.yield && !canCoerce(from.yield, to.yield)) return false;
    return from.index.every((x, i) => canCoerce(x, to.index[i]));
  }
  if (from.kind === 'vector' && to.kind === 'vector') return canCoerce(from.elem, to.elem);
  // A function or hook whose parameter is concrete where the expected type says `any` (a `$path_func` taking
  // `rec: SSH::Log`, a `$policy` hook taking `rec: Conn::Info`): Zeek accepts it; callers that know the
  // value's declared type (src/logging) pass that parameter unboxed.
  if ((from.kind === 'function' || from.kind === 'hook') && from.kind === to.kind) {
    const ft = to as FuncType;
    if (from.params.length !== ft.params.length) return false;
    if ((from.yield === undefined) !== (ft.yield === undefined) || (from.yield && !sameType(from.yield, ft.yield as Type))) return false;
    return from.params.every((p, i) => ft.params[i].type.kind === 'any' || sameType(p.type, ft.params[i].type));
  }
  return false;
}

/**
 * How a plain assignment / initialiser converts `from` into `to` (§2.2):
 * `same`, `widen` (silent), `narrow` (compile-time warning "dangerous assignment ...",
 * run-time truncation/range check via `coerceNumeric`), or `none` (type error).
 *
 * ## Example
 * ```ts
 * assignCoercion(T.double, T.count); // 'narrow'
 * ```
 */
export function assignCoercion(from: Type, to: Type): 'same' | 'widen' | 'narrow' | 'none' {
  if (sameType(from, to)) return 'same';
  const rf = ARITH_RANK[from.kind];
  const rt = ARITH_RANK[to.kind];
  if (rf !== undefined && rt !== undefined) return rf < rt ? 'widen' : 'narrow';
  return canCoerce(from, to) ? 'widen' : 'none';
}
