import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { T } from '../runtime/types';
import type { PersistentId } from '../state';
import { createStatePersistence } from './statePersistence';

function counter(name: string, start: number): PersistentId & { v: unknown } {
  const id = { name, type: T.count, attrs: ['&persistent'], v: start as unknown, get: () => id.v, set: (v: unknown) => { id.v = v; } };
  return id;
}

describe('createStatePersistence', () => {
  test('nothing persistent: no persistence at all (no state directory is touched)', () => {
    expect(createStatePersistence([], () => '.state', () => {})).toBeUndefined();
  });

  test('save, then rescan picks up a file another process changed, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-rescan-'));
    const n = counter('n', 5);
    const err: string[] = [];
    const p = createStatePersistence([n], () => dir, (l) => err.push(l))!;
    p.load(); // no file yet
    expect(p.save()).toBe(true);
    expect(p.rescan()).toBe(false); // our own write
    const path = join(dir, 'state.bst');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"value":5', '"value":42'));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(p.rescan()).toBe(true);
    expect(n.v).toBe(42);
    expect(p.rescan()).toBe(false);
    expect(err).toEqual([]);
  });

  test('a corrupt file at rescan time is one error line; the current values stay', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-rescan-'));
    const n = counter('n', 7);
    const err: string[] = [];
    const p = createStatePersistence([n], () => dir, (l) => err.push(l))!;
    p.save();
    const path = join(dir, 'state.bst');
    writeFileSync(path, '{"format":"rxbro-state","version":1,"date":1}\n');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(p.rescan()).toBe(false);
    expect(n.v).toBe(7);
    expect(err).toEqual([`error: ${path}:2: truncated: no end line\n`]);
  });

  test('a state directory that cannot be created: save reports one line and false', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-rescan-'));
    writeFileSync(join(dir, 'file'), 'x');
    const err: string[] = [];
    const p = createStatePersistence([counter('n', 1)], () => join(dir, 'file'), (l) => err.push(l))!;
    expect(p.save()).toBe(false);
    expect(err[0]).toMatch(/^error: cannot write .*state\.bst: /);
  });
});
