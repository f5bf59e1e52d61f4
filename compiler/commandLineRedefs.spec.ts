import { commandLineRedefText, declaredTargets, parseCommandLineRedef } from './commandLineRedefs';
import { createParseContext, parseFile } from './parser';

describe('command-line redefs (Zeek src/scan.l, core.command-line-option-redefs)', () => {
  it('splits name=value, name+=value, name-=value; anything else is a script', () => {
    expect(parseCommandLineRedef('mynum=0')).toEqual({ name: 'mynum', op: '', value: '0' });
    expect(parseCommandLineRedef('MyMod::str=Good')).toEqual({ name: 'MyMod::str', op: '', value: 'Good' });
    expect(parseCommandLineRedef('t+={["one"] = "1"}')).toEqual({ name: 't', op: '+', value: '{["one"] = "1"}' });
    expect(parseCommandLineRedef('s -= {1}')).toEqual({ name: 's', op: '-', value: ' {1}' });
    expect(parseCommandLineRedef('local.zeek')).toBeUndefined();
  });

  it('quotes the value of a string-typed identifier, even an empty one', () => {
    const r = commandLineRedefText(
      [{ name: 'mystr', op: '', value: '' }, { name: 'n', op: '', value: '0' }, { name: 'MyMod::str', op: '', value: 'Good' }],
      (n) => (n === 'n' ? 'other' : 'string'),
    );
    expect(r).toEqual({ text: ['redef mystr = "";', 'redef n = 0;', 'redef MyMod::str = "Good";'], errors: [] });
  });

  it('keeps a value that is already a string literal (an argument passed without a shell)', () => {
    expect(commandLineRedefText([{ name: 'state_dir', op: '', value: '"/tmp/x"' }], () => 'string').text).toEqual(['redef state_dir = "/tmp/x";']);
  });

  it("reports Zeek's errors: an unknown identifier, an empty value for a non-string", () => {
    const r = commandLineRedefText([{ name: 'no_such_var', op: '', value: '13' }, { name: 'n', op: '', value: '' }], (n) => (n === 'n' ? 'other' : undefined));
    expect(r.text).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual([
      "unknown identifier 'no_such_var' in command-line options",
      "must assign non-empty value to 'n' in command-line options",
    ]);
  });

  it('finds declared identifiers with their module and whether they are strings', () => {
    const src = 'const n: count &redef;\noption s = "d";\nmodule M;\nexport { option str: string = "x"; const k = 1 &redef; }\n';
    const decls = parseFile(src, 'a.zeek', createParseContext()).file.decls;
    expect([...declaredTargets(decls)]).toEqual([
      ['n', 'other'],
      ['s', 'string'],
      ['M::str', 'string'],
      ['M::k', 'other'],
    ]);
  });
});
