// The casebook (sixteen small items of the contract's rules, tests/fixtures/casebook/) as the analysis
// answers it: exactly the casebook's findings with their steps, its durations (critical path, clock,
// lawful; the required-order duration, which the best redesign reaches by reordering), the items with
// incomplete durations, and the redesigns listed under its table — nothing else removed anywhere.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../src/analyze/index.js';
import type { ItemAnalysis } from '../../src/domain/index.js';
import { importFiles } from '../../src/import/index.js';

const bytes = new Uint8Array(readFileSync(new URL('../fixtures/casebook/spec-casebook.csv', import.meta.url)));
const imported = importFiles([{ file: 'spec-casebook.csv', bytes }]);
const items = new Map(imported.procedures.map((p) => [p.itemCode, analyzeProcedure(p)]));
const item = (code: string): ItemAnalysis => items.get(code)!;

/** Findings as "kind [steps]". */
const findingsOf = (code: string): string[] => item(code).findings.map((f) => `${f.kind} [${f.stepIds.join(', ')}]`);

interface Answer {
  findings: string[];
  /** [critical path, clock, lawful] in days; lawful null with an order conflict. */
  durations: [number, number, number | null];
  incomplete?: string[];
  /** The best plan and its figures [steps, days], or null. */
  best: [string, number, number] | null;
}

const CASEBOOK: Record<string, Answer> = {
  C01: { findings: ['intake-merge [S2, S3]', 'limit-slack []'], durations: [6, 6, 6], best: ['intake-merge', 5, 6] },
  C02: { findings: [], durations: [6, 6, 6], best: null },
  C03: { findings: [], durations: [10, 10, 10], best: null },
  C04: { findings: ['order-gap [S3, S4]'], durations: [7, 7, 8], best: null },
  C05: { findings: ['order-conflict [S2, S3]'], durations: [14, 4, null], best: null },
  C06: { findings: ['parallelizable [S2, S3]'], durations: [18, 18, 18], best: ['parallel', 6, 13] },
  C07: {
    findings: ['parallelizable [S2, S3]', 'parallelizable [S3, S4]', 'mergeable [S2, S3]', 'duplicate-check [S2, S3]'],
    durations: [9, 9, 9],
    best: ['parallel+drop-duplicates', 5, 5],
  },
  C08: { findings: [], durations: [10, 10, 10], incomplete: ['S4'], best: null },
  C09: { findings: [], durations: [18, 18, 18], incomplete: ['S4'], best: null },
  C10: { findings: [], durations: [14, 4, 14], best: null },
  C11: { findings: ['pass-through [S5]'], durations: [9, 9, 9], best: ['remove-pass-through', 6, 8] },
  C12: { findings: ['order-conflict [S2, S3, S4]'], durations: [14, 4, null], best: null },
  C13: { findings: ['order-gap [S3, S4]'], durations: [4, 4, 5], best: null },
  C14: { findings: ['parallelizable [S2, S3]', 'order-gap [S2, S4]', 'order-gap [S3, S4]'], durations: [7, 7, 9], best: ['parallel', 5, 8] },
  C15: { findings: ['parallelizable [S2, S3]'], durations: [10, 10, 10], best: ['parallel', 5, 8] },
  C16: { findings: ['order-conflict [S2, S3]'], durations: [14, 4, null], best: ['reorder', 4, 14] },
};

describe('the casebook as the analysis answers it', () => {
  it('analyses all sixteen items', () => expect([...items.keys()]).toEqual(Object.keys(CASEBOOK)));

  for (const [code, answer] of Object.entries(CASEBOOK)) {
    it(`${code}: findings, durations, incomplete durations, best plan`, () => {
      const x = item(code);
      expect(findingsOf(code)).toEqual(answer.findings);
      expect([x.criticalPath.durationDays, x.clockDays, x.lawfulDurationDays]).toEqual(answer.durations);
      expect(x.incompleteDurations).toEqual(answer.incomplete ?? []);
      const best = x.candidates.find((c) => c.id === x.bestCandidateId);
      expect(best === undefined ? null : [best.id, best.stepCount, best.durationDays]).toEqual(answer.best);
      if (answer.best === null) expect(x.noFasterPlanReason).toBeTruthy();
    });
  }

  it('C01: 收件 merged into 受理 (one step, 受理 stays); the applicant\'s empty time is not incomplete; promise 10 against clock 6', () => {
    const merged = item('C01').candidates[0]!.steps.find((s) => s.id === 'S2+S3')!;
    expect([merged.role, merged.roles, merged.typeWord]).toEqual(['accept', ['intake', 'accept'], '收件、受理']);
    expect(item('C01').findings.at(-1)!.message).toContain('10 days exceeds the clock time of the best redesign (intake-merge), 6 days');
  });

  it('C05 and C12: the required links alone form a cycle, so no redesign is proposed and the reason names the cycle', () => {
    expect(item('C05').candidates).toEqual([]);
    expect(item('C05').noFasterPlanReason).toContain('S2 → S3 → S2');
    expect(item('C12').noFasterPlanReason).toContain('S2 → S3 → S4 → S2');
  });

  it('C06: 规划 and 消防 run together; 环保审查 (no data listed) is no pass-through, its links stay', () => {
    expect(item('C06').candidates.map((c) => [c.id, c.steps.map((s) => `${s.id}<${s.predecessors.join(';')}`)])).toEqual([
      ['parallel', ['S1<', 'S2<S1', 'S3<S1', 'S4<S3', 'S5<S2;S4', 'S6<S5']],
    ]);
  });

  it('C07: the savings of each finding alone; 复审 dropped (its keeper 初审 stands for it) and 初审 beside 会签', () => {
    expect(item('C07').findings.map((f) => [f.kind, f.savingDays, f.savingSteps])).toEqual([
      ['parallelizable', 2, 0],
      ['parallelizable', 2, 0],
      ['mergeable', 0, 1],
      ['duplicate-check', 2, 1],
    ]);
    expect(item('C07').candidates.map((c) => c.steps.map((s) => `${s.id}<${s.predecessors.join(';')}`))).toEqual([
      ['S1<', 'S2<S1', 'S4<S1', 'S5<S2;S4', 'S6<S5'],
    ]);
  });

  it('C11: no materials at all — a note says the lineage rules were not applied; 转办 is removed (8 days)', () => {
    expect(item('C11').notes[0]).toContain('No step lists its materials');
    expect(item('C11').candidates[0]!.steps.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S6', 'S7']);
  });

  it('C16: the plain reorder puts 听证 before 审批', () => {
    expect(item('C16').candidates[0]!.steps.map((s) => `${s.id}<${s.predecessors.join(';')}`)).toEqual(['S1<', 'S2<S3', 'S3<S1', 'S4<S2']);
  });

  it('nothing else is removed anywhere: every candidate keeps every step but C07\'s 复审, C11\'s 转办 and C01\'s 收件 (merged into 受理)', () => {
    const removed: string[] = [];
    for (const [code, x] of items) {
      for (const c of x.candidates) {
        const kept = new Set(c.steps.flatMap((s) => s.id.split('+')));
        for (const s of x.steps) if (!kept.has(s.id)) removed.push(`${code} ${c.id} ${s.id}`);
      }
    }
    expect(removed).toEqual(['C07 parallel+drop-duplicates S3', 'C11 remove-pass-through S5']);
    const merged = [...items].flatMap(([code, x]) => x.candidates.flatMap((c) => c.steps.filter((s) => s.id.includes('+')).map((s) => `${code} ${s.id}`)));
    expect(merged).toEqual(['C01 S2+S3']);
  });
});
