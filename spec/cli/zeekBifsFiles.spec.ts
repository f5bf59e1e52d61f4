/**
 * Zeek's file-system btests (bifs.create_file, bifs.directory_operations, bifs.system_env, bifs.piped_exec) through `bin/rxbro run -b`, each in a
 * scratch folder because they create and remove files next to the script. Expected stdout/stderr sit in
 * spec/cli/zeek-bifs-files/<name>.out/.err (`<script>` stands for the script's path). Run with
 * ZEEK_ALLOW_INIT_ERRORS=1 as btest does.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { RXBRO } from './cliRun';

const DIR = join(__dirname, 'zeek-bifs-files');

describe('Zeek bifs file-system btests', () => {
  test.each(['create_file', 'directory_operations', 'system_env', 'piped_exec'])('%s', (name) => {
    const cwd = mkdtempSync(join(tmpdir(), 'rxbro-bifs-'));
    const script = join(cwd, `${name}.zeek`);
    copyFileSync(join(DIR, `${name}.zeek`), script);
    // Like Zeek's btest.cfg: errors while initializing do not abort.
    const r = spawnSync(process.execPath, [RXBRO, 'run', '-b', script], {
      cwd,
      encoding: 'latin1',
      env: { PATH: process.env.PATH, ZEEK_ALLOW_INIT_ERRORS: '1', TZ: 'UTC' },
    });
    expect(r.stdout).toBe(readFileSync(join(DIR, `${name}.out`), 'latin1'));
    expect(r.stderr.split(script).join('<script>')).toBe(readFileSync(join(DIR, `${name}.err`), 'latin1'));
    if (name === 'create_file') {
      expect(readFileSync(join(cwd, 'testfile'), 'latin1')).toBe('This is a test\nanother test\n');
      expect(readFileSync(join(cwd, 'testfile2'), 'latin1')).toBe('new text\n');
      expect(existsSync(join(cwd, 'testdir', 'testfile4'))).toBe(true);
    }
    if (name === 'piped_exec') expect(readFileSync(join(cwd, 'test.txt'), 'latin1')).toBe('\0\0hello\0\0');
    if (name === 'system_env') expect(readFileSync(join(cwd, 'testfile'), 'latin1')).toBe('helloworld\n');
  });
});
