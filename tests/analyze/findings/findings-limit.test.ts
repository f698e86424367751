// The bound on findings per kind (FINDINGS_PER_KIND_LIMIT): a pathological item keeps the first 500
// findings of a kind in the contract's order, its candidates apply only those, and a note says the
// bound cut the search. Ordinary items never reach it (the casebook and real-guides tests pin them).
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { FINDINGS_PER_KIND_LIMIT } from '../../../src/analyze/findings/detection.js';
import { makeProcedure, type StepInit } from '../../support/procedures.js';

/** 受理 → `reviews` reviews of one section in a chain → 审批 (another department), 1 day each. */
function sectionChain(reviews: number, review: (i: number) => Partial<StepInit> = () => ({})): StepInit[] {
  const id = (i: number): string => `S${i + 1}`;
  const n = reviews + 2;
  return Array.from({ length: n }, (_, i): StepInit => {
    const base = { id: id(i), durationDays: 1, predecessors: i === 0 ? [] : [id(i - 1)] };
    if (i === 0) return { ...base, role: 'accept', department: '窗口' };
    if (i === n - 1) return { ...base, role: 'approve', department: '局领导' };
    return { ...base, department: '审批科', ...review(i) };
  });
}

describe('findings per kind are bounded', () => {
  it('is 500', () => {
    expect(FINDINGS_PER_KIND_LIMIT).toBe(500);
  });

  it('one-department chain of 502 reviews: 501 mergeable pairs, the first 500 kept and merged, a note says so', () => {
    const item = analyzeProcedure(makeProcedure(sectionChain(502)));
    const merges = item.findings.filter((f) => f.kind === 'mergeable');
    expect(merges).toHaveLength(500);
    expect(merges[0]!.stepIds).toEqual(['S2', 'S3']);
    expect(merges[499]!.stepIds).toEqual(['S501', 'S502']);
    // Each pair alone saves one step.
    expect(merges.every((f) => f.savingSteps === 1)).toBe(true);
    expect(item.notes).toContain(
      '501 mergeable findings were found: only the first 500 (by step) are kept — listed, measured and, where they redesign, applied by the candidates; the search stopped there.',
    );
    // S2 … S502 become one step; S503 (its pair with S502 was cut) stays: 受理, the merged step, S503, 审批.
    expect(item.candidates.map((c) => [c.id, c.stepCount])).toEqual([['merge', 4]]);
  });

  it('500 mergeable pairs exactly: nothing is cut, no note', () => {
    const item = analyzeProcedure(makeProcedure(sectionChain(501)));
    expect(item.findings.filter((f) => f.kind === 'mergeable')).toHaveLength(500);
    expect(item.notes.some((n) => n.includes('findings were found'))).toBe(false);
    expect(item.candidates.map((c) => [c.id, c.stepCount])).toEqual([['merge', 3]]);
  });

  it('40 checks of the same materials in one section: 780 duplicate pairs, the search stops past 500 and says "more than"', () => {
    const steps = sectionChain(40, (i) => ({ inputs: ['申请书'], outputs: [`意见${i}`] }));
    steps[0] = { ...steps[0]!, outputs: ['申请书'] };
    steps[41] = { ...steps[41]!, inputs: steps.slice(1, 41).flatMap((s) => s.outputs ?? []) };
    const item = analyzeProcedure(makeProcedure(steps), { lang: 'zh-CN' });
    const duplicates = item.findings.filter((f) => f.kind === 'duplicate-check');
    expect(duplicates).toHaveLength(500);
    // Pairs by the first step's position: S2 with S3 … S41 (39), S3 with S4 … S41 (38), …
    expect(duplicates[0]!.stepIds).toEqual(['S2', 'S3']);
    expect(duplicates[39]!.stepIds).toEqual(['S3', 'S4']);
    expect(item.notes).toContain('共发现超过 500 条「重复审查」问题：仅保留按环节顺序的前 500 条（列出、测算，可优化者纳入优化方案），搜索至此为止。');
  });
});
