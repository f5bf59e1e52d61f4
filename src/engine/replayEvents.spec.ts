import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORT_TCP } from '../runtime/port';
import { T, type Type } from '../runtime/types';
import { readReplayFile } from './replayEvents';

const HEAD = '{"format":"rxbro-events","version":1,"date":1}\n';
const TYPES: Record<string, Type[]> = { ping: [T.port, T.count], net_done: [T.time] };

function file(text: string): string {
  const p = join(mkdtempSync(join(tmpdir(), 'rxbro-replay-')), 'events.bst');
  writeFileSync(p, text);
  return p;
}

describe('readReplayFile', () => {
  test('decodes arguments by the declared types; skips what the run raises itself; keeps net_done', () => {
    const warnings: string[] = [];
    const evs = readReplayFile(
      file(HEAD + '{"ts":0,"event":"bro_init","args":[]}\n{"ts":5.5,"event":"ping","args":["80/tcp",3]}\n{"ts":6,"event":"net_done","args":[6]}\n{"ts":6,"event":"bro_done","args":[]}\n'),
      (n) => TYPES[n],
      (m) => warnings.push(m),
    );
    expect(evs).toEqual([{ ts: 5.5, name: 'ping', args: [80 | PORT_TCP, 3] }, { ts: 6, name: 'net_done', args: [6] }]);
    expect(warnings).toEqual([]);
  });

  test('an undeclared event is skipped with one warning per name', () => {
    const warnings: string[] = [];
    const p = file(HEAD + '{"ts":1,"event":"mystery","args":[1]}\n{"ts":2,"event":"mystery","args":[2]}\n');
    expect(readReplayFile(p, (n) => TYPES[n], (m) => warnings.push(m))).toEqual([]);
    expect(warnings).toEqual([`${p}: event mystery is not declared with 1 parameters by these scripts; not replayed`]);
  });

  test.each([
    ['', ':1: empty file (no header line)'],
    ['{"format":"rxbro-state","version":1,"date":1}\n', ':1: not an rxbro events file (format "rxbro-state")'],
    [HEAD + '{"ts":1,"event":"ping","args":["80/tcp",3]}\n{"ts":2,"ev', ':3: not a JSON line (file cut short?)'],
    [HEAD + '{"ts":1,"event":"ping","args":["eighty",3]}\n', ':2: ping: "eighty" is not a port'],
  ])('bad file %j → one error naming the line', (text, suffix) => {
    const p = file(text);
    expect(() => readReplayFile(p, (n) => TYPES[n], () => {})).toThrow(p + suffix);
  });
});
