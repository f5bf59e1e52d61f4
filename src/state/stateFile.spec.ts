import { formatStateFile, parseStateFile, StateFileError } from './stateFile';

const FILE = { date: 1795667150, records: [{ id: 'nruns', type: 'count', t: 'count' as const, attrs: ['&persistent'], value: 2 }] };

describe('state file format', () => {
  test('header, one line per identifier, end line with the count', () => {
    const text = formatStateFile(FILE);
    expect(text.split('\n')).toEqual([
      '{"format":"rxbro-state","version":1,"date":1795667150}',
      '{"id":"nruns","type":"count","t":"count","attrs":["&persistent"],"value":2}',
      '{"end":1}',
      '',
    ]);
    expect(parseStateFile(text, 's.bst')).toEqual(FILE);
  });

  test.each([
    ['', 's.bst:1: empty file (no header line)'],
    ['{"format":"other","version":1,"date":1}\n', 's.bst:1: not an rxbro state file (format "other")'],
    ['{"format":"rxbro-state","version":9,"date":1}\n', 's.bst:1: unsupported version 9 (this rxbro reads 1)'],
    ['{"format":"rxbro-state","version":1,"date":1}\n{"id":"x"\n', 's.bst:2: not a JSON line: {"id":"x"'],
    ['{"format":"rxbro-state","version":1,"date":1}\n{"id":"x"}\n', 's.bst:2: record without id, type, t or value'],
    ['{"format":"rxbro-state","version":1,"date":1}\n{"end":3}\n', 's.bst:2: end line counts 3 records, the file has 0'],
  ])('bad file %j → %s', (text, message) => {
    expect(() => parseStateFile(text, 's.bst')).toThrow(new StateFileError('s.bst', 0, '').constructor as typeof StateFileError);
    expect(() => parseStateFile(text, 's.bst')).toThrow(message);
  });

  test('a file cut short at any byte is recognised', () => {
    const text = formatStateFile(FILE);
    for (let n = 1; n < text.length - 1; n++) expect(() => parseStateFile(text.slice(0, n), 's.bst')).toThrow(StateFileError);
  });
});
