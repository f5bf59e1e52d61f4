/**
 * The README's "As a library" examples are part of the public API's documentation, so they are
 * type-checked against the built declarations (`import … from 'rxbro'` resolves through the
 * package's own `exports`, as in a user's project) and run from the repository root; each must
 * print what the README says it prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { REPO } from '../cli/cliRun';

const SECTION = /^## As a library\n([\s\S]*?)^## /m;
/** Each example: the sentence before it ends with "prints `…`", then the code block. */
const EXAMPLE = /prints\s+`([^`]+)`:\s*\n\s*```ts\n([\s\S]*?)```/g;

function readmeExamples(): Array<{ expected: string; code: string }> {
  const section = SECTION.exec(readFileSync(join(REPO, 'README.md'), 'utf8'))?.[1] ?? '';
  return [...section.matchAll(EXAMPLE)].map((m) => ({ expected: m[1], code: m[2] }));
}

// Inside the repository, so that the package resolves itself by name.
const WORK = join(REPO, 'spec', 'library', '.examples');

describe('README library examples', () => {
  const examples = readmeExamples();
  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    examples.forEach((e, i) => writeFileSync(join(WORK, `example${i + 1}.ts`), e.code));
  });
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('finds both examples', () => {
    expect(examples).toHaveLength(2);
  });

  it('type-check against the built package (strict, Node16 resolution)', () => {
    const files = examples.map((_, i) => join(WORK, `example${i + 1}.ts`));
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      types: ['node'],
      skipLibCheck: true,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });

  it.each([0, 1])('example %i runs and prints what the README says', (i) => {
    const { code, expected } = examples[i];
    const js = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
    const file = join(WORK, `example${i + 1}.js`);
    writeFileSync(file, js);
    const r = spawnSync(process.execPath, [file], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${expected}\n`);
  });
});
