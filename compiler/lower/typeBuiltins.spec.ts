import { compile, formatDiagnostics } from '../index';

function runLines(src: string): string[] {
  const r = compile({ files: [], inline: [src], bare: true, searchPath: [], env: {} });
  if (!r.program) throw new Error(formatDiagnostics(r));
  const out: string[] = [];
  r.program.attach({
    scheduler: { networkTime: 0, terminating: false, at: () => undefined, cancel: () => true, now: () => 0 },
    events: { on: () => undefined, raise: () => undefined },
    stdout: (s: string) => out.push(s),
    stderr: (s: string) => out.push('ERR ' + s),
    tunables: { table_expire_interval: 0, tcp_inactivity_timeout: 0 },
    terminate: () => undefined,
    exit: () => undefined,
  } as never);
  r.program.runTopLevel();
  return out.join('').split('\n').filter((l) => l !== '');
}

test('a type name is a value as a call argument: enum_names, record_fields, type_name', () => {
  const out = runLines(
    'type Color: enum { RED, GREEN }; type R: record { a: count; b: string &optional &log; };\n' +
      'print |enum_names(Color)|, |record_fields(R)|, type_name(Color);\n' +
      'print record_fields(R)["b"]$log, record_fields(R)["b"]$optional, record_fields(R($a=1))["a"]$value;',
  );
  expect(out).toEqual(['2, 2, type', 'T, T, 1']);
});

test('anywhere else a type name stays an error with its position', () => {
  const r = compile({ files: [], inline: ['type Color: enum { RED }; local c = Color;'], bare: true, searchPath: [], env: {} });
  expect(formatDiagnostics(r)).toContain('error: type name used as a value: Color');
});

test('a type value where a value of the type is expected names the type in the clash', () => {
  const r = compile({ files: [], inline: ['type Color: enum { RED }; function f(c: Color) { } f(Color);'], bare: true, searchPath: [], env: {} });
  expect(formatDiagnostics(r)).toContain('argument type mismatch in function call: type Color is not Color');
});
