/**
 * Malformed input never crashes the compiler: every script under spec/scripts, with lines dropped, tokens
 * swapped or text truncated, compiles to diagnostics (or a program), never to a JavaScript exception.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compile, ScriptContext, TopLevelError } from './index';

function fakeContext(): ScriptContext {
  return {
    scheduler: { networkTime: 0, terminating: false, at: () => undefined, cancel: () => true, now: () => 0 },
    events: { on: () => undefined, raise: () => undefined },
    stdout: () => undefined,
    stderr: () => undefined,
    tunables: {},
    terminate: () => undefined,
    exit: () => undefined,
  };
}

const ROOT = path.join(__dirname, '..', 'spec', 'scripts');

function sources(): string[] {
  const out: string[] = [];
  for (const dir of fs.readdirSync(ROOT).sort()) {
    const full = path.join(ROOT, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).sort()) if (f.endsWith('.bro')) out.push(fs.readFileSync(path.join(full, f), 'latin1'));
  }
  return out;
}

/** A small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(src: string, r: () => number): string {
  const lines = src.split('\n');
  switch (Math.floor(r() * 4)) {
    case 0: lines.splice(Math.floor(r() * lines.length), 1); return lines.join('\n');
    case 1: return src.slice(0, Math.floor(r() * src.length));
    case 2: {
      const i = Math.floor(r() * src.length);
      return src.slice(0, i) + '{}();,$[]'.charAt(Math.floor(r() * 9)) + src.slice(i);
    }
    default: {
      const i = Math.floor(r() * src.length), j = Math.floor(r() * src.length);
      return src.slice(0, Math.min(i, j)) + src.slice(Math.max(i, j));
    }
  }
}

test('mutated scripts produce diagnostics, not exceptions', () => {
  const r = rng(42);
  const all = sources();
  let failures = 0;
  const crashes: string[] = [];
  for (let n = 0; n < 600; n++) {
    const src = mutate(all[n % all.length], r);
    const result = compile({ files: [], inline: [src], bare: true, searchPath: [], env: {} });
    if (!result.program && !result.diagnostics.some(d => d.severity === 'error')) failures++;
    if (result.program) {
      // A program that compiles also attaches and runs its top level: run-time errors are reported, not thrown.
      try {
        result.program.attach(fakeContext());
        result.program.runTopLevel();
      } catch (e) {
        if (!(e instanceof TopLevelError)) { failures++; crashes.push(`${String(e)}\n${src}`); }
      }
    }
  }
  expect(crashes.slice(0, 3)).toEqual([]);
  expect(failures).toBe(0);
});
