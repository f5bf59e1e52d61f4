/**
 * The script harness (jlox/btest style): every `spec/scripts/<feature>/<name>.bro` runs once; its stdout must
 * equal `<name>.out` and, when `<name>.err` exists, its stderr must equal that file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runScript } from './runScript';

const ROOT = __dirname;
const REPO = path.resolve(ROOT, '..', '..');

function scripts(): string[] {
  const out: string[] = [];
  for (const dir of fs.readdirSync(ROOT).sort()) {
    const full = path.join(ROOT, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).sort()) if ((f.endsWith('.bro') || f.endsWith('.zeek')) && !f.startsWith('_')) out.push(path.join(dir, f));
  }
  return out;
}

describe('spec/scripts', () => {
  test.each(scripts())('%s', (rel) => {
    const file = path.join(ROOT, rel);
    const base = file.replace(/\.(bro|zeek)$/, '');
    // Like Zeek's btest.cfg: run-time errors during start-up do not abort (§2.14); fatal.spec.ts covers the default.
    const r = runScript(file, { cwd: REPO, env: { ZEEK_ALLOW_INIT_ERRORS: '1' } });
    const expectedOut = fs.existsSync(base + '.out') ? fs.readFileSync(base + '.out', 'latin1') : '';
    expect(r.stdout).toBe(expectedOut);
    if (fs.existsSync(base + '.err')) expect(r.stderr).toBe(fs.readFileSync(base + '.err', 'latin1'));
  });
});
