import { resolveCommand } from './debugCommands';
import { breakpointNumbers, breakpointTable } from './breakpoints';

describe('resolveCommand', () => {
  test.each([
    ['bt', 'backtrace'], ['where', 'backtrace'], ['fin', 'finish'], ['n', 'next'], ['s', 'step'], ['c', 'continue'],
    ['p', 'print'], ['set', 'print'], ['d', 'delete'], ['dis', 'disable'], ['l', 'list'], ['b', 'break'], ['und', 'undisplay'],
  ])('%s is %s', (word, name) => {
    const r = resolveCommand(word);
    expect('command' in r && r.command.names[0]).toBe(name);
  });

  test('an ambiguous prefix lists the candidates; an unknown word is unknown', () => {
    expect(resolveCommand('di')).toEqual({ ambiguous: ['disable', 'display'] });
    expect(resolveCommand('zap')).toEqual({ unknown: true });
  });
});

describe('breakpoint helpers', () => {
  test('info breakpoints rows are %-4d%-15s%-5s%-4s%s', () => {
    const stmt = { file: 'dbg.bro', line: 3, col: 2, offset: 50 };
    expect(breakpointTable([{ id: 1, stmt, func: 'connection_established', enabled: true }, { id: 12, stmt, enabled: false, cond: 'x > 1' }])).toBe(
      'Num Type           Disp Enb What\n' +
        '1   breakpoint     keep y   connection_established at ./dbg.bro:3\n' +
        '12  breakpoint     keep n   ./dbg.bro:3\n\tstop only if x > 1\n',
    );
    expect(breakpointNumbers('1 x 3')).toEqual([1, 3]);
  });
});
