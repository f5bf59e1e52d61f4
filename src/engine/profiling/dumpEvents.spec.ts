import { recordType, T } from '../../runtime/types';
import { makePort, PORT_TCP } from '../../runtime/port';
import { formatDumpedEvent, formatDumpedEventJson } from './dumpEvents';

const ID = recordType([{ name: 'orig_h', type: T.addr }, { name: 'orig_p', type: T.port }], 'conn_id');

describe('formatDumpedEvent', () => {
  test("Zeek's text form: %17.6f time and name, [i] name: type padded to 18, value as fmt %s, empty line", () => {
    const text = formatDumpedEvent(1254722767.49206, 'dns_message', [{ name: 'id', type: ID }, { name: 'is_orig', type: T.bool }, { name: 'len', type: T.count }],
      [{ orig_h: '10.10.1.4', orig_p: makePort(56166, PORT_TCP) }, true, 34], true);
    expect(text).toBe(
      '1254722767.492060 dns_message\n' +
        '                  [0] id: conn_id        = [orig_h=10.10.1.4, orig_p=56166/tcp]\n' +
        '                  [1] is_orig: bool      = T\n' +
        '                  [2] len: count         = 34\n\n',
    );
  });

  test('no arguments (or include_args off): the name line only; strings are escaped as print escapes them', () => {
    expect(formatDumpedEvent(0, 'zeek_init', [], [], true)).toBe('         0.000000 zeek_init\n');
    expect(formatDumpedEvent(1, 'e', [{ name: 's', type: T.string }], ['a\nb'], false)).toBe('         1.000000 e\n');
    expect(formatDumpedEvent(1, 'e', [{ name: 's', type: T.string }], ['a\nb'], true)).toContain('[0] s: string          = a\\x0ab\n');
  });

  test('JSON: ts, event and args by parameter name', () => {
    expect(formatDumpedEventJson(1.5, 'e', [{ name: 'p', type: T.port }], [makePort(80, PORT_TCP)], true)).toBe('{"ts":1.5,"event":"e","args":{"p":{"port":80,"proto":"tcp"}}}\n');
    expect(formatDumpedEventJson(1.5, 'e', [{ name: 'p', type: T.port }], [80], false)).toBe('{"ts":1.5,"event":"e"}\n');
  });
});
