// Keeps registries, docs and tests in step: a finding kind, report format or command added in one
// place and forgotten in another fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../src/domain/index.js';
import { analyses, findingDetectors } from '../src/analyze/index.js';
import { reportFormatInfo, reportFormats } from '../src/report/index.js';
import { buildProgram } from '../src/cli/program.js';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const README = read('README.md');

describe('registries, docs and tests in step', () => {
  it('every finding kind has a detector, a README row and a named test case', () => {
    expect(Object.keys(findingDetectors)).toEqual([...FINDING_KINDS]);
    const findingTests = read('tests/analyze/findings.test.ts');
    for (const kind of FINDING_KINDS) {
      expect(README, `README findings table lacks ${kind}`).toContain(`| \`${kind}\` |`);
      expect(findingTests, `no findings test expects ${kind}`).toContain(`['${kind}', `);
    }
  });

  it('every analysis in the registry says what it does', () => {
    for (const [name, analysis] of Object.entries(analyses)) {
      expect(analysis.description.length, name).toBeGreaterThan(10);
    }
  });

  it('every report format has its file, a README mention and a test', () => {
    expect(Object.keys(reportFormatInfo)).toEqual(Object.keys(reportFormats));
    const reportTests = read('tests/report/formats.test.ts') + read('tests/report/html.test.ts');
    for (const { fileName } of Object.values(reportFormatInfo)) expect(README).toContain(fileName);
    for (const render of ['renderJson', 'renderMarkdown', 'renderSummaryCsv', 'renderHtml']) expect(reportTests).toContain(render);
  });

  it('every command is in the README table and has a CLI test', () => {
    const program = buildProgram({ out: () => undefined, outBytes: () => undefined, err: () => undefined, errIsTty: false }, () => undefined, '0.0.0');
    const commands = program.commands.map((c) => c.name());
    expect(commands).toEqual(['validate', 'model', 'analyze', 'diagram', 'report', 'conformance']);
    const cliTests = read('tests/cli/cli.test.ts') + read('tests/cli/report-commands.test.ts') + read('tests/cli/conformance.test.ts');
    for (const command of commands) {
      expect(README, `README lacks procopt ${command}`).toContain(`\`procopt ${command} `);
      expect(cliTests, `no CLI test runs ${command}`).toContain(`'${command}'`);
    }
  });
});
