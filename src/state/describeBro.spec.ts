import { PORT_TCP } from '../runtime/port';
import { canonicalKey, type TableValue } from '../runtime/table';
import { recordType, setType, T, tableType, vectorType, type Type } from '../runtime/types';
import { broDouble, ctimeText, describeBro } from './describeBro';

function table(types: Type[], rows: [unknown[], unknown][], isSet = false): TableValue {
  const map = new Map();
  for (const [index, value] of rows) map.set(canonicalKey(index, types), { index, value });
  return { isSet, map };
}

describe("Bro 1.5's -x rendering", () => {
  test('doubles: %.15g, .0 on whole numbers (capture-events/x.txt)', () => {
    expect(broDouble(1362692526.869344)).toBe('1362692526.86934');
    expect(broDouble(0.211483955383301)).toBe('0.211483955383301');
    expect(broDouble(0)).toBe('0.0');
    expect(describeBro(0.0697400569915771, T.interval)).toBe('0.0697400569915771');
  });

  test('a set of strings: quoted, bare commas (persistent/x.txt)', () => {
    expect(describeBro(table([T.string], [[['run-1'], true], [['run-2'], true]], true), setType([T.string]))).toBe('{"run-1","run-2"}');
    expect(describeBro(table([T.string], [], true), setType([T.string]))).toBe('{}');
  });

  test('records, ports, tables, vectors, unset fields', () => {
    const Id = recordType([{ name: 'orig_h', type: T.addr }, { name: 'orig_p', type: T.port }, { name: 'x', type: T.count, optional: true }]);
    expect(describeBro({ orig_h: '141.142.228.5', orig_p: 59856 | PORT_TCP, x: undefined }, Id)).toBe('[orig_h=141.142.228.5, orig_p=59856/tcp, x=<uninitialized>]');
    expect(describeBro(table([T.addr], [[['1.2.3.4'], 3]]), tableType([T.addr], T.count))).toBe('{[1.2.3.4] = 3}');
    expect(describeBro([1, 2], vectorType(T.count))).toBe('[1, 2]');
    expect(describeBro('a"\n', T.string)).toBe('"a"\\x0a"');
  });

  test('ctime text pads the day with a space', () => {
    const d = new Date(2026, 10, 6, 3, 5, 9).getTime() / 1000;
    expect(ctimeText(d)).toBe('Fri Nov  6 03:05:09 2026');
  });
});
