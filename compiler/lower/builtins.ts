/**
 * Calls built-in functions (language.md §10) from lowered code.
 *
 * The formatting, pattern, address and file work is the runtime's (`src/runtime`); this module adapts the
 * compiler's calling convention (argument values plus their static types) and the attached `ScriptContext` to it,
 * and supplies the small built-ins the runtime does not carry. Errors a built-in reports go through
 * `ctx.error` and are printed with the call's position; the built-in then returns its fallback value.
 */
import * as R from '../../src/runtime';
import { BuiltinContext, createSet, createTable, Integral, T, TableValue, Type } from '../../src/runtime';
import { fmt, cat, catSep } from '../../src/runtime/fmt';
import { strftime, strptime, useUtc } from '../../src/runtime/strftime';
import { fileClose, fileWrite, flushAllFiles, openFile } from '../../src/runtime/file';
import type { FileValue } from '../../src/runtime/file';
import type { Located, Runtime } from './runtime';

/** Location of the built-in call being executed, for error messages. */
let currentLoc: Located | undefined;

/** Sets the call location used by errors reported from inside the next built-in call. */
export function setBuiltinLocation(loc: Located | undefined): void {
  currentLoc = loc;
}

const contexts = new WeakMap<Runtime, BuiltinContext>();

/** The runtime's `BuiltinContext` view of an attached program. */
export function builtinContext(rt: Runtime): BuiltinContext {
  let c = contexts.get(rt);
  if (c) return c;
  const env = rt.ctx.env ?? process.env;
  c = {
    networkTime: () => rt.ctx.scheduler.networkTime,
    currentTime: () => Date.now() / 1000,
    error: (m) => {
      rt.errors++;
      if (currentLoc) rt.ctx.stderr(`error in ${currentLoc.pos.file}, line ${currentLoc.pos.line}: ${m} (${currentLoc.text})\n`);
      else rt.ctx.stderr(`error: ${m}\n`);
    },
    warning: (m) => {
      if (currentLoc) rt.ctx.stderr(`warning in ${currentLoc.pos.file}, line ${currentLoc.pos.line}: ${m} (${currentLoc.text})\n`);
      else rt.ctx.stderr(`warning: ${m}\n`);
    },
    write: (t) => rt.ctx.stdout(t),
    terminate: () => {
      if (rt.ctx.scheduler.terminating || terminated.has(rt)) return false;
      terminated.add(rt);
      rt.ctx.terminate();
      return true;
    },
    isTerminating: () => rt.ctx.scheduler.terminating,
    exit: (code) => rt.ctx.exit(code),
    readingTraces: () => rt.ctx.readingTraces === true,
    readingLiveTraffic: () => false,
    env,
  };
  contexts.set(rt, c);
  return c;
}

const terminated = new WeakSet<Runtime>();

type Impl = (c: BuiltinContext, a: unknown[], t: Type[]) => unknown;

const str = (v: unknown) => v as string;
const num = (v: unknown) => (typeof v === 'bigint' ? Number(v) : (v as number));

function splitBy(s: string, p: R.PatternValue, max: number, incl: boolean): string[] {
  const out: string[] = [];
  let last = 0;
  for (const [a, b] of R.patternScan(p, s, max)) {
    out.push(s.slice(last, a));
    if (incl) out.push(s.slice(a, b));
    last = b;
  }
  out.push(s.slice(last));
  return out;
}

function toTable1(v: string[]): TableValue {
  const t = createTable<unknown>();
  v.forEach((x, i) => t.map.set(i + 1, { index: [i + 1], value: x }));
  return t;
}

function parseIntegral(c: BuiltinContext, s: string, base: number, signed: boolean): Integral {
  const m = /^\s*([-+]?)(0[xX])?([0-9a-zA-Z]+)\s*$/.exec(s);
  const msg = signed ? 'bad conversion to integer' : 'bad conversion to count';
  if (!m || (m[2] && base !== 16)) { c.error(msg); return 0; }
  let v = 0n;
  for (const ch of m[3].toLowerCase()) {
    const d = parseInt(ch, 36);
    if (isNaN(d) || d >= base) { c.error(msg); return 0; }
    v = v * BigInt(base) + BigInt(d);
  }
  if (m[1] === '-') v = -v;
  return R.normalizeIntegral(signed ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v));
}

function stripChars(s: string, chars: string | undefined, left: boolean, right: boolean): string {
  const set = chars ?? ' \t\n\r\v\f';
  let i = 0, j = s.length;
  if (left) while (i < j && set.includes(s[i])) i++;
  if (right) while (j > i && set.includes(s[j - 1])) j--;
  return s.slice(i, j);
}

const IMPLS: Record<string, Impl> = {
  fmt: (c, a, t) => (a.length === 0 ? '' : fmt(c, str(a[0]), a.slice(1), t.slice(1))),
  cat: (_c, a, t) => cat(a, t),
  cat_sep: (_c, a, t) => catSep(str(a[0]), str(a[1]), a.slice(2), t.slice(2)),
  print_raw: (c, a, t) => { c.write(cat(a, t)); return true; },
  network_time: (c) => c.networkTime(),
  current_time: (c) => c.currentTime(),
  current_event_time: () => -1,
  double_to_time: (_c, a) => a[0],
  time_to_double: (_c, a) => a[0],
  double_to_interval: (_c, a) => a[0],
  interval_to_double: (_c, a) => a[0],
  strftime: (c, a) => strftime(str(a[0]), num(a[1]), useUtc(c.env)),
  strptime: (c, a) => {
    const r = strptime(str(a[0]), str(a[1]), useUtc(c.env));
    if (r === undefined) { c.warning('strptime conversion failed'); return 0; }
    return r;
  },
  to_count: (c, a) => parseIntegral(c, str(a[0]), a.length > 1 ? num(a[1]) : 10, false),
  to_int: (c, a) => parseIntegral(c, str(a[0]), a.length > 1 ? num(a[1]) : 10, true),
  to_double: (c, a) => {
    const s = str(a[0]);
    const v = Number(s);
    if (s === '' || /^\s|\s$/.test(s) || isNaN(v)) { c.error('bad conversion to double'); return 0; }
    return v;
  },
  to_addr: (c, a) => {
    const s = str(a[0]).replace(/(^|\.)0+(\d)/g, '$1$2');
    const v = R.parseAddr(s);
    if (v === undefined) { c.error(`failed converting string to IP address (${str(a[0])})`); return '::'; }
    return v;
  },
  to_subnet: (c, a) => {
    const v = R.parseSubnet(str(a[0]));
    if (v === undefined) { c.error('failed converting string to IP prefix'); return R.makeSubnet('::', 0); }
    return v;
  },
  to_port: (c, a) => {
    const m = /^(\d+)\/(tcp|udp|icmp)$/.exec(str(a[0]));
    if (!m) { c.error('bad conversion to port'); return 0; }
    return R.makePort(Number(m[1]), m[2] === 'tcp' ? R.PORT_TCP : m[2] === 'udp' ? R.PORT_UDP : R.PORT_ICMP);
  },
  port_to_count: (_c, a) => R.portNumber(a[0] as number),
  count_to_port: (_c, a) => {
    const p = String(a[1]).replace(/^.*::/, '');
    const bits = p === 'tcp' ? R.PORT_TCP : p === 'udp' ? R.PORT_UDP : p === 'icmp' ? R.PORT_ICMP : R.PORT_UNKNOWN;
    return R.makePort(num(a[0]), bits);
  },
  int_to_count: (c, a) => { if ((a[0] as number) < 0) { c.error('bad conversion to count'); return 0; } return a[0]; },
  double_to_count: (c, a) => { if (num(a[0]) < 0) { c.error('bad conversion to count'); return 0; } return R.integralFromDouble(R.roundHalfEven(num(a[0]))); },
  double_to_int: (_c, a) => R.integralFromDouble(R.roundHalfEven(num(a[0]))),
  count_to_double: (_c, a) => num(a[0]),
  int_to_double: (_c, a) => num(a[0]),
  enum_to_int: (_c, a, t) => {
    const [v, dt] = R.dynamicType(a[0], t[0]);
    return dt.kind === 'enum' ? dt.byName.get(v as string) ?? 0 : 0;
  },
  subnet_to_addr: (_c, a) => (a[0] as R.SubnetValue).prefix,
  subnet_width: (_c, a) => (a[0] as R.SubnetValue).width,
  count_to_v4_addr: (c, a) => {
    const v = num(a[0]);
    if (v > 0xffffffff) { c.error('conversion of non-IPv4 count to addr'); return '0.0.0.0'; }
    return R.addrFromV4Uint32(v);
  },
  to_lower: (_c, a) => R.asciiLower(str(a[0])),
  to_upper: (_c, a) => R.asciiUpper(str(a[0])),
  split_string: (_c, a) => splitBy(str(a[0]), a[1] as R.PatternValue, 0, false),
  split_string1: (_c, a) => splitBy(str(a[0]), a[1] as R.PatternValue, 1, false),
  split_string_all: (_c, a) => splitBy(str(a[0]), a[1] as R.PatternValue, 0, true),
  split_string_n: (_c, a) => splitBy(str(a[0]), a[1] as R.PatternValue, num(a[3]), a[2] as boolean),
  split: (_c, a) => toTable1(splitBy(str(a[0]), a[1] as R.PatternValue, 0, false)),
  split1: (_c, a) => toTable1(splitBy(str(a[0]), a[1] as R.PatternValue, 1, false)),
  split_all: (_c, a) => toTable1(splitBy(str(a[0]), a[1] as R.PatternValue, 0, true)),
  split_n: (_c, a) => toTable1(splitBy(str(a[0]), a[1] as R.PatternValue, num(a[3]), a[2] as boolean)),
  sub: (_c, a) => {
    const s = str(a[0]);
    const m = R.patternScan(a[1] as R.PatternValue, s, 1)[0];
    return m ? s.slice(0, m[0]) + str(a[2]) + s.slice(m[1]) : s;
  },
  gsub: (_c, a) => {
    const s = str(a[0]);
    let out = '', last = 0;
    for (const [x, y] of R.patternScan(a[1] as R.PatternValue, s)) { out += s.slice(last, x) + str(a[2]); last = y; }
    return out + s.slice(last);
  },
  subst_string: (_c, a) => (str(a[1]) === '' ? str(a[0]) : str(a[0]).split(str(a[1])).join(str(a[2]))),
  strstr: (_c, a) => str(a[0]).indexOf(str(a[1])) + 1,
  strcmp: (_c, a) => (str(a[0]) < str(a[1]) ? -1 : str(a[0]) > str(a[1]) ? 1 : 0),
  sub_bytes: (_c, a) => {
    const s = str(a[0]);
    let start = num(a[1]);
    const n = num(a[2]);
    if (start === 0) start = 1;
    if (start > s.length) return '';
    return n < 0 ? s.slice(start - 1) : s.slice(start - 1, start - 1 + n);
  },
  strip: (_c, a) => stripChars(str(a[0]), undefined, true, true),
  lstrip: (_c, a) => stripChars(str(a[0]), a[1] as string | undefined, true, false),
  rstrip: (_c, a) => stripChars(str(a[0]), a[1] as string | undefined, false, true),
  join_string_vec: (_c, a) => (a[0] as (string | undefined)[]).map(x => x ?? '').join(str(a[1])),
  is_v4_addr: (_c, a) => R.addrIsV4(str(a[0])),
  is_v6_addr: (_c, a) => !R.addrIsV4(str(a[0])),
  mask_addr: (_c, a) => R.maskAddr(str(a[0]), num(a[1])),
  type_name: (_c, a, t) => R.typeToString(R.dynamicType(a[0], t[0])[1]),
  clear_table: (_c, a) => { R.tableClear(R.dynamicType(a[0], T.any)[0] as TableValue); return undefined; },
  open: (c, a) => openFile(str(a[0]), false, c),
  open_for_append: (c, a) => openFile(str(a[0]), true, c),
  close: (_c, a) => fileClose(a[0] as FileValue),
  write_file: (_c, a) => fileWrite(a[0] as FileValue, str(a[1])),
  flush_all: () => { flushAllFiles(); return true; },
  terminate: (c) => c.terminate(),
  exit: (c, a) => { c.exit(num(a[0])); return undefined; },
  zeek_is_terminating: (c) => c.isTerminating(),
  bro_is_terminating: (c) => c.isTerminating(),
  getenv: (c, a) => c.env[str(a[0])] ?? '',
  setenv: (c, a) => { c.env[str(a[0])] = str(a[1]); return true; },
  reading_traces: (c) => c.readingTraces(),
  reading_live_traffic: (c) => c.readingLiveTraffic(),
  zeek_version: () => '9.1.0-rxbro',
  bro_version: () => '9.1.0-rxbro',
  is_tcp_port: (_c, a) => R.portProto(a[0] as number) === 'tcp',
  is_udp_port: (_c, a) => R.portProto(a[0] as number) === 'udp',
  is_icmp_port: (_c, a) => R.portProto(a[0] as number) === 'icmp',
  floor: (_c, a) => Math.floor(num(a[0])),
  sqrt: (_c, a) => Math.sqrt(num(a[0])),
  exp: (_c, a) => Math.exp(num(a[0])),
  ln: (_c, a) => Math.log(num(a[0])),
  log10: (_c, a) => Math.log10(num(a[0])),
  abs: (_c, a) => Math.abs(num(a[0])),
  rand: (_c, a) => Math.floor(Math.random() * num(a[0])),
  srand: () => undefined,
  string_to_pattern: (_c, a) => R.makePattern(a[1] ? str(a[0]).replace(/[.*+?^${}()|[\]\\/"]/g, '\\$&') : str(a[0])),
  escape_string: (_c, a) => R.escapeString(str(a[0])),
  str_shell_escape: (_c, a) => str(a[0]).replace(/([`"\\$])/g, '\\$1'),
  reverse: (_c, a) => str(a[0]).split('').reverse().join(''),
  sort: (_c, a) => {
    const v = a[0] as unknown[];
    const f = a[1] as ((x: unknown, y: unknown) => Integral) | undefined;
    v.sort(f ? (x, y) => Number(f(x, y)) : (x, y) => (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0);
    return v;
  },
  md5_hash: () => '',
  get_port_transport_proto: (_c, a) => { const p = R.portProto(a[0] as number); return p === 'unknown' ? 'unknown_transport' : p; },
  network_time_init_done: () => true,
};

/**
 * Runs the built-in `name` with argument values and their static types.
 *
 * ## Example
 * ```ts
 * callBuiltin(rt, 'to_upper', ['abc'], [T.string]); // 'ABC'
 * ```
 */
export function callBuiltin(rt: Runtime, name: string, args: unknown[], types: Type[]): unknown {
  const impl = IMPLS[name];
  if (!impl) return R.runtimeError(`built-in function ${name} is not implemented`);
  return impl(builtinContext(rt), args, types);
}

export { createSet };
