import { appendHistory } from './history';

describe('appendHistory', () => {
  test('same strings as concatenation, responder letters lower-cased', () => {
    let h = '';
    for (const [code, isOrig] of [['S', true], ['H', false], ['A', true], ['D', true], ['A', false], ['D', false], ['F', true], ['F', false]] as const) {
      h = appendHistory(h, code, isOrig);
    }
    expect(h).toBe('ShADadFf');
    expect(appendHistory('', '^', false)).toBe('^');
  });

  test('a step seen before returns the same (shared) string', () => {
    const a = appendHistory(appendHistory('', 'S', true), 'h', true);
    const b = appendHistory(appendHistory('', 'S', true), 'h', true);
    expect(a).toBe('Sh');
    expect(a === b).toBe(true);
  });

  test('long and unusual histories still concatenate correctly', () => {
    let h = '';
    let ref = '';
    for (let i = 0; i < 20000; i++) {
      const code = 'TWGC'[i % 4];
      const isOrig = i % 3 === 0;
      h = appendHistory(h, code, isOrig);
      ref += isOrig ? code : code.toLowerCase();
    }
    expect(h).toBe(ref);
  });
});
