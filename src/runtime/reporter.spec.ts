import { createReporter, report, reporterLine, reportFatal, type Reporter } from './reporter';

function recording(now = 0): { r: Reporter; out: string[]; events: unknown[][] } {
  const out: string[] = [];
  const events: unknown[][] = [];
  const r = createReporter((s) => void out.push(s), () => now);
  return { r, out, events };
}

describe('reporter', () => {
  it("formats stderr lines as Zeek's DoLog: prefix, location, message", () => {
    const { r } = recording();
    expect(reporterLine(r, 'error', 'boom', 'x.zeek, line 3')).toBe('error in x.zeek, line 3: boom\n');
    expect(reporterLine(r, 'warning', 'careful')).toBe('warning: careful\n');
    expect(reporterLine(r, '', 'hello', 'x.zeek, line 2')).toBe('x.zeek, line 2: hello\n');
    expect(reporterLine(r, '', 'hello')).toBe('hello\n');
  });

  it('puts the network time in front once a packet was seen', () => {
    const { r } = recording(1362692526.869344);
    r.stamped = true;
    expect(reporterLine(r, 'expression error', 'no such index (a[1])', 'x.zeek, line 12')).toBe(
      '1362692526.869344 expression error in x.zeek, line 12: no such index (a[1])\n',
    );
  });

  it('writes everything to stderr until zeek_init is done, then as the options say', () => {
    const { r, out } = recording();
    r.toStderr.info = false;
    report(r, 'info', '', 'early');
    r.initDone = true;
    report(r, 'info', '', 'late');
    report(r, 'warning', 'warning', 'still shown');
    expect(out).toEqual(['early\n', 'warning: still shown\n']);
  });

  it('raises events only for handled levels and never from inside a reporter handler', () => {
    const { r, events } = recording(5);
    r.raise = (level, t, msg, loc) => void events.push([level, t, msg, loc]);
    r.levels = { info: false, warning: true, error: true };
    report(r, 'info', '', 'not handled');
    report(r, 'error', 'error', 'bad', 'x.zeek, line 1');
    r.inHandler = 1;
    report(r, 'warning', 'warning', 'inside');
    expect(events).toEqual([['error', 5, 'bad', 'x.zeek, line 1']]);
  });

  it('uses the wall clock for the event time before the first packet', () => {
    const { r, events } = recording(0);
    r.raise = (_l, t) => void events.push([t]);
    r.levels = { info: true, warning: true, error: true };
    report(r, 'info', '', 'x');
    expect(events[0][0]).toBeGreaterThan(1.6e9);
  });

  it('writes fatal errors to stderr whatever the options', () => {
    const { r, out } = recording();
    r.initDone = true;
    r.toStderr.error = false;
    reportFatal(r, 'giving up', 'x.zeek, line 9');
    expect(out).toEqual(['fatal error in x.zeek, line 9: giving up\n']);
  });
});
