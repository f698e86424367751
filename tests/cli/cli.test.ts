import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { CHECK_LIMITS, machineFromJson } from '../../src/model/index.js';
import { procopt, ROOT } from './run-cli.js';

const FIX = 'tests/fixtures/cli';
const TWO = `${FIX}/two-items.csv`;
const EXAMPLES = readdirSync(join(ROOT, 'models'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => `models/${f}`);

const HEADER = 'item_code,item_name,step_id,step_name,department,role,duration_days,predecessors';
/** One item whose step i comes after the steps `preds(i)`: a CSV with a header. */
function itemCsv(code: string, n: number, preds: (i: number) => number[]): string {
  const rows = Array.from({ length: n }, (_, i) => `${code},测试事项,S${i},步骤${i},审批科,${i === 0 ? '受理' : '审查'},1,${preds(i).map((j) => `S${j}`).join(';')}`);
  return `${HEADER}\n${rows.join('\n')}\n`;
}
const chainCsv = (code: string, n: number): string => itemCsv(code, n, (i) => (i === 0 ? [] : [i - 1]));
/** Every step after all earlier ones. */
const denseCsv = (code: string, n: number): string => itemCsv(code, n, (i) => Array.from({ length: i }, (_, j) => j));

describe('procopt validate', () => {
  it('clean example catalogue: exit 0 and a one-line summary', () => {
    const r = procopt(['validate', ...EXAMPLES]);
    const errorLines = r.stderr.split('\n').filter((l) => l !== '' && !l.includes(': warning: ') && !l.includes(': note: '));
    expect(errorLines).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ items ok, 0 left out, 0 errors, \d+ warnings?/);
  });

  it('one bad item: exit 1, compiler-style location on stderr, the good item still ok', () => {
    const r = procopt(['validate', TWO]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${TWO}:8: duration_days:`);
    expect(r.stderr).toContain('(BAD_DURATION)');
    expect(r.stdout).toMatch(/^1 item ok, 1 left out, 1 error, 0 warnings, left out: T-2$/m);
  });

  it('a dense 300-step item with --max-states 10: not exhaustively checked, located; the other item still checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-validate-'));
    const csv = join(dir, 'dense.csv');
    writeFileSync(csv, denseCsv('DENSE-1', 300) + chainCsv('CHAIN-1', 3).split('\n').slice(1).join('\n'));
    const r = procopt(['validate', csv, '--max-states', '10']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${csv}:2: note: item DENSE-1: state machine not exhaustively checked (more than 10 states; raise --max-states)`);
    expect(r.stderr).not.toContain('CHAIN-1');
    expect(r.stdout).toMatch(/^2 items ok, 0 left out, 0 errors, 0 warnings, 1 not exhaustively checked, 0 not checked \(too large\), 0 failed machine checks$/m);
  });

  it('an item over the check size limit: a located warning, the rest of validate still runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-validate-'));
    const csv = join(dir, 'long.csv');
    const steps = CHECK_LIMITS.steps + 1;
    writeFileSync(csv, chainCsv('LONG-1', steps) + chainCsv('CHAIN-1', 3).split('\n').slice(1).join('\n'));
    const r = procopt(['validate', csv]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${csv}:2: warning: item LONG-1: state machine not checked: ${steps} steps > ${CHECK_LIMITS.steps} (the size limit; its structure was checked)`);
    expect(r.stdout).toMatch(/^2 items ok, 0 left out, 0 errors, 0 warnings, 0 not exhaustively checked, 1 not checked \(too large\), 0 failed machine checks$/m);
  });

  it('unreadable file: exit 2, other files still validated', () => {
    const r = procopt(['validate', 'no/such/file.csv', EXAMPLES[0]!]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no/such/file.csv');
    expect(r.stderr).toContain('UNREADABLE_FILE');
    expect(r.stdout).toMatch(/item/);
  });

  it('usage errors exit 2', () => {
    expect(procopt(['validate']).status).toBe(2);
    expect(procopt(['analyze', TWO, '--format', 'xml']).status).toBe(2);
    expect(procopt(['frobnicate']).status).toBe(2);
    const unknownKind = procopt(['analyze', TWO, '--fail-on', 'slow']);
    expect(unknownKind.status).toBe(2);
    expect(unknownKind.stderr).toContain('unknown finding kind "slow"');
  });

  it('--help shows an example on every command; --version prints the version', () => {
    for (const command of ['validate', 'model', 'analyze', 'diagram', 'report']) {
      const r = procopt([command, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain(`procopt ${command}`);
    }
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(procopt(['--version']).stdout.trim()).toBe(pkg.version);
  });
});

describe('procopt analyze', () => {
  it('JSON per the contract; the bad item is in errors, exit 1', () => {
    const r = procopt(['analyze', TWO]);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as {
      schemaVersion: number;
      items: { itemCode: string; stepCount: number; criticalPath: { durationDays: number; stepIds: string[] } }[];
      errors: { file: string; line: number; itemCode: string; column: string }[];
      summary: { items: number; steps: number };
    };
    expect(json.schemaVersion).toBe(1);
    expect(json.items.map((i) => i.itemCode)).toEqual(['T-1']);
    // S1 0.5 → S2 0+1 → S3 2 → S4 1 → S5 0+0.5 = 5 working days along the only path
    expect(json.items[0]!.criticalPath).toEqual({ durationDays: 5, stepIds: ['S1', 'S2', 'S3', 'S4', 'S5'] });
    expect(json.summary).toMatchObject({ items: 1, steps: 5 });
    expect(json.errors).toEqual([expect.objectContaining({ file: TWO, line: 8, itemCode: 'T-2', column: 'duration_days' })]);
  });

  it('JSON leaves the procedures\' steps out unless --steps is given', () => {
    const lean = JSON.parse(procopt(['analyze', TWO, '--item', 'T-1']).stdout) as { items: Record<string, unknown>[] };
    expect(lean.items[0]).not.toHaveProperty('steps');
    const full = JSON.parse(procopt(['analyze', TWO, '--item', 'T-1', '--steps']).stdout) as { items: { steps: { id: string }[] }[] };
    expect(full.items[0]!.steps.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
  });

  it('JSON is the same document whatever the worker count, and the same as the in-thread path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-workers-'));
    const inputs = [...EXAMPLES, 'tests/fixtures/import/duplicate-item-a.csv', 'tests/fixtures/import/duplicate-item-b.csv', TWO, 'tests/fixtures/import/many-problems.csv'];
    const runs = ['0', '1', '2'].map((w) => procopt(['analyze', ...inputs, '--workers', w]));
    // --emit-candidates takes the path that keeps the whole result in this thread
    const whole = procopt(['analyze', ...inputs, '--emit-candidates', dir]);
    for (const r of [...runs, whole]) {
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(runs[0]!.stdout);
      expect(r.stderr.replace(/wrote .*\n/, '')).toBe(runs[0]!.stderr);
    }
    expect(runs[0]!.stderr).toContain('(DUPLICATE_ITEM)');
    const json = JSON.parse(runs[0]!.stdout) as { items: unknown[]; errors: { code: string }[] };
    expect(json.items.length).toBeGreaterThan(5);
    expect(json.errors.map((e) => e.code)).toContain('DUPLICATE_ITEM');
  });

  it('every item\'s result is the same whatever the order of the files (items follow file order)', () => {
    const forward = JSON.parse(procopt(['analyze', ...EXAMPLES, TWO]).stdout) as { items: { itemCode: string }[]; summary: unknown };
    const backward = JSON.parse(procopt(['analyze', TWO, ...[...EXAMPLES].reverse()]).stdout) as typeof forward;
    const byCode = (doc: typeof forward) => new Map(doc.items.map((i) => [i.itemCode, i]));
    expect(byCode(backward)).toEqual(byCode(forward));
    expect(backward.summary).toEqual(forward.summary);
    expect(backward.items.map((i) => i.itemCode)).not.toEqual(forward.items.map((i) => i.itemCode));
  });

  it('--item narrows to one item; an unknown item is a usage error', () => {
    const r = procopt(['analyze', TWO, '--item', 'T-1']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { items: unknown[] }).items).toHaveLength(1);
    const unknown = procopt(['analyze', TWO, '--item', 'NOPE']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('NOPE');
  });

  it('--fail-on exits 1 when the kind is found, 0 when not', () => {
    expect(procopt(['analyze', TWO, '--item', 'T-1', '--fail-on', 'pass-through']).status).toBe(1);
    expect(procopt(['analyze', TWO, '--item', 'T-1', '--fail-on', 'duplicate-check']).status).toBe(0);
  });

  it('markdown and CSV formats; --out writes the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-cli-'));
    const md = procopt(['analyze', ...EXAMPLES, '--format', 'md']);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('食品经营许可（新办）');
    const out = join(dir, 'summary.csv');
    const csv = procopt(['analyze', ...EXAMPLES, '--format', 'csv', '--out', out]);
    expect(csv.status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('建设工程规划许可证核发');
  });

  it('--emit-candidates writes procedures that validate and analyse again to the same figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-cand-'));
    const r = procopt(['analyze', ...EXAMPLES, '--emit-candidates', dir]);
    expect(r.status).toBe(0);
    const original = JSON.parse(r.stdout) as {
      items: { itemCode: string; candidates: { id: string; stepCount: number; durationDays: number; applicantVisits: number }[] }[];
    };
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    const expected = original.items.reduce((n, i) => n + i.candidates.length, 0);
    expect(files.length).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    for (const item of original.items) {
      for (const candidate of item.candidates) {
        const file = files.find((f) => f === `${item.itemCode}.${candidate.id}.csv`);
        expect(file, `${item.itemCode} ${candidate.id}`).toBeDefined();
        const path = join(dir, file!);
        expect(procopt(['validate', path, '--no-machine-check']).status).toBe(0);
        const again = JSON.parse(procopt(['analyze', path]).stdout) as {
          items: { stepCount: number; criticalPath: { durationDays: number }; applicantVisits: number; findings: { kind: string }[] }[];
        };
        const it0 = again.items[0]!;
        expect([it0.stepCount, it0.criticalPath.durationDays, it0.applicantVisits]).toEqual([
          candidate.stepCount,
          candidate.durationDays,
          candidate.applicantVisits,
        ]);
        expect(it0.findings.filter((f) => f.kind === 'parallelizable')).toEqual([]);
      }
    }
  });

  it('survives a closed pipe (| head)', () => {
    const r = spawnSync('sh', ['-c', `node bin/procopt.js analyze ${EXAMPLES.join(' ')} | head -c 10`], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('EPIPE');
  });
});

describe('procopt model', () => {
  it('writes a machine JSON that createMachine accepts and that reaches approved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-model-'));
    const r = procopt(['model', TWO, '--item', 'T-1', '--out', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('machine check: ok');
    const file = join(dir, 'T-1.machine.json');
    expect(existsSync(file)).toBe(true);
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    // createMachine takes the JSON as it is; running it needs the guards and actions it names, which machineFromJson supplies
    expect(createMachine(json as Parameters<typeof createMachine>[0]).root.states).toHaveProperty('approved');
    const actor = createActor(machineFromJson(json)).start();
    for (const key of ['s0', 's1', 's2', 's3', 's4']) {
      expect(actor.getSnapshot().can({ type: `COMPLETE.${key}` })).toBe(true);
      actor.send({ type: `COMPLETE.${key}` });
    }
    expect(actor.getSnapshot().value).toBe('approved');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('an item over the check size limit: the JSON is written, the check says why it was not run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-model-'));
    const csv = join(dir, 'long.csv');
    writeFileSync(csv, chainCsv('LONG-1', CHECK_LIMITS.steps + 1));
    const r = procopt(['model', csv, '--item', 'LONG-1', '--out', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`(${CHECK_LIMITS.steps + 1} steps)`);
    expect(r.stdout).toContain(`machine check: not-checked (not checked: ${CHECK_LIMITS.steps + 1} steps > ${CHECK_LIMITS.steps}) (0 states explored)`);
    const json = JSON.parse(readFileSync(join(dir, 'LONG-1.machine.json'), 'utf8')) as { meta: { steps: unknown[] } };
    expect(json.meta.steps).toHaveLength(CHECK_LIMITS.steps + 1);
  });

  it('an item left out for input errors cannot be modelled', () => {
    const r = procopt(['model', TWO, '--item', 'T-2', '--out', mkdtempSync(join(tmpdir(), 'procopt-model-'))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('BAD_DURATION');
  });
});
