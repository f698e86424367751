// The benchmark's Markdown: per-size tables, the validate, pathological-item and alternate-run
// sections, and the verdicts on the issues' targets, from a small hand-made result.
import { describe, expect, it } from 'vitest';
import { renderResults, type BenchResults, type SizeResult } from '../../scripts/bench/write-doc.js';

function size(label: string, items: number, analyzeWallMs: number, maxRssMB: number): SizeResult {
  return {
    label,
    manifest: { items, steps: items * 11, bytes: items * 1900, files: Math.max(1, items / 500) },
    runs: 1,
    phases: { importMs: items * 0.08, analyzeMs: items * 0.1, shapeMachineMs: items * 0.4, maxRssMB: 100 },
    reference: { decodeMs: items * 0.01, csvParseMs: items * 0.1, maxRssMB: 50 },
    imported: { items, steps: items * 11, errors: 0, warnings: 3, jsonBytes: items * 4700, machineSampled: items, machineShapes: items / 2 },
    analyze: { wallMs: analyzeWallMs, maxRssMB, cpuPercent: 140, exit: 0, all: [analyzeWallMs] },
  };
}

const base: BenchResults = {
  machine: { cpus: 2, model: 'AMD EPYC', memoryGB: 23.5, node: 'v20.20.2' },
  startedAt: '2026-11-27T04:07:00.000Z',
  loadBefore: [2.5, 2],
  loadAfter: [2.7, 2.2],
  sizes: [size('1k', 1000, 800, 140), size('10k', 10_000, 2400, 240), size('100k', 100_000, 25_000, 650)],
  report: { items: 1000, wallMs: 21_500, maxRssMB: 690, cpuPercent: 187, all: [21_500] },
  validate: [
    { items: 1000, shapes: 769, wallMs: 6000, cpuPercent: 180, maxRssMB: 150, all: [6000] },
    { items: 10_000, shapes: 4222, wallMs: 9500, cpuPercent: 170, maxRssMB: 390, all: [9400, 9600] },
  ],
  pathological: [
    {
      name: 'dense-300',
      description: 'dense 300-step DAG (44,850 links)',
      steps: 300,
      links: 44_850,
      runs: [
        { command: 'validate', wallMs: 870, maxRssMB: 78, exit: 0, outcome: 'ok' },
        { command: 'validate --max-states 10', wallMs: 700, maxRssMB: 75, exit: 0, outcome: 'not exhaustively checked' },
        { command: 'model', wallMs: 121_000, maxRssMB: 81, exit: 137, outcome: 'no answer', failure: 'no answer after 120 s' },
      ],
    },
    {
      name: 'chain-5000',
      description: '5,000-step chain',
      steps: 5000,
      links: 4999,
      runs: [{ command: 'analyze', wallMs: 4200, maxRssMB: 160, exit: 0, outcome: '502 findings, 1 candidates; cut to 500: mergeable (4998)' }],
    },
  ],
  comparison: { label: '10k', reference: 'abc1234', current: [2400, 2500, 2300], before: [2600, 2700, 2500] },
  replay: {
    items: 10_000,
    cases: 100_000,
    events: 1_200_000,
    returns: 3600,
    approved: 100_000,
    stepperBuildMs: 600,
    stepperMs: 120,
    xstateBuildMs: 6000,
    xstateCases: 10_000,
    xstateEvents: 120_000,
    xstateApproved: 10_000,
    xstateMs: 2400,
    transitionCases: 1000,
    transitionEvents: 12_000,
    transitionMs: 1200,
    long: [{ label: 'chain-5000', steps: 5000, stepperUs: 0.4, xstateFirstUs: 130, xstateUs: 22, approved: true }],
    maxRssMB: 700,
  },
  workbook: { rows: 100_000, items: 9000, bytes: 6_500_000, wallMs: 11_200, maxRssMB: 620, cpuPercent: 130, all: [11_200] },
};

describe('renderResults', () => {
  it('judges every target from the figures', () => {
    const text = renderResults(base);
    expect(text).toContain('| `procopt analyze` 10k → JSON ≤ 2.5 s wall | 2.40 s | **met** |');
    expect(text).toContain('| 100k completes, peak RSS ≤ 2 GB | completed, peak RSS 650 MB | **met** |');
    // 25 s for 100k items is 1.04 × the 10k per-item time.
    expect(text).toContain('25.0 s end to end, 1.04× 10k\'s per-item time');
    expect(text).toContain('| `procopt report` 1k with diagrams ≤ 30 s using both cores | 21.5 s, CPU 187% | **met** |');
    expect(text).toContain('| a 100000-row .xlsx sheet imports in ≤ 15 s and ≤ 1 GB | 11.2 s, peak RSS 620 MB | **met** |');
    expect(renderResults({ ...base, workbook: { ...base.workbook!, wallMs: 16_000 } })).toContain('| 16.0 s, peak RSS 620 MB | **missed** |');
    // 1k builds 400 ms of machines against validate's 6 s × 1.8 = 10.8 s of CPU: 4 %.
    expect(text).toContain('400 ms of its 10.8 s CPU (4 %)');
    const slow = renderResults({ ...base, sizes: [base.sizes[0]!, size('10k', 10_000, 2600, 700)] });
    expect(slow).toContain('| `procopt analyze` 10k → JSON ≤ 2.5 s wall | 2.60 s | **missed** (×1.0) |');
    expect(slow).toContain('| … peak RSS ≤ 600 MB | 700 MB | **missed** |');
    expect(text).toContain('| `procopt validate` 10k ≤ 10 s wall | 9.50 s, CPU 170% | **met** |');
    expect(text).toContain('| pathological items: `validate`, `model`, `analyze` and `diagram` answer each (120 s limit) | 1 of 4 without an answer | **missed** |');
    expect(text).toContain('| `procopt analyze` of a 5,000-step item ≤ 10 s and ≤ 1 GB | slowest chain-5000 4.20 s; peak RSS at most 160 MB | **met** |');
  });

  it('shows the replay per event, stepper against XState, and its verdict', () => {
    const text = renderResults(base);
    expect(text).toContain('| stepper (`createStepper`, one per item: 600 ms to build all) | 100000 | 1200000 | 120 ms | 0.10 µs/event | 100000 |');
    expect(text).toContain("| xstate's `transition()` (a throwaway actor per call) | 1000 | 12000 | 1.20 s | 100.00 µs/event | |");
    expect(text).toContain('| chain-5000 | 5000 | 0.40 µs/event | 130.0 µs/event | 22.0 µs/event |');
    expect(text).toContain("| replaying cases fits #14's budget (1.2M events, ≤ 30 s with fitness) | 1200000 events in 120 ms (0.10 µs/event) by the stepper | **met** |");
  });

  it('shows each pathological item and command with its figures and what the machine check said', () => {
    const text = renderResults(base);
    expect(text).toContain('| dense 300-step DAG (44,850 links) | 300 | 44850 | `validate --max-states 10` | 700 ms | 75 MB | not exhaustively checked |');
    expect(text).toContain('| dense 300-step DAG (44,850 links) | 300 | 44850 | `model` | **no answer after 120 s** | 81 MB | no answer |');
    expect(text).toContain('| 5,000-step chain | 5000 | 4999 | `analyze` | 4.20 s | 160 MB | 502 findings, 1 candidates; cut to 500: mergeable (4998) |');
  });

  it('shows validate and the alternate runs with their medians', () => {
    const text = renderResults(base);
    expect(text).toContain('### `procopt validate` (whole-catalogue machine checks), 1000 items, 769 distinct machine shapes, default workers');
    expect(text).toContain('| this build | 2.40 s, 2.50 s, 2.30 s | 2.40 s |');
    expect(text).toContain('| abc1234 | 2.60 s, 2.70 s, 2.50 s | 2.60 s |');
    expect(text).toContain("This build takes 92 % of abc1234's time in the same minutes.");
    // 2400/2600, 2500/2700, 2300/2500: 92.3 %, 92.6 %, 92.0 %
    expect(text).toContain('Run by run (each over the abc1234 run right after it): median 92 %, 92 %–93 %.');
  });
});
