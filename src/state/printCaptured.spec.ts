import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setType, T } from '../runtime/types';
import { printCapturedFile } from './printCaptured';

function run(text: string, opts: { events?: Record<string, typeof T.count[]>; globals?: Record<string, ReturnType<typeof setType>> } = {}) {
  const path = join(mkdtempSync(join(tmpdir(), 'rxbro-x-')), 'f.bst');
  writeFileSync(path, text);
  const out: string[] = [];
  const err: string[] = [];
  const status = printCapturedFile(path, {
    eventParams: (n) => opts.events?.[n]?.map((type, i) => ({ name: `a${i}`, type })),
    globalType: (n) => opts.globals?.[n],
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  });
  return { status, out: out.join(''), err: err.join(''), path };
}

describe('-x', () => {
  test('a state file: ID lines typed by the stored type description', () => {
    const r = run('{"format":"rxbro-state","version":1,"date":0}\n{"id":"t","type":"table[addr] of interval","t":{"table":["addr"],"of":"interval"},"attrs":["&persistent","&read_expire=1 min"],"value":[{"k":["1.2.3.4"],"v":1.5,"a":100}]}\n{"end":1}\n');
    expect(r.status).toBe(0);
    expect(r.out).toBe('ID t : table[addr] of interval = {[1.2.3.4] = 1.5} &persistent &read_expire=1 min\n');
    expect(r.err).toMatch(/^Date: /);
  });

  test('captured events: typed by the declarations; an undeclared one shows its JSON', () => {
    const r = run('{"format":"rxbro-events","version":1,"date":0}\n{"ts":1.5,"event":"e","args":[2,"x"]}\n{"ts":2,"event":"f","args":["80/tcp"]}\n', { events: { e: [T.interval, T.string] } });
    expect(r.out).toBe('Event [1.500000] e(2.0, "x")\nEvent [2.000000] f("80/tcp")\n');
  });

  test('state updates, typed by the global', () => {
    const r = run('{"format":"rxbro-state-updates","version":1,"date":0}\n{"ts":1,"op":"add","id":"s","index":["10.0.0.1"]}\n{"ts":1,"op":"del","id":"s","index":["10.0.0.1"]}\n', { globals: { s: setType([T.addr]) } });
    expect(r.out).toBe('State access: add s[10.0.0.1]\nState access: del s[10.0.0.1]\n');
  });

  test('not one of the formats, or a bad line: one error line, status 1', () => {
    expect(run('hello\n').err).toMatch(/f\.bst:1: not an rxbro state, events or state-updates file\n$/);
    const r = run('{"format":"rxbro-events","version":1,"date":0}\n{"ts":1,"event":"e","args":[]}\n{"ts":');
    expect(r.status).toBe(1);
    expect(r.out).toBe('Event [1.000000] e()\n');
    expect(r.err).toMatch(/\nrxbro: .*f\.bst:3: not a JSON line \(file cut short\?\)\n$/);
  });
});
