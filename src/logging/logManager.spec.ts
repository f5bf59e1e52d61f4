import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boxAny } from '../runtime/any';
import { recordType, T } from '../runtime/types';
import { createLogManager } from './logManager';

const Info = recordType(
  [
    { name: 'n', type: T.count, log: true },
    { name: 's', type: T.string, log: true, optional: true },
  ],
  'Test::Info',
);
const columns = boxAny({ typeValue: Info, name: 'Test::Info' }, { kind: 'type', of: Info });

function setup(globals: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rxbro-logmgr-'));
  const raised: [string, unknown][] = [];
  const errors: string[] = [];
  const m = createLogManager({
    dir,
    json: false,
    raise: (e, r) => void raised.push([e, r]),
    global: (n) => globals[n],
    warning: (w) => void errors.push(w),
    error: (e) => void errors.push(e),
    now: () => new Date(2020, 0, 1),
  });
  const rows = (path: string) => readFileSync(join(dir, `${path}.log`), 'latin1').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  return { dir, m, raised, errors, rows };
}

describe('log manager', () => {
  it('writes a stream through its filters, raising $ev first, and closes with #close', () => {
    const { dir, m, raised, rows } = setup();
    expect(m.createStream('Test::LOG', { columns, ev: boxAny('Test::log_test', T.string) })).toBe(true);
    m.addFilter('Test::LOG', { name: 'default', path: 'test', writer: 'Log::WRITER_ASCII' });
    expect(m.write('Test::LOG', boxAny({ n: 1, s: 'a' }, Info), T.any)).toBe(true);
    m.closeAll();
    expect(raised).toEqual([['Test::log_test', { n: 1, s: 'a' }]]);
    expect(rows('test')).toEqual(['1\ta']);
    expect(readFileSync(join(dir, 'test.log'), 'latin1')).toMatch(/^#separator \\x09\n[\s\S]*#fields\tn\ts\n#types\tcount\tstring\n1\ta\n#close\t2020-01-01-00-00-00\n$/);
  });

  it('coerces a record of another type (defaults filled in), and refuses a non-record', () => {
    const { m, rows, errors } = setup();
    m.createStream('Test::LOG', { columns });
    m.addFilter('Test::LOG', { name: 'default', path: 'test' });
    const anon = recordType([{ name: 'n', type: T.count }]);
    m.write('Test::LOG', boxAny({ n: 7 }, anon), T.any);
    expect(m.write('Test::LOG', boxAny(3, T.count), T.any)).toBe(false);
    m.closeAll();
    expect(rows('test')).toEqual(['7\t-']);
    expect(errors).toEqual(['incompatible log record type']);
  });

  it('a disabled stream writes nothing, a policy hook vetoes per filter, the stream policy for all', () => {
    let veto = false;
    const { dir, m, rows } = setup({ 'Log::log_stream_policy': () => !veto });
    m.createStream('Test::LOG', { columns });
    m.addFilter('Test::LOG', { name: 'default', path: 'test' });
    m.addFilter('Test::LOG', { name: 'odd', path: 'odd', policy: (r: { value: { n: number } }) => r.value.n % 2 === 1 });
    m.disableStream('Test::LOG');
    m.write('Test::LOG', boxAny({ n: 0 }, Info), T.any);
    expect(existsSync(join(dir, 'test.log'))).toBe(false);
    m.enableStream('Test::LOG');
    for (const n of [1, 2, 3]) m.write('Test::LOG', boxAny({ n }, Info), T.any);
    veto = true;
    m.write('Test::LOG', boxAny({ n: 5 }, Info), T.any);
    m.closeAll();
    expect(rows('test')).toEqual(['1\t-', '2\t-', '3\t-']);
    expect(rows('odd')).toEqual(['1\t-', '3\t-']);
  });

  it('path functions pick the file per row; two filters on one path are separated with a warning', () => {
    const { m, rows, errors } = setup();
    m.createStream('Test::LOG', { columns });
    m.addFilter('Test::LOG', { name: 'default', path_func: (_id: string, _p: string, r: { value: { n: number } }) => `p${r.value.n}` });
    m.addFilter('Test::LOG', { name: 'other', path: 'p1' });
    m.write('Test::LOG', boxAny({ n: 1 }, Info), T.any);
    m.closeAll();
    expect(rows('p1')).toEqual(['1\t-']);
    expect(rows('p1-2')).toEqual(['1\t-']);
    expect(errors).toEqual(["Write using filter 'other' on path 'p1' changed to use new path 'p1-2' to avoid conflict with filter 'default'"]);
  });

  it('JSON lines with LogAscii::use_json, unset fields left out', () => {
    const { m, rows } = setup({ 'LogAscii::use_json': true });
    m.createStream('Test::LOG', { columns });
    m.addFilter('Test::LOG', { name: 'default', path: 'test' });
    m.write('Test::LOG', boxAny({ n: 1 }, Info), T.any);
    m.closeAll();
    expect(rows('test')).toEqual(['{"n":1}']);
  });
});
