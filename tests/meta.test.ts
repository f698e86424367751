// Keeps registries, docs and tests in step: a finding kind, report format or command added in one
// place and forgotten in another fails here.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, ROLES } from '../src/domain/index.js';
import { ROLE_WORDS } from '../src/import/index.js';
import { findingDetectors } from '../src/analyze/index.js';
import { reportFormats, STREAM_FORMATS } from '../src/report/index.js';
import { buildProgram } from '../src/cli/program.js';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const README = read('README.md');

describe('registries, docs and tests in step', () => {
  it('every finding kind has its detector file and registry line, a test file expecting it, and a row in the README and the output contract', () => {
    expect(Object.keys(findingDetectors)).toEqual([...FINDING_KINDS]);
    const contract = read('docs/analysis-json.md');
    for (const kind of FINDING_KINDS) {
      expect(existsSync(new URL(`../src/analyze/findings/${kind}.ts`, import.meta.url)), `no src/analyze/findings/${kind}.ts`).toBe(true);
      expect(read(`tests/analyze/findings/${kind}.test.ts`), `tests/analyze/findings/${kind}.test.ts expects no ${kind}`).toContain(`['${kind}', `);
      expect(README, `README findings table lacks ${kind}`).toContain(`| \`${kind}\` |`);
      expect(contract, `docs/analysis-json.md lacks ${kind}`).toContain(`| \`${kind}\` |`);
    }
  });

  it('every diagnostic code is in the input contract', () => {
    const contract = read('docs/procedure-csv.md');
    const codes = [...read('src/domain/diagnostic.ts').matchAll(/\| '([A-Z_]+)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) expect(contract, `docs/procedure-csv.md lacks ${code}`).toContain(`\`${code}\``);
  });

  it('no comment or doc points outside the repository', () => {
    const files = execFileSync('git', ['ls-files', 'src', 'tests', 'scripts', 'docs', 'README.md', '*.js', '*.cjs', '*.ts'], { encoding: 'utf8', timeout: 60_000 }).split('\n').filter((f) => f !== '' && !f.startsWith('tests/fixtures/'));
    for (const file of files) {
      if (file === 'tests/meta.test.ts') continue;
      expect(read(file), file).not.toMatch(/shared\/(spec|notes)|\/work\/|libraries\.md|STYLE\.md/);
    }
  });

  it('every report format says what it is, is in the README and is rendered by a test; analyze offers the streamed ones', () => {
    const reportTests = read('tests/report/formats.test.ts') + read('tests/report/html.test.ts');
    for (const [name, format] of Object.entries(reportFormats)) {
      expect(format.description.length, name).toBeGreaterThan(10);
      expect(README, `README lacks ${format.fileName}`).toContain(format.fileName);
      expect(reportTests, `no report test renders ${name}`).toContain(`renderReport('${name}'`);
    }
    const program = buildProgram({ out: () => undefined, outBytes: () => undefined, err: () => undefined, errIsTty: false }, () => undefined, '0.0.0', 'en');
    const formatOption = program.commands.find((c) => c.name() === 'analyze')!.options.find((o) => o.long === '--format')!;
    expect(formatOption.argChoices).toEqual([...STREAM_FORMATS]);
    for (const name of STREAM_FORMATS) expect(README, `README lacks analyze --format ${name}`).toContain(`--format ${name}`);
  });

  it('every command is in the README table and has a CLI test', () => {
    const program = buildProgram({ out: () => undefined, outBytes: () => undefined, err: () => undefined, errIsTty: false }, () => undefined, '0.0.0', 'en');
    const commands = program.commands.map((c) => c.name());
    expect(commands).toEqual(['validate', 'model', 'analyze', 'diagram', 'bpmn', 'report', 'conformance', 'template']);
    for (const command of program.commands) expect(command.options.find((o) => o.long === '--lang')?.argChoices, `${command.name()} --lang`).toEqual(['zh-CN', 'en']);
    const cliTests =
      read('tests/cli/cli.test.ts') + read('tests/cli/report-commands.test.ts') + read('tests/cli/workbook-commands.test.ts') + read('tests/cli/conformance.test.ts');
    for (const command of commands) {
      expect(README, `README lacks procopt ${command}`).toContain(`\`procopt ${command} `);
      expect(cliTests, `no CLI test runs ${command}`).toContain(`'${command}'`);
    }
  });

  it('every role has words in the role table, a README row and a reading test', () => {
    const readingTests = read('tests/import/read-type-word.test.ts') + read('tests/import/casebook.test.ts');
    for (const role of ROLES) {
      expect(ROLE_WORDS[role].length, `no words for ${role}`).toBeGreaterThan(0);
      expect(README, `README roles table lacks ${role}`).toContain(`| \`${role}\` `);
      expect(readingTests, `no reading test expects ${role}`).toMatch(new RegExp(`'${role}'|[ +]${role}[+']`));
    }
  });
});
