import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildItemContext, type ItemContext } from '../../../src/analyze/item-context.js';
import { buildDesign } from '../../../src/analyze/redesign/design.js';
import type { DesignSpec } from '../../../src/analyze/redesign/design-spec.js';
import { measureCandidate, measureDesign, measureSingle } from '../../../src/analyze/redesign/design-figures.js';
import { rowMembers } from '../../../src/graph/index.js';
import { buildDigraph, computeCpm, findCriticalPath, topologicalOrder } from '../../../src/graph/index.js';
import { ROLES, type Procedure } from '../../../src/domain/index.js';
import { makeProcedure, type StepInit } from '../../support/procedures.js';

// measureDesign must report exactly the figures of buildDesign (it replaces it wherever only the
// figures are read), and measureSingle's shortcut for one link taken out must agree with both.

/** The figures of the full design, or null. */
function fullFigures(ctx: ItemContext, spec: DesignSpec): object | null {
  const d = buildDesign(ctx, spec);
  return d === null ? null : { size: d.size, duration: d.duration, visits: d.visits, consolidatedVisits: d.consolidatedVisits };
}

/** A candidate's figures from the full design: CPM and findCriticalPath on its reduced order as a digraph. */
function fullCandidate(ctx: ItemContext, spec: DesignSpec): object | null {
  const d = buildDesign(ctx, spec);
  if (d === null) return null;
  const from: number[] = [];
  const to: number[] = [];
  for (let X = 0; X < d.size; X++) {
    for (const Y of rowMembers(d.reduced, d.words, X)) {
      from.push(X);
      to.push(Y);
    }
  }
  const g = buildDigraph(d.size, from, to);
  const cpm = computeCpm(g, topologicalOrder(g)!, d.time);
  return {
    size: d.size,
    duration: cpm.duration,
    visits: d.visits,
    consolidatedVisits: d.consolidatedVisits,
    clockDuration: d.clockDuration,
    criticalPath: findCriticalPath(g, cpm).map((X) => d.members[X]),
  };
}

/** S1 受理 (1 day) → S2 review 甲 (2) → S3 review 乙 (3) → S4 审批 (1): S2 and S3 share nothing. */
const chain = makeProcedure([
  { id: 'S1', role: 'accept', durationDays: 1, applicantVisit: true, outputs: ['受理单'] },
  { id: 'S2', department: '甲', durationDays: 2, predecessors: ['S1'], inputs: ['受理单'], outputs: ['意见甲'] },
  { id: 'S3', department: '乙', durationDays: 3, predecessors: ['S2'], inputs: ['受理单'], outputs: ['意见乙'], applicantVisit: true },
  { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['意见甲', '意见乙'] },
]);

describe('design figures', () => {
  it('chain: the baseline, S2→S3 taken out, S2+S3 merged, visits consolidated', () => {
    const ctx = buildItemContext(chain);
    expect(measureSingle(ctx, null)).toEqual({ size: 4, duration: 700, visits: 2, consolidatedVisits: 1 });
    expect(measureSingle(ctx, { kind: 'unlink', from: 1, to: 2 })).toEqual({ size: 4, duration: 500, visits: 2, consolidatedVisits: 1 });
    expect(measureSingle(ctx, { kind: 'merge', first: 1, second: 2 })).toEqual({ size: 3, duration: 700, visits: 2, consolidatedVisits: 1 });
    expect(measureSingle(ctx, { kind: 'visits' })).toEqual({ size: 4, duration: 700, visits: 1, consolidatedVisits: 1 });
    expect(measureDesign(ctx, { parallel: true })).toEqual(fullFigures(ctx, { parallel: true }));
  });

  it('chain: a candidate\'s clock time and critical path, merged and parallelized', () => {
    const ctx = buildItemContext(chain);
    // S2 and S3 need only S1's 受理单: in parallel the path runs through the longer S3 (3 days).
    expect(measureCandidate(ctx, { parallel: true })).toEqual({
      size: 4,
      duration: 500,
      visits: 2,
      consolidatedVisits: 1,
      clockDuration: 500,
      criticalPath: [[0], [2], [3]],
    });
    expect(measureCandidate(ctx, { merges: [[1, 2]] })?.criticalPath).toEqual([[0], [1, 2], [3]]);
  });

  it('long-chain: 40 steps (two words per row), one link taken out', () => {
    const steps: StepInit[] = Array.from({ length: 40 }, (_, i) => ({
      id: `C${i}`,
      durationDays: 1,
      department: i % 2 === 0 ? '甲' : '乙',
      predecessors: i === 0 ? [] : [`C${i - 1}`],
    }));
    const ctx = buildItemContext(makeProcedure(steps));
    expect(measureSingle(ctx, null)?.duration).toBe(4000);
    // Without C19→C20 the chain falls apart into two runs of 20 steps.
    expect(measureSingle(ctx, { kind: 'unlink', from: 19, to: 20 })?.duration).toBe(2000);
    expect(fullFigures(ctx, { unlink: [19, 20] })).toEqual(measureSingle(ctx, { kind: 'unlink', from: 19, to: 20 }));
    expect(measureDesign(ctx, { removed: [5, 33], merges: [[0, 1]] })).toEqual(fullFigures(ctx, { removed: [5, 33], merges: [[0, 1]] }));
  });

  const DOCS = ['申请书', '图纸', '意见', '证照'];
  const rowArb = fc.record({
    preds: fc.uniqueArray(fc.nat({ max: 4 }), { maxLength: 3 }),
    hard: fc.uniqueArray(fc.integer({ min: -3, max: 3 }), { maxLength: 1 }),
    role: fc.constantFrom(...ROLES),
    duration: fc.integer({ min: 0, max: 500 }),
    wait: fc.integer({ min: 0, max: 100 }),
    inputs: fc.uniqueArray(fc.constantFrom(...DOCS), { maxLength: 2 }),
    outputs: fc.uniqueArray(fc.constantFrom(...DOCS), { maxLength: 1 }),
    visit: fc.boolean(),
  });
  const caseArb = fc
    .tuple(
      fc.array(rowArb, { minLength: 1, maxLength: 40 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
      fc.array(fc.nat(), { maxLength: 2 }),
      fc.boolean(),
      fc.boolean(),
      fc.nat(),
    )
    .map(([rows, merges, dropped, removed, parallel, visits, link]) => {
      const n = rows.length;
      const procedure: Procedure = makeProcedure(
        rows.map(
          (r, i): StepInit => ({
            id: `T${i}`,
            role: r.role,
            durationDays: r.duration / 100,
            waitDays: r.wait / 100,
            predecessors: [...new Set(r.preds.map((k) => i - 1 - k).filter((j) => j >= 0))].map((j) => `T${j}`),
            hardPredecessors: r.hard.map((k) => i + (k >= 0 ? k + 1 : k)).filter((j) => j >= 0 && j < n).map((j) => `T${j}`),
            inputs: r.inputs,
            outputs: r.outputs,
            applicantVisit: r.visit,
          }),
        ),
      );
      const pairs = (list: [number, number][]): [number, number][] =>
        list.map(([a, b]) => [a % n, b % n] as [number, number]).filter(([a, b]) => a !== b);
      const spec: DesignSpec = {
        merges: pairs(merges),
        // Keep before drop in file order: buildDesign does not terminate on a cycle of keepers
        // (a keeps b, b keeps a), a known open problem shared by measureDesign.
        dropped: pairs(dropped).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
        removed: removed.map((r) => r % n),
        parallel,
        visits,
      };
      return { procedure, spec, link };
    });

  it('measureDesign and measureCandidate equal buildDesign on random items and transformations', () => {
    fc.assert(
      fc.property(caseArb, ({ procedure, spec, link }) => {
        const ctx = buildItemContext(procedure);
        expect(measureDesign(ctx, spec)).toEqual(fullFigures(ctx, spec));
        expect(measureCandidate(ctx, spec)).toEqual(fullCandidate(ctx, spec));
        const reduced = ctx.declared.reduced;
        if (reduced.length > 0) {
          const [from, to] = reduced[link % reduced.length]!;
          measureSingle(ctx, null);
          expect(measureSingle(ctx, { kind: 'unlink', from, to })).toEqual(fullFigures(ctx, { unlink: [from, to] }));
        }
        // Once the baseline is measured, a design that keeps every step runs on its topological order.
        expect(measureCandidate(ctx, spec)).toEqual(fullCandidate(ctx, spec));
      }),
    );
  });
});
