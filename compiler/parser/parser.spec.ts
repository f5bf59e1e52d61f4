import { createParseContext, parseFile } from './index';
import { shortDiagnostic } from '../diagnostics';
import { tokenize } from '../lexer';

function parse(src: string) {
  return parseFile(src, 'test.bro', createParseContext());
}
function testFail(src: string, expected: string) {
  const r = parse(src);
  expect(r.diagnostics.map(shortDiagnostic)).toContain(expected);
}
function kinds(src: string) {
  return tokenize(src, 't').tokens.map(t => `${t.kind}:${t.kind === 'punct' || t.kind === 'keyword' || t.kind === 'id' ? t.text : JSON.stringify(typeof t.value === 'bigint' ? String(t.value) : t.value)}`);
}

describe('lexer', () => {
  test.each([
    ['80/tcp', ['port:65616']],
    ['5 mins', ['interval:300']],
    ['5 minutes', ['interval:300', 'id:utes']],
    ['2.5 day', ['interval:216000']],
    ['1.2.3.4', ['addr:"1.2.3.4"']],
    ['10.1.2.3/8', ['subnet:{"addr":"10.1.2.3","len":8}']],
    ['[::1]', ['addr:"::1"']],
    ['[::ffff:1.2.3.4]', ['addr:"1.2.3.4"']],
    ['[fe80::]/10', ['subnet:{"addr":"fe80::","len":10,"v6":true}']],
    ['0xffffffffffffffff', ['count:"18446744073709551615"']],
    ['.03E2', ['double:3']],
    ['"a\\x0ddir\\q"', ['string:"a\\rdirq"']],
    ['x = /a\\/b/i', ['id:x', 'punct:=', 'pattern:"a/b"']],
    ['a / b', ['id:a', 'punct:/', 'id:b']],
    // A quote inside a character class is a plain character, not the start of a quoted literal (base/utils/email).
    ['x = /(\\"[^"]*\\")?[^,]+/', ['id:x', 'punct:=', 'pattern:"(\\\\\\"[^\\"]*\\\\\\")?[^,]+"']],
    ['x = /"a/b"c/', ['id:x', 'punct:=', 'pattern:"\\"a/b\\"c"']],
    ['x !in s', ['id:x', 'punct:!in', 'id:s']],
    ['1.2', ['double:1.2']],
  ])('%s', (src, expected) => {
    expect(kinds(src).slice(0, -1)).toEqual(expected);
  });
  test('unterminated pattern', () => {
    expect(tokenize('x = /abc', 't').diagnostics[0].message).toBe('pattern not terminated before end of line');
  });
  test('positions', () => {
    const t = tokenize('print\n  x;', 't').tokens[1];
    expect([t.pos.line, t.pos.col]).toEqual([2, 3]);
  });
});

describe('parser', () => {
  test('declarations and statements', () => {
    const r = parse(`
module Foo;
export { global x: count = 5 &redef; }
type R: record { a: count; b: string &optional; };
redef record R += { c: count &default = 3; };
redef x = 6;
function f(a: count): count { return a + 1; }
event zeek_init() &priority = 5 { print f(1), [$a=1], table([1] = "x"); for ( [k1, k2], v in t ) next; }
print "hi";
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.file.decls.map(d => d.k)).toEqual(['module', 'export', 'type', 'redefRecord', 'redefVar', 'func', 'func', 'stmt']);
  });
  test('comparison is non-associative', () => {
    testFail('print 1 < 2 < 3;', 'syntax error: comparison operators do not associate (\'<\') (1:13)');
  });
  test('several errors at once', () => {
    const r = parse('print 1 +;\nprint ) ;\nprint 3;');
    expect(r.diagnostics.map(shortDiagnostic)).toEqual([
      "syntax error: unexpected ';' (1:10)",
      "syntax error: unexpected ')' (2:7)",
    ]);
    expect(r.file.decls.length).toBe(1);
  });
  test('@if / @ifdef skip text without parsing it', () => {
    const r = parse('const a = 1;\n@if ( a == 2 )\n this is not bro $$$\n@else\nprint "b";\n@endif\n@ifdef ( a )\nprint "c";\n@endif');
    expect(r.diagnostics).toEqual([]);
    expect(r.file.decls.map(d => d.k)).toEqual(['var', 'stmt', 'stmt']);
  });
  test('event statement vs definition', () => {
    const r = parse('event foo(1);\nevent foo(a: count) { }');
    expect(r.file.decls.map(d => d.k)).toEqual(['stmt', 'func']);
  });
  test('precedence', () => {
    const r = parse('print ! x in s, /bar/i | /bez/ == "bEz", |5 - 9|, -5, a$b[1]$c;');
    const st = r.file.decls[0];
    expect(r.diagnostics).toEqual([]);
    if (st.k !== 'stmt' || st.stmt.k !== 'print') throw new Error();
    const [a, b, c, d] = st.stmt.args;
    expect(a.k === 'binary' && a.op === 'in' && a.left.k === 'unary').toBe(true);
    expect(b.k === 'binary' && b.op === '==' && b.left.k === 'binary').toBe(true);
    expect(c.k).toBe('abs');
    expect(d.k === 'const' && d.lit === 'int' && d.value === -5).toBe(true);
  });
});
