import { compile, shortDiagnostic } from '../index';

/** The errors the checker reports for one inline script. */
function errors(src: string): string[] {
  const r = compile({ files: [], inline: [src], bare: true, searchPath: [], env: {} });
  return r.diagnostics.filter(d => d.severity === 'error' && d.pos.file === '<inline-1>').map(shortDiagnostic);
}

const DECL = 'global e: event(a: count, b: string, c: bool); global e: event(c: bool, a: count);';

describe('alternate event/hook prototypes', () => {
  test.each([
    ['canonical names', 'event e(a: count, b: string, c: bool) {}'],
    ['canonical renamed (types by position)', 'event e(x: count, y: string, z: bool) {}'],
    ['alternate, reordered subset', 'event e(c: bool, a: count) {}'],
    ['hook alternate', 'global h: hook(n: count, s: string); global h: hook(s: string); hook h(s: string) {}'],
    ['repeating the canonical declaration', 'global e: event(a: count, b: string, c: bool);'],
    ['repeating an alternate declaration', 'global e: event(c: bool, a: count);'],
  ])('%s is accepted', (_, src) => {
    expect(errors(`${DECL} ${src}`)).toEqual([]);
  });

  test.each([
    // An alternate's names must be used as declared: a renamed alternate fits no prototype and is checked
    // against the canonical one, with today's error.
    ['renamed alternate', 'event e(x: bool, y: count) {}', 'incompatible types: e declared with 3 parameter(s), body has 2 (1:90)'],
    ['undeclared subset', 'event e(a: count) {}', 'incompatible types: e declared with 3 parameter(s), body has 1 (1:90)'],
    ['canonical count, wrong type', 'event e(a: count, b: count, c: bool) {}', 'incompatible types: parameter b of e is count, declared string (1:102)'],
    ['alternate arg missing from the canonical prototype', 'global e: event(d: count);', "alternate function prototype arg 'd' not found in canonical prototype (1:91)"],
    ['alternate arg with another type', 'global e: event(a: string);', "alternate function prototype arg 'a' type mismatch (1:91)"],
  ])('%s is an error', (_, src, expected) => {
    expect(errors(`${DECL} ${src}`)).toEqual([expected]);
  });
});
