/**
 * Static signatures of the built-in functions of language.md §10, for the checker.
 *
 * Implementations live in the runtime (`src/runtime`); the checker only needs parameter counts/types and the
 * result type. `any` parameters accept every type; `varargs` functions take any number of trailing `any`s.
 */
import { T, Type, tableType, vectorType } from '../../src/runtime/types';

export interface BuiltinSig {
  params: Type[];
  /** Number of leading parameters that must be given (the rest have defaults). */
  required?: number;
  varargs?: boolean;
  ret: Type | ((args: Type[]) => Type);
}

const S = T.string;
const strVec = vectorType(T.string);
const strTable = tableType([T.count], T.string);

/** name → signature. */
export const BUILTIN_SIGS: Record<string, BuiltinSig> = {
  fmt: { params: [], varargs: true, ret: S },
  cat: { params: [], varargs: true, ret: S },
  cat_sep: { params: [S, S], varargs: true, ret: S },
  print_raw: { params: [], varargs: true, ret: T.bool },
  network_time: { params: [], ret: T.time },
  current_time: { params: [], ret: T.time },
  current_event_time: { params: [], ret: T.time },
  double_to_time: { params: [T.double], ret: T.time },
  time_to_double: { params: [T.time], ret: T.double },
  double_to_interval: { params: [T.double], ret: T.interval },
  interval_to_double: { params: [T.interval], ret: T.double },
  strftime: { params: [S, T.time], ret: S },
  strptime: { params: [S, S], ret: T.time },
  to_count: { params: [S, T.count], required: 1, ret: T.count },
  to_int: { params: [S, T.count], required: 1, ret: T.int },
  to_double: { params: [S], ret: T.double },
  to_addr: { params: [S], ret: T.addr },
  to_subnet: { params: [S], ret: T.subnet },
  to_port: { params: [S], ret: T.port },
  port_to_count: { params: [T.port], ret: T.count },
  count_to_port: { params: [T.count, T.any], ret: T.port },
  int_to_count: { params: [T.int], ret: T.count },
  double_to_count: { params: [T.double], ret: T.count },
  double_to_int: { params: [T.double], ret: T.int },
  count_to_double: { params: [T.count], ret: T.double },
  int_to_double: { params: [T.int], ret: T.double },
  enum_to_int: { params: [T.any], ret: T.int },
  subnet_to_addr: { params: [T.subnet], ret: T.addr },
  subnet_width: { params: [T.subnet], ret: T.count },
  count_to_v4_addr: { params: [T.count], ret: T.addr },
  to_lower: { params: [S], ret: S },
  to_upper: { params: [S], ret: S },
  split_string: { params: [S, T.pattern], ret: strVec },
  split_string1: { params: [S, T.pattern], ret: strVec },
  split_string_all: { params: [S, T.pattern], ret: strVec },
  split_string_n: { params: [S, T.pattern, T.bool, T.count], ret: strVec },
  split: { params: [S, T.pattern], ret: strTable },
  split1: { params: [S, T.pattern], ret: strTable },
  split_all: { params: [S, T.pattern], ret: strTable },
  split_n: { params: [S, T.pattern, T.bool, T.count], ret: strTable },
  sub: { params: [S, T.pattern, S], ret: S },
  gsub: { params: [S, T.pattern, S], ret: S },
  subst_string: { params: [S, S, S], ret: S },
  strstr: { params: [S, S], ret: T.count },
  strcmp: { params: [S, S], ret: T.int },
  sub_bytes: { params: [S, T.count, T.int], ret: S },
  strip: { params: [S], ret: S },
  lstrip: { params: [S, S], required: 1, ret: S },
  rstrip: { params: [S, S], required: 1, ret: S },
  join_string_vec: { params: [strVec, S], ret: S },
  is_v4_addr: { params: [T.addr], ret: T.bool },
  is_v6_addr: { params: [T.addr], ret: T.bool },
  mask_addr: { params: [T.addr, T.count], ret: T.subnet },
  type_name: { params: [T.any], ret: S },
  clear_table: { params: [T.any], ret: T.any },
  open: { params: [S], ret: { kind: 'file' } },
  open_for_append: { params: [S], ret: { kind: 'file' } },
  close: { params: [{ kind: 'file' }], ret: T.bool },
  write_file: { params: [{ kind: 'file' }, S], ret: T.bool },
  flush_all: { params: [], ret: T.bool },
  terminate: { params: [], ret: T.bool },
  exit: { params: [T.int], ret: T.any },
  zeek_is_terminating: { params: [], ret: T.bool },
  bro_is_terminating: { params: [], ret: T.bool },
  getenv: { params: [S], ret: S },
  setenv: { params: [S, S], ret: T.bool },
  reading_traces: { params: [], ret: T.bool },
  reading_live_traffic: { params: [], ret: T.bool },
  zeek_version: { params: [], ret: S },
  bro_version: { params: [], ret: S },
  is_tcp_port: { params: [T.port], ret: T.bool },
  is_udp_port: { params: [T.port], ret: T.bool },
  is_icmp_port: { params: [T.port], ret: T.bool },
  floor: { params: [T.double], ret: T.double },
  sqrt: { params: [T.double], ret: T.double },
  exp: { params: [T.double], ret: T.double },
  ln: { params: [T.double], ret: T.double },
  log10: { params: [T.double], ret: T.double },
  abs: { params: [T.double], ret: T.double },
  rand: { params: [T.count], ret: T.count },
  srand: { params: [T.count], ret: T.any },
  string_to_pattern: { params: [S, T.bool], ret: T.pattern },
  escape_string: { params: [S], ret: S },
  str_shell_escape: { params: [S], ret: S },
  reverse: { params: [S], ret: S },
  sort: { params: [T.any, T.any], required: 1, ret: (a) => a[0] ?? T.any },
  md5_hash: { params: [], varargs: true, ret: S },
  get_port_transport_proto: { params: [T.port], ret: T.any },
  network_time_init_done: { params: [], ret: T.bool },
};
