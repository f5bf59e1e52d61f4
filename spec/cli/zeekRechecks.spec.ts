/**
 * End-to-end: Zeek btests that earlier sweeps skipped for reasons no longer true (docs/zeek-core.md,
 * docs/zeek-language.md), replayed as their `@TEST-EXEC` lines run `zeek` and compared with their baselines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runZeekScript } from './cliRun';

describe('Zeek tests re-checked', () => {
  it('core.embedded-null: a NUL in unique_id\'s prefix is reported without position, the run goes on', () => {
    const r = runZeekScript('event zeek_init()\n\t{\n\tlocal a = "hi\\x00there";\n\tunique_id(a);\n\t}\n', ['-b']);
    // Baseline core.embedded-null/.stdout (the test runs `zeek -b %INPUT 2>&1`).
    expect(r.stdout + r.stderr).toBe('error: string with embedded NUL: "hi\\x00there"\n');
    expect(r.status).toBe(0);
  });

  it('language.raw_output_attr: a raw file keeps NUL bytes (Baseline output: helloXworldhi)', () => {
    const r = runZeekScript(
      'event zeek_init()\n    {\n    local myfile: file;\n    myfile = open("myfile");\n    enable_raw_output(myfile);\n' +
        '    print myfile, "hello\\x00world", "hi";\n    close(myfile);\n    }\n',
      ['-b'],
    );
    expect(r.status).toBe(0);
    expect(readFileSync(join(r.cwd, 'myfile'), 'latin1').replace(/\0/g, 'X')).toBe('helloXworldhi');
  });
});
