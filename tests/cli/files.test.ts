// Files in and out of the CLI: item codes too long for a file name when counted in bytes, output
// that cannot be written (a read-only folder, a path through a file) and input that is not a regular
// file (/dev/zero, a FIFO that never closes, a folder) or is over the size limit. Each ends with a
// message naming the file and exit 2, never a hang, a stack trace or "internal error".

import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procopt } from './run-cli.js';

const LONG_CODE = '审'.repeat(80);
/** The stem safeFileName gives LONG_CODE: 30 Han characters (90 bytes) and the code's hash. */
const LONG_STEM = `${'审'.repeat(30)}-b3ce7ad0`;
const HEADER = 'item_code,item_name,step_id,step_name,department,role,duration_days,predecessors';
/** Accept → hand-over → decision: the hand-over is a pass-through, so the item has a candidate. */
const itemCsv = (code: string): string =>
  `${HEADER}\n${code},测试事项,S1,受理,综合窗口,受理,1,\n${code},测试事项,S2,转办,综合窗口,流转,0,S1\n${code},测试事项,S3,审批,审批科,审批,1,S2\n`;

/** A fresh folder anyone may read, holding `name` with `text`. */
function inputFolder(name: string, text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'procopt-files-'));
  chmodSync(dir, 0o755);
  const file = join(dir, name);
  writeFileSync(file, text);
  chmodSync(file, 0o644);
  return { dir, file };
}

/** No trace of a crash: no "internal error", no stack frame. */
function expectNoCrash(stderr: string): void {
  expect(stderr).not.toContain('internal error');
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('an item code of 80 Han characters (240 bytes)', () => {
  const { dir, file } = inputFolder('long.csv', itemCsv(LONG_CODE));

  it('long-code-model: model writes <stem>.machine.json', () => {
    const out = join(dir, 'machines');
    const r = procopt(['model', file, '--item', LONG_CODE, '--out', out]);
    expectNoCrash(r.stderr);
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual([`${LONG_STEM}.machine.json`]);
  });

  it('long-code-emit-candidates: analyze --emit-candidates writes the candidate CSV', () => {
    const out = join(dir, 'candidates');
    const r = procopt(['analyze', file, '--emit-candidates', out]);
    expectNoCrash(r.stderr);
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual([`${LONG_STEM}.remove-pass-through.csv`]);
  });

  it('long-code-report: report writes every diagram, BPMN file and candidate', () => {
    const out = join(dir, 'report');
    const r = procopt(['report', file, '--out', out, '--workers', '0']);
    expectNoCrash(r.stderr);
    expect(r.status).toBe(0);
    expect(readdirSync(join(out, 'diagrams')).sort()).toEqual(['beforeAfter', 'best', 'gantt', 'original'].map((v) => `${LONG_STEM}.${v}.svg`));
    expect(readdirSync(join(out, 'bpmn')).sort()).toEqual(['best', 'original'].map((v) => `${LONG_STEM}.${v}.bpmn`));
    expect(readdirSync(join(out, 'candidates'))).toEqual([`${LONG_STEM}.remove-pass-through.csv`]);
  });
});

describe('output that cannot be written: a message naming the file, exit 2', () => {
  const { dir, file } = inputFolder('item.csv', itemCsv('W-1'));
  const readOnly = join(dir, 'read-only');
  mkdirSync(readOnly);
  chmodSync(readOnly, 0o555);
  const aFile = join(dir, 'a-file');
  writeFileSync(aFile, 'not a folder\n');
  // Root may write anywhere: these runs are made as the user nobody when the tests run as root.
  const run = (args: string[]) => procopt(args, { unprivileged: true });

  it.each([
    ['model --out', ['model', file, '--item', 'W-1', '--out', join(readOnly, 'machines')], `cannot create the folder ${join(readOnly, 'machines')}: permission denied (EACCES)`],
    ['analyze --out', ['analyze', file, '--out', join(readOnly, 'a.json')], `cannot write ${join(readOnly, 'a.json')}: permission denied (EACCES)`],
    ['analyze --emit-candidates', ['analyze', file, '--emit-candidates', join(readOnly, 'c')], `cannot create the folder ${join(readOnly, 'c')}: permission denied (EACCES)`],
    ['report --out', ['report', file, '--out', join(readOnly, 'r'), '--workers', '0'], `cannot create the folder ${join(readOnly, 'r')}: permission denied (EACCES)`],
    ['diagram --out', ['diagram', file, '--item', 'W-1', '--out', join(readOnly, 'd.svg')], `cannot write ${join(readOnly, 'd.svg')}: permission denied (EACCES)`],
    ['bpmn --out', ['bpmn', file, '--item', 'W-1', '--out', join(readOnly, 'd.bpmn')], `cannot write ${join(readOnly, 'd.bpmn')}: permission denied (EACCES)`],
    ['template --out', ['template', '--out', join(readOnly, 't.xlsx')], `cannot write ${join(readOnly, 't.xlsx')}: permission denied (EACCES)`],
  ])('read-only-folder: %s', (_name, args, message) => {
    const r = run(args);
    expectNoCrash(r.stderr);
    expect(r.stderr).toContain(`procopt: ${message}\n`);
    expect(r.status).toBe(2);
  });

  it.each([
    ['model --out', ['model', file, '--item', 'W-1', '--out', join(aFile, 'machines')], `cannot create the folder ${join(aFile, 'machines')}: a part of the path is a file, not a folder (ENOTDIR)`],
    ['analyze --out', ['analyze', file, '--out', join(aFile, 'a.json')], `cannot create the folder ${aFile}: a file of that name is in the way (EEXIST)`],
    ['analyze --emit-candidates', ['analyze', file, '--emit-candidates', aFile], `cannot create the folder ${aFile}: a file of that name is in the way (EEXIST)`],
    ['report --out', ['report', file, '--out', join(aFile, 'r'), '--workers', '0'], `cannot create the folder ${join(aFile, 'r')}: a part of the path is a file, not a folder (ENOTDIR)`],
    ['conformance --out', ['conformance', file, '--log', file, '--out', join(aFile, 'c.json')], `cannot create the folder ${aFile}: a file of that name is in the way (EEXIST)`],
  ])('parent-is-a-file: %s', (_name, args, message) => {
    const r = run(args);
    expectNoCrash(r.stderr);
    expect(r.stderr).toContain(`procopt: ${message}\n`);
    expect(r.status).toBe(2);
  });

  it.each([
    ['a diagram', 'diagrams', 'W-1.original.svg'],
    ['a BPMN file', 'bpmn', 'W-1.original.bpmn'],
  ])('report-mid-run: %s that cannot be written while the layout workers run stops the report', (_what, folder, name) => {
    const out = mkdtempSync(join(tmpdir(), 'procopt-files-report-'));
    mkdirSync(join(out, folder, name), { recursive: true });
    const r = procopt(['report', file, '--out', out, '--workers', '2'], { timeout: 60_000 });
    expectNoCrash(r.stderr);
    expect(r.stderr).toContain(`procopt: cannot write ${join(out, folder, name)}: it is a folder (EISDIR)\n`);
    expect(r.status).toBe(2);
  });

  it('zh-CN (the default): the same failures in Chinese, the file and the errno code kept', () => {
    const zh = (args: string[]) => procopt(args, { unprivileged: true, lang: null });
    const cases: [string[], string][] = [
      [['analyze', file, '--out', join(readOnly, 'a.json')], `无法写入文件 ${join(readOnly, 'a.json')}：没有写入权限 (EACCES)`],
      [['model', file, '--item', 'W-1', '--out', join(aFile, 'machines')], `无法创建文件夹 ${join(aFile, 'machines')}：路径中有一段是文件而非文件夹 (ENOTDIR)`],
      [['analyze', file, '--out', dir], `无法写入文件 ${dir}：该路径是文件夹 (EISDIR)`],
      [['report', file, '--out', aFile, '--workers', '0'], `--out ${aFile} 是文件而非文件夹：请为报告指定一个文件夹（不存在时自动创建）`],
    ];
    for (const [args, message] of cases) {
      const r = zh(args);
      expectNoCrash(r.stderr);
      expect(r.stderr).toContain(`procopt: ${message}\n`);
      expect(r.status).toBe(2);
    }
  });

  it('a folder where the output file should be: analyze --out DIR', () => {
    const r = run(['analyze', file, '--out', dir]);
    expectNoCrash(r.stderr);
    expect(r.stderr).toContain(`procopt: cannot write ${dir}: it is a folder (EISDIR)\n`);
    expect(r.status).toBe(2);
  });
});

describe('input that is not a regular file, or too large: refused, naming the file, without hanging', () => {
  const { dir, file } = inputFolder('item.csv', itemCsv('R-1'));
  const fifo = join(dir, 'never-closes.fifo');
  // A writer that holds the FIFO open and never writes nor closes it.
  let writer: ReturnType<typeof spawn> | undefined;
  beforeAll(() => {
    const made = spawn('mkfifo', [fifo], { stdio: 'ignore' });
    return new Promise<void>((resolve, reject) => {
      made.on('exit', (code) => {
        if (code !== 0) return reject(new Error(`mkfifo exited ${code}`));
        writer = spawn('sh', ['-c', `exec 3>"${fifo}"; sleep 120`], { stdio: 'ignore' });
        resolve();
      });
    });
  });
  afterAll(() => void writer?.kill());
  const bounded = (args: string[]) => procopt(args, { timeout: 30_000 });

  it('dev-zero: analyze /dev/zero', () => {
    const r = bounded(['analyze', '/dev/zero', file]);
    expectNoCrash(r.stderr);
    expect(r.stderr).toContain('/dev/zero: cannot read the file: it is a device, not a regular file (UNREADABLE_FILE)');
    expect(r.status).toBe(2);
    // The regular file next to it is still analysed.
    expect(JSON.parse(r.stdout).items.map((i: { itemCode: string }) => i.itemCode)).toEqual(['R-1']);
  });

  it('fifo: validate, analyze, --roles and --log on a FIFO whose writer never closes it', () => {
    expect(existsSync(fifo)).toBe(true);
    const message = `${fifo}: cannot read the file: it is a FIFO (named pipe), not a regular file (UNREADABLE_FILE)`;
    for (const args of [['validate', fifo], ['analyze', fifo]]) {
      const r = bounded(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
    const roles = bounded(['analyze', file, '--roles', fifo]);
    expect(roles.stderr).toContain(message);
    expect(roles.status).toBe(2);
    const log = bounded(['conformance', file, '--log', fifo]);
    expect(log.stderr).toContain(`${fifo}: cannot read the case log: it is a FIFO (named pipe), not a regular file (UNREADABLE_FILE)`);
    expect(log.status).toBe(2);
  });

  it('folder: validate DIR', () => {
    const r = bounded(['validate', dir]);
    expect(r.stderr).toContain(`${dir}: cannot read the file: it is a directory, not a file (UNREADABLE_FILE)`);
    expect(r.status).toBe(2);
  });

  it('over-the-limit: a 257 MiB file (sparse) is refused before it is read, as a procedure file and as a CSV log', () => {
    const big = join(dir, 'big.csv');
    writeFileSync(big, '');
    truncateSync(big, 257 * 1024 * 1024);
    const r = bounded(['validate', big, file]);
    expect(r.stderr).toContain(`${big}: cannot read the file: it is larger than 256 MiB, the most procopt reads from one file; split it (UNREADABLE_FILE)`);
    expect(r.stdout).toMatch(/^1 item ok/);
    expect(r.status).toBe(2);
    const log = bounded(['conformance', file, '--log', big]);
    expect(log.stderr).toContain(`${big}: cannot read the case log: it is larger than 256 MiB, the most procopt reads from one file; split it (UNREADABLE_FILE)`);
    expect(log.status).toBe(2);
  });
});
