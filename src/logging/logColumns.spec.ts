import { recordType, T } from '../runtime/types';
import { columnValue, logColumnsOf } from './logColumns';

const id = recordType([
  { name: 'orig_h', type: T.addr, log: true },
  { name: 'orig_p', type: T.port, log: true },
  { name: 'proto', type: T.count },
]);
const info = recordType([
  { name: 't', type: T.time, log: true },
  { name: 'id', type: id, log: true },
  { name: 'secret', type: T.string },
  { name: 'status', type: T.string, optional: true, log: true },
]);

describe('log columns', () => {
  it('only &log fields, in order, nested ones as outer.inner', () => {
    expect(logColumnsOf(info).map((c) => `${c.name}:${c.typeName}`)).toEqual(['t:time', 'id.orig_h:addr', 'id.orig_p:port', 'status:string']);
  });

  it('include, exclude, scope separator and renaming', () => {
    expect(logColumnsOf(info, { include: new Set(['t', 'id.orig_h']) }).map((c) => c.name)).toEqual(['t', 'id.orig_h']);
    expect(logColumnsOf(info, { exclude: new Set(['t', 'id.orig_h']) }).map((c) => c.name)).toEqual(['id.orig_p', 'status']);
    expect(logColumnsOf(info, { scopeSep: '_', nameMap: new Map([['id_orig_p', 'src_port']]) }).map((c) => c.name)).toEqual([
      't', 'id_orig_h', 'src_port', 'status',
    ]);
  });

  it('reads nested values, unset when the record around them is unset', () => {
    const [, origH] = logColumnsOf(info);
    expect(columnValue({ id: { orig_h: '1.2.3.4' } }, origH)).toBe('1.2.3.4');
    expect(columnValue({}, origH)).toBeUndefined();
  });
});
