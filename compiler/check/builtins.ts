/**
 * Static signatures of the few built-in functions the runtime's registry (`src/runtime/builtins`, the authority
 * for everything in language.md §10) does not carry yet; the checker consults the registry first. `any` parameters accept every type; `varargs` functions take any number of trailing `any`s.
 */
import { setType, T, Type, vectorType } from '../../src/runtime/types';
import { ID_TABLE, RECORD_FIELD_TABLE } from '../../src/runtime';

export interface BuiltinSig {
  params: Type[];
  /** Number of leading parameters that must be given (the rest have defaults). */
  required?: number;
  varargs?: boolean;
  ret: Type | ((args: Type[]) => Type);
}

const S = T.string;

/** Signatures of the built-ins the runtime's `BUILTINS` registry lacks (it is consulted first). */
export const BUILTIN_SIGS: Record<string, BuiltinSig> = {
  abs: { params: [T.double], ret: T.double },
  rand: { params: [T.count], ret: T.count },
  srand: { params: [T.count], ret: T.any },
  escape_string: { params: [S], ret: S },
  str_shell_escape: { params: [S], ret: S },
  sort: { params: [T.any, T.any], required: 1, ret: (a) => a[0] ?? T.any },
  table_keys: { params: [T.any], ret: (a) => (a[0]?.kind === 'table' ? setType(a[0].index) : T.any) },
  table_values: { params: [T.any], ret: (a) => (a[0]?.kind === 'table' && a[0].yield ? vectorType(a[0].yield) : T.any) },
  // Zeek declares its result `any`; the value keeps the table's type (boxed).
  filter_subnet_table: { params: [T.subnet, T.any], ret: T.any },
  is_event_handled: { params: [S], ret: T.bool },
  bare_mode: { params: [], ret: T.bool },
  lookup_ID: { params: [S], ret: T.any },
  global_ids: { params: [], ret: ID_TABLE },
  record_type_to_vector: { params: [S], ret: vectorType(S) },
  // Take a type as a value (`enum_names(Color)`), its name, or (record_fields) a record value.
  enum_names: { params: [T.any], ret: setType([S]) },
  record_fields: { params: [T.any], ret: RECORD_FIELD_TABLE },
  network_time_init_done: { params: [], ret: T.bool },
  lookup_addr: { params: [T.addr], ret: S },
  lookup_hostname: { params: [S], ret: setType([T.addr]) },
  lookup_hostname_txt: { params: [S], ret: S },
  blocking_lookup_hostname: { params: [S], ret: setType([T.addr]) },
};
