// Pathological items for the benchmark (issue "Bounded on every input"): one CSV per extreme
// structure — long chains, wide fan, many hand-overs, a rework chain, in-person steps, independent
// steps, dense DAGs, the largest diagrams drawn — each a single item that follows the CSV contract.
// `procopt validate`, `model`, `analyze` and `diagram` must answer each within its stated bound; the
// bench times them and records peak RSS and what each said (machine check, findings cut, layout).

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One step row: id, name, department, role, predecessor ids, optional return_to. */
interface Row {
  id: string;
  name: string;
  department: string;
  role: string;
  preds: string[];
  returnTo?: string;
  /** The applicant comes in person for this step (applicant_visit); by default only at the first step. */
  visit?: boolean;
}

export interface PathologicalItem {
  /** File stem and label, e.g. `chain-5000`. */
  name: string;
  /** What the structure is, for the results table. */
  description: string;
  rows: () => Row[];
}

const id = (i: number): string => `S${i + 1}`;
const ends = (n: number, i: number): { name: string; role: string } =>
  i === 0 ? { name: '受理', role: '受理' } : i === n - 1 ? { name: '许可决定', role: '决定' } : { name: `审查${i}`, role: '审查' };

function chain(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({ id: id(i), ...ends(n, i), department: '市审批局审批科', preds: i === 0 ? [] : [id(i - 1)] }));
}

/** Accept, then n − 2 reviews in parallel, then the decision after all of them. */
function fan(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    id: id(i),
    ...ends(n, i),
    department: i === 0 || i === n - 1 ? '市审批局审批科' : `市审批局审查${(i % 20) + 1}科`,
    preds: i === 0 ? [] : i === n - 1 ? Array.from({ length: n - 2 }, (_, j) => id(j + 1)) : [id(0)],
  }));
}

/** A chain whose middle steps are hand-overs (流转) between two departments in turn. */
function handovers(n: number): Row[] {
  return chain(n).map((row, i) =>
    i === 0 || i === n - 1 ? row : { ...row, name: `流转${i}`, role: '流转', department: i % 2 === 0 ? '市审批局审批科' : '区政务服务中心' },
  );
}

/** A chain where every step after the first can send the application back to the step before it (补正). */
function reworkChain(n: number): Row[] {
  return chain(n).map((row, i) => (i === 0 ? row : { ...row, returnTo: id(i - 1) }));
}

/** A chain across 20 departments (no two neighbours in one department). */
function chainAcross(n: number): Row[] {
  return chain(n).map((row, i) => (i === 0 || i === n - 1 ? row : { ...row, department: `市审批局审查${(i % 20) + 1}科` }));
}

/** A chain of on-site inspections (现场核查), each needing the applicant in person, in 10 departments in turn. */
function visits(n: number): Row[] {
  return chain(n).map((row, i) =>
    i === 0 || i === n - 1 ? { ...row, visit: true } : { ...row, name: `现场核查${i}`, role: '现场核查', department: `市审批局核查${(i % 10) + 1}科`, visit: true },
  );
}

/** n steps without a single declared link (20 departments). */
function independent(n: number): Row[] {
  return chain(n).map((row, i) => ({ ...row, department: `市审批局审查${(i % 20) + 1}科`, preds: [] }));
}

/** Every step after the k steps before it: the largest diagrams still drawn (by ELK up to 120 steps and 360 links, then the simple layout up to 400 and 1,200). */
function ladder(n: number, k: number): Row[] {
  return chain(n).map((row, i) => ({ ...row, department: `市审批局审查${(i % 8) + 1}科`, preds: Array.from({ length: Math.min(i, k) }, (_, j) => id(i - 1 - j)).reverse() }));
}

/** Every step after all earlier ones: n(n−1)/2 declared links. */
function dense(n: number): Row[] {
  return chain(n).map((row, i) => ({ ...row, preds: Array.from({ length: i }, (_, j) => id(j)) }));
}

export const PATHOLOGICAL_ITEMS: PathologicalItem[] = [
  { name: 'chain-5000', description: '5,000-step chain', rows: () => chain(5000) },
  { name: 'chain-5000-depts', description: '5,000-step chain across 20 departments', rows: () => chainAcross(5000) },
  { name: 'visits-500', description: '500 steps, each needing the applicant in person (现场核查)', rows: () => visits(500) },
  { name: 'independent-20000', description: '20,000 independent steps (no links)', rows: () => independent(20000) },
  { name: 'fan-2000', description: '2,000-step fan (accept → 1,998 parallel reviews → decision)', rows: () => fan(2000) },
  { name: 'handover-2000', description: '2,000 steps, 1,998 hand-overs between two departments', rows: () => handovers(2000) },
  { name: 'rework-500', description: '500-step rework chain (each step returns to the one before)', rows: () => reworkChain(500) },
  { name: 'dense-300', description: 'dense 300-step DAG (44,850 links)', rows: () => dense(300) },
  { name: 'dense-150', description: 'dense 150-step DAG (11,175 links)', rows: () => dense(150) },
  { name: 'ladder-120', description: '120 steps, each after the 3 before it (ELK layout at its limit)', rows: () => ladder(120, 3) },
  { name: 'ladder-400', description: '400 steps, each after the 3 before it (simple layout at the drawing limit)', rows: () => ladder(400, 3) },
];

const HEADER = 'item_code,item_name,step_id,step_name,department,role,duration_days,wait_days,predecessors,return_to,inputs,outputs,applicant_visit,legal_limit_days,promised_limit_days';

/** The item's CSV: one row per step, item-level cells on the first row. */
export function renderPathologicalCsv(item: PathologicalItem): string {
  const lines = [HEADER];
  item.rows().forEach((row, i) => {
    const first = i === 0;
    lines.push(
      [
        `PATH-${item.name}`,
        `病态结构${item.name}`,
        row.id,
        row.name,
        row.department,
        row.role,
        '1',
        '0',
        row.preds.join(';'),
        row.returnTo ?? '',
        first ? '申请表' : '',
        '',
        (row.visit ?? first) ? '是' : '否',
        first ? '20' : '',
        first ? '20' : '',
      ].join(','),
    );
  });
  return `${lines.join('\n')}\n`;
}

/** Writes every pathological item as `<dir>/<name>.csv`; returns the files with their item codes. */
export function writePathologicalItems(dir: string): { item: PathologicalItem; file: string; itemCode: string }[] {
  mkdirSync(dir, { recursive: true });
  return PATHOLOGICAL_ITEMS.map((item) => {
    const file = join(dir, `${item.name}.csv`);
    writeFileSync(file, renderPathologicalCsv(item));
    return { item, file, itemCode: `PATH-${item.name}` };
  });
}

/** One command on one pathological item, as the results table shows it. */
export interface PathologicalRun {
  command: string;
  wallMs: number;
  maxRssMB: number;
  exit: number;
  /** What the machine check said (`ok`, `not exhaustively checked`, `not checked: 5001 steps > 5000`, …). */
  outcome: string;
  failure?: string | undefined;
}

export interface PathologicalResult {
  name: string;
  description: string;
  steps: number;
  links: number;
  runs: PathologicalRun[];
}

/** A command's timing as run-bench measures it (GNU time), with its standard output. */
export interface TimedWithOutput {
  wallMs: number;
  maxRssMB: number;
  exit: number;
  stdout: string;
  failure?: string | undefined;
}

/** The commands run on each item; `validate`, `model` and `diagram` are read from English output (--lang en). */
export type PathologicalCommand = 'validate' | 'model' | 'analyze' | 'diagram';

/** What the analysis said, from its JSON: findings and candidates, and the kinds the per-kind bound cut, or why the item was left out. */
export function analyzeOutcome(json: string): string {
  const doc = JSON.parse(json) as { items: { findings: unknown[]; candidates: unknown[]; notes: string[] }[]; errors?: { code?: string; message: string }[] };
  const item = doc.items[0];
  if (item === undefined) return `left out: ${doc.errors?.[0]?.code ?? doc.errors?.[0]?.message ?? 'no item'}`;
  const cut = item.notes.map((n) => /^(?:More than )?(\d+) ([a-z-]+) findings were found/.exec(n)).filter((m) => m !== null);
  const cutText = cut.length === 0 ? '' : `; cut to 500: ${cut.map((m) => `${m[2]} (${m[0].startsWith('More') ? '>' : ''}${m[1]})`).join(', ')}`;
  return `${item.findings.length} findings, ${item.candidates.length} candidates${cutText}`;
}

/** How the diagram was drawn, from the SVG's own note (in either language: `diagram` draws in Chinese whatever --lang says). */
export function diagramOutcome(svg: string): string {
  if (svg.includes('Not drawn:') || svg.includes('本图未绘制')) return 'not drawn (a note in its place)';
  if (svg.includes('Simplified layout') || svg.includes('采用简化布局')) return 'simple layout';
  return 'ELK layout';
}

/** What the machine check said, read from `validate`'s summary line or `model`'s "machine check:" line. */
export function checkOutcome(command: 'validate' | 'model', stdout: string): string {
  if (command === 'model') return /^machine check: (.*)$/m.exec(stdout)?.[1] ?? 'n/a';
  if (/\b1 failed machine check/.test(stdout)) return 'failed';
  if (/\b1 not checked \(too large\)/.test(stdout)) return 'not checked (size limit)';
  if (/\b1 not exhaustively checked/.test(stdout)) return 'not exhaustively checked';
  return /^1 item ok/m.test(stdout) ? 'ok' : 'n/a';
}

/**
 * Runs `validate`, `validate --max-states 10`, `model`, `analyze` and `diagram` (original) on every
 * pathological item (one process each, at most `timeoutMs`, in English), writing the CSVs into `dir` first.
 */
export function runPathological(
  cli: string,
  dir: string,
  time: (args: readonly string[], timeoutMs: number) => TimedWithOutput,
  timeoutMs = 120_000,
): PathologicalResult[] {
  return writePathologicalItems(dir).map(({ item, file, itemCode }) => {
    const rows = item.rows();
    const links = rows.reduce((sum, row) => sum + row.preds.length, 0);
    const analysisOut = join(dir, 'out', `${item.name}.json`);
    const diagramOut = join(dir, 'out', `${item.name}.svg`);
    const commands: { command: string; kind: PathologicalCommand; args: string[]; out?: string }[] = [
      { command: 'validate', kind: 'validate', args: ['validate', file] },
      { command: 'validate --max-states 10', kind: 'validate', args: ['validate', file, '--max-states', '10'] },
      { command: 'model', kind: 'model', args: ['model', file, '--item', itemCode, '--out', join(dir, 'machines')] },
      { command: 'analyze', kind: 'analyze', args: ['analyze', file, '--format', 'json', '--out', analysisOut], out: analysisOut },
      { command: 'diagram', kind: 'diagram', args: ['diagram', file, '--item', itemCode, '--variant', 'original', '--out', diagramOut], out: diagramOut },
    ];
    const runs = commands.map(({ command, kind, args, out }): PathologicalRun => {
      if (out !== undefined) rmSync(out, { force: true });
      const timed = time([process.execPath, cli, ...args, '--lang', 'en'], timeoutMs);
      const written = out !== undefined && existsSync(out) ? readFileSync(out, 'utf8') : null;
      const outcome =
        timed.failure !== undefined
          ? 'no answer'
          : kind === 'analyze'
            ? written === null ? 'no output' : analyzeOutcome(written)
            : kind === 'diagram'
              ? written === null ? 'no output' : diagramOutcome(written)
              : checkOutcome(kind, timed.stdout);
      return {
        command,
        wallMs: timed.wallMs,
        maxRssMB: timed.maxRssMB,
        exit: timed.exit,
        outcome,
        ...(timed.failure !== undefined ? { failure: timed.failure } : {}),
      };
    });
    return { name: item.name, description: item.description, steps: rows.length, links, runs };
  });
}

const seconds = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** The results as a Markdown section: one row per item and command. */
export function renderPathological(results: readonly PathologicalResult[], timeoutMs = 120_000): string {
  const lines = [
    `### Pathological items: \`procopt validate\`, \`model\`, \`analyze\` and \`diagram\` (one item each, limit ${timeoutMs / 1000} s)`,
    '',
    '| item | steps | links | command | wall | peak RSS | outcome |',
    '|---|---:|---:|---|---:|---:|---|',
  ];
  for (const r of results) {
    for (const run of r.runs) {
      const wall = run.failure !== undefined ? `**${run.failure}**` : seconds(run.wallMs);
      lines.push(`| ${r.description} | ${r.steps} | ${r.links} | \`${run.command}\` | ${wall} | ${run.maxRssMB.toFixed(0)} MB | ${run.outcome} |`);
    }
  }
  return lines.join('\n');
}
