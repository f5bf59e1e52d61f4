import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUILTINS, STRING_VEC, STRING_ARRAY, TRANSPORT_PROTO } from '../../src/runtime/builtins';
import { createTestContext, TestContext } from '../../src/runtime/context';
import { formatValue } from '../../src/runtime/describe';
import { makePattern } from '../../src/runtime/pattern';
import { makePort, PORT_TCP, PORT_UDP } from '../../src/runtime/port';
import { parseSubnet } from '../../src/runtime/subnet';
import { createSet, setAdd, createTable } from '../../src/runtime/table';
import { T, Type, typeToString, setType, vectorType, tableType, recordType, enumType, funcType } from '../../src/runtime/types';
import { boxAny } from '../../src/runtime/any';
import type { FileValue } from '../../src/runtime/file';

let ctx: TestContext;
beforeEach(() => {
  ctx = createTestContext();
});

/** Calls a built-in with arguments typed by its declared parameters (or explicit types). */
function call(name: string, args: unknown[], types?: Type[]): unknown {
  const b = BUILTINS[name];
  const ts = types ?? args.map((_, i) => b.type.params[i]?.type ?? T.any);
  return b.impl(ctx, args, ts);
}

/** Calls and prints the result as `print` would. */
function show(name: string, args: unknown[], types?: Type[]): string {
  return formatValue(call(name, args, types), BUILTINS[name].type.yield ?? T.void);
}

describe('formatting built-ins (T8)', () => {
  it('cat / cat_sep / fmt / print_raw', () => {
    expect(call('cat', ['foo', 3, true], [T.string, T.count, T.bool])).toBe('foo3T');
    expect(call('cat_sep', ['|', '<empty>', 'foo', 3, true], [T.string, T.string, T.string, T.count, T.bool])).toBe('foo|3|T');
    expect(call('cat_sep', ['|', '<empty>', '', 3, true], [T.string, T.string, T.string, T.count, T.bool])).toBe('<empty>|3|T');
    expect(call('fmt', [], [])).toBe('');
    expect(call('fmt', ['text'], [T.string])).toBe('text');
    expect(call('fmt', ['%s-%d', 'a', 5], [T.string, T.string, T.count])).toBe('a-5');
    expect(call('print_raw', ['a\n', 1], [T.string, T.count])).toBe(true);
    expect(ctx.output).toEqual(['a\n1']);
  });
});

describe('string built-ins (T9–T11)', () => {
  it('splits (bifs.split_string)', () => {
    expect(show('split_string', ['this is a test', makePattern('hi|es')])).toBe('[t, s is a t, t]');
    expect(show('split_string_n', ['aa bb cc', makePattern(' ?'), true, 0])).toBe('[aa,  , bb,  , cc]');
    expect(show('split_string_all', ['a-b--cd', makePattern('(\\-)+')])).toBe('[a, -, b, --, cd]');
    expect(show('split_string1', ['a-b-c', makePattern('-')])).toBe('[a, b-c]');
    expect(show('split_string', ['abc', makePattern('x')])).toBe('[abc]');
    expect(show('split_string', ['', makePattern('x')])).toBe('[]');
    expect(call('split_string', ['', makePattern('x')])).toEqual(['']);
    expect(call('split_string', ['-a-', makePattern('-')])).toEqual(['', 'a', '']);
    expect(call('split_string', ['xaby', makePattern('a|ab')])).toEqual(['x', 'y']);
  });
  it('legacy split is 1-based', () => {
    const t = call('split', ['a-b', makePattern('-')]);
    expect(formatValue(t, STRING_ARRAY)).toBe('{\n[1] = a,\n[2] = b\n}');
    expect(typeToString(STRING_VEC)).toBe('vector of string');
  });
  it('sub / gsub with anchors (bifs.sub, T10)', () => {
    expect(call('sub', ['this is a test', makePattern('is|ss'), 'at'])).toBe('that is a test');
    expect(call('gsub', ['this is a test', makePattern('is|ss'), 'at'])).toBe('that at a test');
    expect(call('sub', ['test', makePattern('^est'), 'ea'])).toBe('test');
    expect(call('gsub', ['test test', makePattern('test$'), 'tea'])).toBe('test tea');
    expect(call('gsub', ['test test', makePattern('^test'), 'tea'])).toBe('tea test');
    expect(call('gsub', ['aab', makePattern('^a'), 'x'])).toBe('xxb');
  });
  it('strstr, case, misc (T11)', () => {
    expect(call('strstr', ['this is a test', 'his'])).toBe(2);
    expect(call('strstr', ['this is a test', 'are'])).toBe(0);
    expect(call('to_lower', ['this is a Test'])).toBe('this is a test');
    expect(call('to_upper', ['this is a Test'])).toBe('THIS IS A TEST');
    expect(call('to_upper', ['\xe9a'])).toBe('\xe9A');
    expect(call('subst_string', ['aXbXc', 'X', '--'])).toBe('a--b--c');
    expect(call('subst_string', ['abc', '', '--'])).toBe('abc');
    expect(call('strcmp', ['a', 'b'])).toBe(-1);
    expect(call('strcmp', ['b', 'b'])).toBe(0);
    expect(call('sub_bytes', ['abcdefghij', 2, 4])).toBe('bcde');
    expect(call('sub_bytes', ['abcdefghij', 0, 2])).toBe('ab');
    expect(call('sub_bytes', ['abcdefghij', 8, -1])).toBe('hij');
    expect(call('sub_bytes', ['abcdefghij', 8, 100])).toBe('hij');
    expect(call('sub_bytes', ['abc', 5, 1])).toBe('');
    expect(call('strip', ['  a b \t\n'])).toBe('a b');
    expect(call('lstrip', ['xxaxx', 'x'])).toBe('axx');
    expect(call('rstrip', ['xxaxx', 'x'])).toBe('xxa');
    expect(call('lstrip', ['  a '])).toBe('a ');
    expect(call('join_string_vec', [['a', 'b', 'c'], ', '])).toBe('a, b, c');
  });
});

describe('time built-ins (T12)', () => {
  it('network_time and strftime', () => {
    ctx.now = 1300475167.096535;
    expect(show('network_time', [])).toBe('1300475167.096535');
    expect(call('strftime', ['%Y-%m-%d %H:%M:%S', 0])).toBe('1970-01-01 00:00:00');
    expect(call('strftime', ['%H%M%S %Y%m%d', 123456789])).toBe('213309 19731129');
    expect(call('strftime', ['', 0])).toBe('<strftime error>');
    expect(call('interval_to_double', [-60])).toBe(-60);
    expect(show('double_to_interval', [90])).toBe('1.0 min 30.0 secs');
    expect(call('strptime', ['%Y', 'x'])).toBe(0);
    expect(ctx.warnings).toHaveLength(1);
  });
});

describe('conversion built-ins (T14, T15)', () => {
  it('ports', () => {
    expect(show('to_port', ['123/udp'])).toBe('123/udp');
    expect(show('to_port', ['123'])).toBe('0/unknown');
    expect(show('to_port', ['123/'])).toBe('0/unknown');
    expect(show('to_port', ['5/unknown'])).toBe('0/unknown');
    expect(ctx.errors).toHaveLength(3);
    expect(show('count_to_port', [256, 'icmp'])).toBe('256/icmp');
    expect(show('count_to_port', [256, 'tcp'])).toBe('256/tcp');
    expect(call('port_to_count', [makePort(123, PORT_TCP)])).toBe(123);
    expect(TRANSPORT_PROTO.byName.get('udp')).toBe(2);
  });
  it('numbers', () => {
    expect(show('to_count', ['0xC3', 16])).toBe('195');
    expect(show('to_count', [' 205'])).toBe('205');
    expect(show('to_count', ['205 '])).toBe('205');
    expect(show('to_count', ['-5'])).toBe('18446744073709551611');
    expect(show('double_to_count', [3.9])).toBe('4');
    expect(show('double_to_int', [-3.9])).toBe('-4');
    expect(show('to_int', ['F3', 16])).toBe('243');
    expect(show('to_int', ['-42'])).toBe('-42');
    expect(ctx.errors).toEqual([]);
    expect(call('to_count', [''])).toBe(0);
    expect(call('to_count', ['12a'])).toBe(0);
    expect(call('to_int', ['x'])).toBe(0);
    expect(call('int_to_count', [-1])).toBe(0);
    expect(call('double_to_count', [-1.5])).toBe(0);
    expect(ctx.errors).toEqual([
      'bad conversion to count', 'bad conversion to count', 'bad conversion to integer',
      'bad conversion to count', 'bad conversion to count',
    ]);
    expect(call('to_double', ['3.5'])).toBe(3.5);
    expect(call('to_double', ['1e3'])).toBe(1000);
    expect(call('to_double', ['3.5 '])).toBe(0);
    expect(call('to_double', [''])).toBe(0);
    expect(call('count_to_double', [2n ** 60n])).toBe(2 ** 60);
    expect(call('int_to_count', [5])).toBe(5);
  });
  it('addresses and subnets', () => {
    expect(call('to_addr', ['001.002.003.004'])).toBe('1.2.3.4');
    expect(call('to_addr', ['bogus'])).toBe('::');
    expect(ctx.errors).toEqual(['failed converting string to IP address']);
    expect(show('to_subnet', ['10.1.0.0/16'])).toBe('10.1.0.0/16');
    expect(show('to_subnet', ['x'])).toBe('::/0');
    expect(call('subnet_to_addr', [parseSubnet('10.1.0.0/16')])).toBe('10.1.0.0');
    expect(call('subnet_width', [parseSubnet('10.1.0.0/16')])).toBe(16);
    expect(call('count_to_v4_addr', [0x7f000001])).toBe('127.0.0.1');
    expect(call('count_to_v4_addr', [2 ** 32])).toBe('0.0.0.0');
  });
  it('enum_to_int', () => {
    const E = enumType('E', ['A', 'B', 'C']);
    expect(call('enum_to_int', ['C'], [E])).toBe(2);
    expect(call('enum_to_int', [boxAny('B', E)], [T.any])).toBe(1);
  });
});

describe('address built-ins (T13)', () => {
  it('mask_addr, families, ports', () => {
    expect(show('mask_addr', ['255.255.255.255', 1])).toBe('128.0.0.0/1');
    expect(show('mask_addr', ['255.255.255.255', 18])).toBe('255.255.192.0/18');
    expect(call('is_v4_addr', ['1.2.3.4'])).toBe(true);
    expect(call('is_v6_addr', ['::1'])).toBe(true);
    expect(call('is_udp_port', [makePort(53, PORT_UDP)])).toBe(true);
    expect(call('is_tcp_port', [makePort(53, PORT_UDP)])).toBe(false);
    expect(call('get_port_transport_proto', [makePort(53, PORT_UDP)])).toBe('udp');
  });
});

describe('type_name (bifs.type_name, T16)', () => {
  it.each<[unknown, Type, string]>([
    [-3, T.int, 'int'],
    [5 * 3600, T.interval, 'interval'],
    [createSet(), setType([T.count]), 'set[count]'],
    [[1, 2, 3], vectorType(T.count), 'vector of count'],
    [parseSubnet('[fe80:1234::]/32'), T.subnet, 'subnet'],
    ['x', T.string, 'string'],
    [boxAny(5, T.count), T.any, 'count'],
    [createTable(), tableType([T.string], tableType([T.addr, T.port], T.string)), 'table[string] of table[addr,port] of string'],
    [{ c: 2, s: 'x' }, recordType([{ name: 'c', type: T.count }, { name: 's', type: T.string }]), 'record { c:count; s:string; }'],
    [() => true, funcType('function', [{ name: 'aa', type: T.int }, { name: 'bb', type: T.int }], T.bool), 'function(aa:int; bb:int;) : bool'],
  ])('%#: %s', (v, t, s) => {
    expect(call('type_name', [v], [t])).toBe(s);
  });
  it('clear_table', () => {
    const s = createSet();
    setAdd(s, 1);
    call('clear_table', [s], [setType([T.count])]);
    expect(s.map.size).toBe(0);
  });
});

describe('file and process built-ins', () => {
  it('writes files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxbro-rt-'));
    const name = path.join(dir, 'out.txt');
    const f = call('open', [name]) as FileValue;
    expect(call('write_file', [f, 'a\xff'])).toBe(true);
    expect(call('close', [f])).toBe(true);
    expect(call('write_file', [f, 'x'])).toBe(false);
    const g = call('open_for_append', [name]) as FileValue;
    call('write_file', [g, 'b']);
    call('flush_all', []);
    call('close', [g]);
    expect(fs.readFileSync(name)).toEqual(Buffer.from([0x61, 0xff, 0x62]));
    const h = call('open', ['-']) as FileValue;
    call('write_file', [h, 'to stdout']);
    call('close', [h]);
    expect(ctx.output).toEqual(['to stdout']);
    fs.rmSync(dir, { recursive: true });
  });
  it('terminate, env, exit', () => {
    expect(call('terminate', [])).toBe(true);
    expect(call('terminate', [])).toBe(false);
    expect(call('zeek_is_terminating', [])).toBe(true);
    expect(call('getenv', ['NOPE'])).toBe('');
    expect(call('setenv', ['X', 'y'])).toBe(true);
    expect(call('getenv', ['X'])).toBe('y');
    call('exit', [3]);
    expect(ctx.exitCode).toBe(3);
    expect(call('reading_traces', [])).toBe(true);
  });
  it('every built-in has a printable function type', () => {
    for (const [name, b] of Object.entries(BUILTINS)) {
      expect(typeToString(b.type).startsWith('function(')).toBe(true);
      expect(typeof b.impl).toBe('function');
      // Plain names, or a module's built-ins under their full name (`Reporter::info`, `Pcap::error`); a few of
      // Zeek's names have capitals after the first letter (`unescape_URI`).
      expect(name).toMatch(/^([A-Z][A-Za-z]*::)?[a-z_][A-Za-z_0-9]*$/);
    }
    expect(typeToString(BUILTINS.to_count.type)).toBe('function(str:string; base:count;) : count');
  });
});

describe('Baseline: bifs.split_string/out', () => {
  it('reproduces every block', () => {
    const a = 'this is a test';
    const pat = makePattern('hi|es');
    expect(call('split_string', [a, pat])).toEqual(['t', 's is a t', 't']);
    expect(call('split_string1', [a, pat])).toEqual(['t', 's is a test']);
    expect(call('split_string_all', [a, pat])).toEqual(['t', 'hi', 's is a t', 'es', 't']);
    expect(call('split_string_n', [a, pat, false, 1])).toEqual(['t', 's is a test']);
    expect(call('split_string_n', [a, pat, true, 1])).toEqual(['t', 'hi', 's is a test']);
    expect(show('str_split_indices', [a, [3, 6, 13]])).toBe('[thi, s i, s a tes, t]');
    expect(call('split_string1', ['X-Mailer: Testing Test (http://www.example.com)', makePattern(':[[:blank:]]*')]))
      .toEqual(['X-Mailer', 'Testing Test (http://www.example.com)']);
    expect(call('split_string_all', ['A = B = C = D', makePattern('=')])).toEqual(['A ', '=', ' B ', '=', ' C ', '=', ' D']);
  });
});
