import type { Weird } from '../packet/Weird';
import {
  connIdentifier,
  createWeirdActionState,
  decideWeird,
  flowIdentifier,
  WEIRD_ACTIONS,
  weirdSubject,
  type WeirdSubject,
} from './weirdActions';

const conn = (name: string, ts: number, origH = '10.0.0.1', origP = 1234, respH = '10.0.0.2', respP = 53): WeirdSubject =>
  ({ name, ts, identifier: connIdentifier(origH, origP, respH, respP), orig_h: origH, resp_h: respH });
const flow = (name: string, ts: number, src = '10.0.0.1', dst = '10.0.0.2'): WeirdSubject =>
  ({ name, ts, identifier: flowIdentifier(src, dst), orig_h: src, resp_h: dst });
const net = (name: string, ts: number): WeirdSubject => ({ name, ts, identifier: '' });

describe('Weird::actions table', () => {
  test("Zeek's entries for the weirds rxbro raises", () => {
    expect(WEIRD_ACTIONS.get('bad_UDP_checksum')).toBe('ACTION_LOG_PER_ORIG');
    expect(WEIRD_ACTIONS.get('bad_IP_checksum')).toBe('ACTION_LOG_PER_ORIG');
    expect(WEIRD_ACTIONS.get('spontaneous_FIN')).toBe('ACTION_IGNORE');
    expect(WEIRD_ACTIONS.get('FIN_after_reset')).toBe('ACTION_IGNORE');
    expect(WEIRD_ACTIONS.get('SYN_after_partial')).toBe('ACTION_NOTICE_PER_ORIG');
    expect(WEIRD_ACTIONS.get('simultaneous_open')).toBe('ACTION_LOG_PER_CONN');
    expect(WEIRD_ACTIONS.get('truncated_IP')).toBe('ACTION_LOG');
    expect(WEIRD_ACTIONS.get('ip_hdr_len_zero')).toBeUndefined(); // default ACTION_LOG
    expect(WEIRD_ACTIONS.size).toBe(166); // every entry of Zeek's table
  });
});

describe('identifiers', () => {
  test("id_string and flow_id_string forms", () => {
    expect(connIdentifier('10.0.0.1', 53, '10.0.0.2', 1024)).toBe('10.0.0.1:53 > 10.0.0.2:1024');
    expect(flowIdentifier('::1', '::2')).toBe('::1 -> ::2');
  });

  test('weirdSubject: conn weirds use the connection, flow weirds the addresses, net weirds nothing', () => {
    const w = (kind: Weird['kind']): Weird => ({ kind, name: 'x', addl: '', source: '', ts: 5, src: '1.1.1.1', dst: '2.2.2.2' });
    expect(weirdSubject(w('conn'), { orig_h: '3.3.3.3', orig_p: 1, resp_h: '4.4.4.4', resp_p: 2 })).toEqual({
      name: 'x', ts: 5, identifier: '3.3.3.3:1 > 4.4.4.4:2', orig_h: '3.3.3.3', resp_h: '4.4.4.4',
    });
    expect(weirdSubject(w('flow'))).toEqual({ name: 'x', ts: 5, identifier: '1.1.1.1 -> 2.2.2.2', orig_h: '1.1.1.1', resp_h: '2.2.2.2' });
    expect(weirdSubject({ kind: 'net', name: 'truncated_IP', addl: '', source: 'IP', ts: 1 })).toEqual({ name: 'truncated_IP', ts: 1, identifier: '' });
  });
});

describe('decideWeird', () => {
  test('ACTION_IGNORE never logs', () => {
    const s = createWeirdActionState();
    expect(decideWeird(s, conn('spontaneous_RST', 1))).toBe('ignore');
    expect(s.weirdIgnore.size + s.didLog.size).toBe(0);
  });

  test('ACTION_LOG: once per (name, identifier) for 10 minutes via weird_ignore', () => {
    const s = createWeirdActionState();
    expect(decideWeird(s, conn('data_before_established', 100))).toBe('log');
    expect(decideWeird(s, conn('data_before_established', 101))).toBe('ignore');
    expect(decideWeird(s, conn('data_before_established', 101, '10.0.0.9'))).toBe('log'); // another connection
    expect(decideWeird(s, conn('SYN_seq_jump', 101))).toBe('log'); // another name
    expect(decideWeird(s, conn('data_before_established', 699.999))).toBe('ignore');
    expect(decideWeird(s, conn('data_before_established', 700))).toBe('log'); // expired after 600 s
  });

  test('net weirds share the empty identifier: one row per name per 10 minutes', () => {
    const s = createWeirdActionState();
    expect(decideWeird(s, net('truncated_IP', 1))).toBe('log');
    expect(decideWeird(s, net('truncated_IP', 2))).toBe('ignore');
    expect(decideWeird(s, net('unknown_ip_version', 2))).toBe('log');
  });

  test('flow weirds are keyed by the address pair in its direction', () => {
    const s = createWeirdActionState();
    expect(decideWeird(s, flow('truncated_header', 1))).toBe('log');
    expect(decideWeird(s, flow('truncated_header', 2))).toBe('ignore');
    expect(decideWeird(s, flow('truncated_header', 3, '10.0.0.2', '10.0.0.1'))).toBe('log');
  });

  test('ACTION_LOG_PER_ORIG of a checksum weird: once per originator host (did_log, 1 day)', () => {
    const s = createWeirdActionState();
    expect(decideWeird(s, conn('bad_UDP_checksum', 0))).toBe('log');
    expect(decideWeird(s, conn('bad_UDP_checksum', 1))).toBe('ignore');
    expect(decideWeird(s, conn('bad_UDP_checksum', 2, '10.0.0.1', 999, '10.9.9.9', 7))).toBe('ignore'); // same orig
    expect(decideWeird(s, conn('bad_UDP_checksum', 3, '10.0.0.3'))).toBe('log');
    // Checksum names are in weird_do_not_ignore_repeats: nothing goes into weird_ignore.
    expect(s.weirdIgnore.size).toBe(0);
    expect(decideWeird(s, conn('bad_UDP_checksum', 86399.9))).toBe('ignore');
    expect(decideWeird(s, conn('bad_UDP_checksum', 86400))).toBe('log');
  });

  test('ACTION_LOG_PER_ORIG of other names also fills weird_ignore', () => {
    const s = createWeirdActionState();
    expect(decideWeird(s, conn('SYN_with_data', 0))).toBe('log');
    expect(s.weirdIgnore.has('SYN_with_data\u000010.0.0.1:1234 > 10.0.0.2:53')).toBe(true);
    expect(s.didLog.has('SYN_with_data\u000010.0.0.1')).toBe(true);
    // Still suppressed by did_log once weird_ignore expired.
    expect(decideWeird(s, conn('SYN_with_data', 700))).toBe('ignore');
  });

  test('ACTION_LOG_PER_ORIG without addresses (net weird) keys on the empty identifier', () => {
    const s = createWeirdActionState({ actions: new Map([['x', 'ACTION_LOG_PER_ORIG']]) });
    expect(decideWeird(s, net('x', 0))).toBe('log');
    expect(s.didLog.has('x\u0000')).toBe(true);
  });

  test('ACTION_LOG_PER_CONN: once per identifier for a day', () => {
    const s = createWeirdActionState();
    expect(decideWeird(s, conn('simultaneous_open', 0))).toBe('log');
    expect(decideWeird(s, conn('simultaneous_open', 1000))).toBe('ignore');
    expect(decideWeird(s, conn('simultaneous_open', 1000, '10.0.0.1', 1235))).toBe('log');
  });

  test('ACTION_LOG_ONCE: once per name', () => {
    const s = createWeirdActionState({ actions: new Map([['x', 'ACTION_LOG_ONCE']]) });
    expect(decideWeird(s, conn('x', 0))).toBe('log');
    expect(decideWeird(s, conn('x', 1000, '10.0.0.7'))).toBe('ignore');
    expect(decideWeird(s, net('x', 1000))).toBe('ignore');
  });

  test('ACTION_NOTICE_PER_ORIG: logged with notice, tracked in did_notice, not did_log', () => {
    const s = createWeirdActionState();
    expect(decideWeird(s, conn('SYN_after_partial', 0))).toBe('notice');
    expect(s.didNotice.has('SYN_after_partial\u000010.0.0.1')).toBe(true);
    expect(s.didLog.size).toBe(0);
    expect(decideWeird(s, conn('SYN_after_partial', 700, '10.0.0.1', 1))).toBe('ignore');
    expect(decideWeird(s, conn('SYN_after_partial', 700, '10.0.0.5'))).toBe('notice');
  });

  test('ACTION_NOTICE and ACTION_UNSPECIFIED are not limiting (only weird_ignore applies)', () => {
    const s = createWeirdActionState({ actions: new Map([['n', 'ACTION_NOTICE'], ['u', 'ACTION_UNSPECIFIED']]) });
    expect(decideWeird(s, conn('n', 0))).toBe('notice');
    expect(decideWeird(s, conn('n', 1))).toBe('ignore');
    expect(decideWeird(s, conn('u', 0))).toBe('log');
    expect(s.didLog.size + s.didNotice.size).toBe(0);
  });

  test('a redef default action applies to names missing from the table', () => {
    const s = createWeirdActionState({ defaultAction: 'ACTION_IGNORE' });
    expect(decideWeird(s, net('ip_hdr_len_zero', 0))).toBe('ignore');
    expect(decideWeird(s, net('truncated_IP', 0))).toBe('log');
  });

  test('ignore_hosts matches either endpoint and leaves no bookkeeping', () => {
    const s = createWeirdActionState({ ignoreHosts: new Set(['10.0.0.2\u0000bad_UDP_checksum']) });
    expect(decideWeird(s, conn('bad_UDP_checksum', 0))).toBe('ignore');
    expect(s.didLog.size).toBe(0);
    expect(decideWeird(s, conn('bad_UDP_checksum', 0, '10.0.0.1', 1, '10.0.0.3', 2))).toBe('log');
  });
});
