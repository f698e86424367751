import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import type { ItemAnalysis } from '../../../src/domain/index.js';
import { makeProcedure } from '../../support/procedures.js';

/** Findings without messages: kind, steps and the three savings. */
const brief = (item: ItemAnalysis) =>
  item.findings.map((f) => [f.kind, f.stepIds, f.savingDays, f.savingSteps, f.savingVisits]);

describe('findings', () => {
  it('same-dept-pair: 审核 and 审批 of one office are mergeable; the merge drops the second wait', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, outputs: ['受理单'] },
        { id: 'S2', name: '审核', department: '规划局', durationDays: 2, predecessors: ['S1'], inputs: ['申请书'], outputs: ['审核意见'] },
        { id: 'S3', name: '审批', department: '规划局', role: 'approve', durationDays: 1, waitDays: 0.5, predecessors: ['S2'], inputs: ['审核意见'], outputs: ['许可证'] },
        { id: 'S4', name: '送达', role: 'deliver', durationDays: 0.5, predecessors: ['S3'], inputs: ['许可证'] },
      ]),
    );
    expect(brief(item)).toEqual([['mergeable', ['S2', 'S3'], 0.5, 1, 0]]);
    expect(item.findings[0]!.message).toBe(
      'S2 审核 and S3 审批 follow each other in the same department (规划局); merge them into one step (审核审批合一) and drop the hand-over between them.',
    );
    expect(item.department).toBe('窗口');
    expect(item.departmentHandoffs).toBe(2);
    expect(item.candidates.map((c) => [c.id, c.stepCount, c.durationDays, c.applicantVisits, c.applied])).toEqual([
      ['merge', 3, 4.5, 0, ['mergeable']],
    ]);
    const merged = item.candidates[0]!.steps[1]!;
    expect(merged).toMatchObject({
      id: 'S2+S3',
      name: '审核+审批',
      department: '规划局',
      role: 'approve',
      durationDays: 3,
      waitDays: 0,
      predecessors: ['S1'],
      inputs: ['申请书'],
      outputs: ['审核意见', '许可证'],
      line: 0,
    });
    expect(item.candidates[0]!.criticalPath).toEqual({ durationDays: 4.5, stepIds: ['S1', 'S2+S3', 'S4'] });
  });

  it('three-tier-review: the same materials checked twice in one role is a duplicate check', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, inputs: ['申请书', '图纸'], outputs: ['受理单'] },
        { id: 'S2', name: '初审', department: '科室', durationDays: 2, predecessors: ['S1'], inputs: ['申请书', '图纸'], outputs: ['初审意见'] },
        { id: 'S3', name: '复审', department: '分管领导', durationDays: 2, predecessors: ['S2'], inputs: ['图纸', '申请书'], outputs: ['复审意见'] },
        { id: 'S4', name: '审批', department: '局长', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['复审意见'] },
      ]),
    );
    expect(brief(item)).toEqual([
      ['parallelizable', ['S2', 'S3'], 2, 0, 0],
      ['duplicate-check', ['S2', 'S3'], 2, 1, 0],
    ]);
    // parallel (4 steps, 4 days) is beaten by drop-duplicates (3 steps, 4 days); parallel+drop-duplicates ties with it.
    expect(item.candidates.map((c) => c.id)).toEqual(['drop-duplicates']);
    const steps = item.candidates[0]!.steps;
    expect(steps.map((s) => [s.id, s.predecessors, s.outputs])).toEqual([
      ['S1', [], ['受理单']],
      ['S2', ['S1'], ['初审意见', '复审意见']],
      ['S4', ['S2'], []],
    ]);
  });

  it('parallel-duplicate-reviews: two unordered checks of the same materials are reported, not redesigned', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, inputs: ['申请书'], outputs: ['受理单'] },
        { id: 'S2', name: '消防审查', department: '消防', durationDays: 3, predecessors: ['S1'], inputs: ['图纸'], outputs: ['消防意见'] },
        { id: 'S3', name: '人防审查', department: '人防', durationDays: 2, predecessors: ['S1'], inputs: ['图纸'], outputs: ['人防意见'] },
        { id: 'S4', name: '审批', role: 'approve', durationDays: 1, predecessors: ['S2', 'S3'], inputs: ['消防意见', '人防意见'] },
      ]),
    );
    expect(brief(item)).toEqual([['duplicate-check', ['S2', 'S3'], 0, 0, 0]]);
    expect(item.findings[0]!.message).toContain('one check could serve both');
    expect(item.candidates).toEqual([]);
  });

  it('three-way-duplicate-loop: only ordered pairs are redesigned, so chained drops always end', () => {
    // A reaches B; C runs beside both. Only (A, B) has a redesign: B goes, A keeps its outputs.
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', outputs: ['申请书'] },
        { id: 'A', durationDays: 5, predecessors: ['S1'], inputs: ['申请书'] },
        { id: 'B', durationDays: 1, predecessors: ['A'], inputs: ['申请书'] },
        { id: 'C', durationDays: 3, predecessors: ['S1'], inputs: ['申请书'] },
        { id: 'Z', role: 'approve', predecessors: ['B', 'C'] },
      ]),
    );
    expect(item.criticalPath.durationDays).toBe(6);
    expect(brief(item).filter((f) => f[0] === 'duplicate-check')).toEqual([
      ['duplicate-check', ['A', 'B'], 1, 1, 0],
      ['duplicate-check', ['A', 'C'], 0, 0, 0],
      ['duplicate-check', ['B', 'C'], 0, 0, 0],
    ]);
    const dropped = item.candidates.find((c) => c.id === 'drop-duplicates');
    expect(dropped?.steps.map((s) => s.id)).toEqual(['S1', 'A', 'C', 'Z']);
    expect(dropped?.durationDays).toBe(5);
  });

  it('inspection-merged-into-decision: the merged step keeps the 勘验 visit when visits are consolidated', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1, inputs: ['申请书'], outputs: ['受理单'], applicantVisit: true },
        { id: 'S2', role: 'inspect', department: '科室', durationDays: 2, predecessors: ['S1'], inputs: ['受理单'], outputs: ['勘验记录'], applicantVisit: true },
        { id: 'S3', role: 'approve', department: '科室', durationDays: 1, predecessors: ['S2'], inputs: ['勘验记录'], outputs: ['许可证'] },
        { id: 'S4', role: 'deliver', durationDays: 0.5, predecessors: ['S3'], inputs: ['许可证'], applicantVisit: true },
      ]),
    );
    // merge S2+S3 (one department, consecutive); visits: the pick-up goes by post, 受理 and the
    // inspection inside S2+S3 still need the applicant — 2 visits, not 1
    const merged = item.candidates.find((c) => c.applied.includes('mergeable') && c.applied.includes('extra-visit'));
    expect(merged?.steps.map((s) => [s.id, s.role, s.applicantVisit])).toEqual([
      ['S1', 'accept', true],
      ['S2+S3', 'approve', true],
      ['S4', 'deliver', false],
    ]);
    expect(merged?.applicantVisits).toBe(2);
  });

  it('handoff-chain: 登记 and 移交 are pass-through steps', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 0.5 },
        { id: 'S2', name: '登记', role: 'handoff', durationDays: 0.5, predecessors: ['S1'] },
        { id: 'S3', name: '移交', role: 'handoff', department: '科室', durationDays: 1, predecessors: ['S2'] },
        { id: 'S4', name: '审查', department: '科室', durationDays: 2, predecessors: ['S3'], inputs: ['申请书'], outputs: ['审查意见'] },
        { id: 'S5', name: '决定', role: 'approve', durationDays: 1, predecessors: ['S4'], inputs: ['审查意见'] },
      ]),
    );
    expect(brief(item)).toEqual([
      ['parallelizable', ['S2', 'S3'], 0.5, 0, 0],
      ['parallelizable', ['S3', 'S4'], 1.5, 0, 0],
      ['mergeable', ['S3', 'S4'], 0, 1, 0],
      ['pass-through', ['S2'], 0.5, 1, 0],
      ['pass-through', ['S3'], 1, 1, 0],
    ]);
    expect(item.findings[3]!.message).toBe(
      'S2 登记 is a hand-over (流转) that checks nothing and produces nothing; remove it and pass the file directly.',
    );
    expect(item.candidates.map((c) => [c.id, c.stepCount, c.durationDays])).toEqual([['remove-pass-through', 3, 3.5]]);
    expect(item.candidates[0]!.steps.map((s) => [s.id, s.predecessors])).toEqual([
      ['S1', []],
      ['S4', ['S1']],
      ['S5', ['S4']],
    ]);
  });

  it('two-visits-same-document: 身份证 brought twice is a repeated material and an extra visit', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, applicantVisit: true, inputs: ['身份证', '申请表'], outputs: ['受理通知书'] },
        { id: 'S2', name: '审查', department: '科室', durationDays: 2, predecessors: ['S1'], inputs: ['申请表'], outputs: ['审查意见'] },
        { id: 'S3', name: '审批', role: 'approve', durationDays: 1, predecessors: ['S2'], inputs: ['审查意见'], outputs: ['证照'] },
        { id: 'S4', name: '领证', role: 'deliver', durationDays: 0.5, predecessors: ['S3'], applicantVisit: true, inputs: ['身份证', '证照'] },
      ]),
    );
    expect(brief(item)).toEqual([
      ['repeated-material', ['S1', 'S4'], 0, 0, 1],
      ['extra-visit', ['S1', 'S4'], 0, 0, 1],
    ]);
    expect(item.findings[0]!.message).toBe(
      'The applicant must bring 《身份证》 in person to S1 受理, S4 领证; collect it once at 受理 and pass it on (不得要求重复提交).',
    );
    expect(item.candidates.map((c) => [c.id, c.stepCount, c.durationDays, c.applicantVisits, c.applied])).toEqual([
      ['visits', 4, 4.5, 1, ['repeated-material', 'extra-visit']],
    ]);
    const [accept, , , deliver] = item.candidates[0]!.steps;
    expect(accept).toMatchObject({ applicantVisit: true, inputs: ['身份证', '申请表'], outputs: ['受理通知书', '身份证'] });
    expect(deliver).toMatchObject({ applicantVisit: false, inputs: ['身份证', '证照'] });
  });

  it('redundant-edge: a predecessor already implied by the chain is redundant and saves nothing', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1, outputs: ['受理单'] },
        { id: 'S2', department: '科室', durationDays: 2, predecessors: ['S1'], inputs: ['受理单'], outputs: ['意见'] },
        { id: 'S3', department: '局', role: 'approve', durationDays: 1, predecessors: ['S2', 'S1'], inputs: ['意见', '受理单'] },
      ]),
    );
    expect(brief(item)).toEqual([['redundant-precedence', ['S1', 'S3'], 0, 0, 0]]);
    expect(item.candidates).toEqual([]);
    expect(item.departmentHandoffs).toBe(2);
  });

  it('serial-reviews: reviews by departments that need nothing from each other are parallelizable', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, outputs: ['申请材料'] },
        { id: 'S2', name: '规划审查', department: '规划局', durationDays: 3, predecessors: ['S1'], inputs: ['申请材料'], outputs: ['规划意见'] },
        { id: 'S3', name: '消防审查', department: '消防局', durationDays: 2, predecessors: ['S2'], inputs: ['申请材料', '图纸'], outputs: ['消防意见'] },
        { id: 'S4', name: '环保审查', department: '环保局', durationDays: 4, predecessors: ['S3'], inputs: ['申请材料', '环评'], outputs: ['环保意见'] },
        { id: 'S5', name: '审批', department: '审批局', role: 'approve', durationDays: 1, predecessors: ['S4'], inputs: ['规划意见', '消防意见', '环保意见'] },
      ]),
    );
    expect(item.criticalPath.durationDays).toBe(11);
    expect(brief(item)).toEqual([
      ['parallelizable', ['S2', 'S3'], 3, 0, 0],
      ['parallelizable', ['S3', 'S4'], 4, 0, 0],
    ]);
    expect(item.findings[0]!.message).toBe(
      'S3 消防审查 need not wait for S2 规划审查: it uses nothing that step produces and no rule puts it first, so they can run in parallel (并联审批).',
    );
    expect(item.departmentHandoffs).toBe(4);
    const [parallel] = item.candidates;
    expect(item.candidates).toHaveLength(1);
    expect(parallel).toMatchObject({ id: 'parallel', stepCount: 5, durationDays: 6, clockDays: 6, applicantVisits: 0, applied: ['parallelizable'] });
    expect(parallel!.criticalPath).toEqual({ durationDays: 6, stepIds: ['S1', 'S4', 'S5'] });
    expect(parallel!.steps.map((s) => [s.id, s.predecessors])).toEqual([
      ['S1', []],
      ['S2', ['S1']],
      ['S3', ['S1']],
      ['S4', ['S1']],
      ['S5', ['S2', 'S3', 'S4']],
    ]);
  });
});

describe('limit findings', () => {
  const chain = (promised: number | null, legal: number | null) =>
    analyzeProcedure(
      makeProcedure(
        [
          { id: 'S1', role: 'accept', durationDays: 3, outputs: ['受理单'] },
          { id: 'S2', role: 'hearing', department: '法制科', durationDays: 5, predecessors: ['S1'], inputs: ['受理单'], outputs: ['听证笔录'] },
          { id: 'S3', role: 'approve', durationDays: 10, predecessors: ['S2'], inputs: ['听证笔录'] },
        ],
        { promised, legal },
      ),
    );

  it('limit-exceeded: clock time above both limits gives one finding per breach (听证 not counted)', () => {
    const item = chain(8, 12);
    expect(item.clockDays).toBe(13);
    expect(item.criticalPath.durationDays).toBe(18);
    expect(item.findings.map((f) => [f.kind, f.stepIds, f.message])).toEqual([
      ['limit-exceeded', [], 'The clock time of 13 working days exceeds the 承诺时限 of 8 days.'],
      ['limit-exceeded', [], 'The clock time of 13 working days exceeds the 法定时限 of 12 days.'],
    ]);
  });

  it('limit-exceeded and limit-slack: a promise above the legal limit and far above the clock time', () => {
    const item = chain(25, 20);
    expect(item.candidates).toEqual([]);
    expect(item.findings.map((f) => [f.kind, f.message, f.savingDays])).toEqual([
      ['limit-exceeded', 'The 承诺时限 of 25 days is longer than the 法定时限 of 20 days.', 0],
      ['limit-slack', 'The 承诺时限 of 25 days exceeds the item’s clock time, 13 days, by 12 days; the promise can be cut to 13 days.', 0],
    ]);
  });

  it('limit-slack boundary: 0.99 day over the clock time is no finding, 1 day is', () => {
    expect(chain(13.99, null).findings).toEqual([]);
    expect(chain(14, null).findings.map((f) => f.kind)).toEqual(['limit-slack']);
    expect(chain(13, 13).findings).toEqual([]);
  });

  it('limit-slack is measured against the fastest candidate', () => {
    const item = analyzeProcedure(
      makeProcedure(
        [
          { id: 'S1', role: 'accept', durationDays: 1, outputs: ['材料'] },
          { id: 'S2', department: 'A', durationDays: 4, predecessors: ['S1'], inputs: ['材料'], outputs: ['a'] },
          { id: 'S3', department: 'B', durationDays: 3, predecessors: ['S2'], inputs: ['材料', '图纸'], outputs: ['b'] },
          { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['a', 'b'] },
        ],
        { promised: 9 },
      ),
    );
    expect(item.clockDays).toBe(9);
    expect(item.candidates.map((c) => [c.id, c.clockDays])).toEqual([['parallel', 6]]);
    expect(item.findings.at(-1)!.message).toBe(
      'The 承诺时限 of 9 days exceeds the clock time of the fastest redesign (parallel), 6 days, by 3 days; the promise can be cut to 6 days.',
    );
  });
});

describe('a candidate\'s steps', () => {
  const analyse = () =>
    analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, outputs: ['受理单'] },
        { id: 'S2', name: '审核', department: '规划局', durationDays: 2, predecessors: ['S1'], inputs: ['申请书'], outputs: ['审核意见'] },
        { id: 'S3', name: '审批', department: '规划局', role: 'approve', durationDays: 1, predecessors: ['S2'], inputs: ['审核意见'], outputs: ['许可证'] },
      ]),
    ).candidates[0]!;

  it('are an enumerable property, built once when first read', () => {
    const candidate = analyse();
    expect(Object.keys(candidate)).toEqual(['id', 'stepCount', 'durationDays', 'clockDays', 'applicantVisits', 'applied', 'criticalPath', 'steps']);
    const first = candidate.steps;
    expect(first.map((s) => s.id)).toEqual(['S1', 'S2+S3']);
    expect(candidate.steps).toBe(first);
  });

  it('are read through one getter shared by every candidate (a getter per candidate kept every item\'s context alive past the young generation)', () => {
    const [a, b] = [analyse(), analyse()];
    const getter = Object.getOwnPropertyDescriptor(a, 'steps')?.get;
    expect(getter).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(b, 'steps')?.get).toBe(getter);
  });

  it('travel with the candidate when it is copied for a worker (structured clone) or spread', () => {
    const candidate = analyse();
    expect(structuredClone(candidate).steps.map((s) => s.id)).toEqual(['S1', 'S2+S3']);
    expect({ ...analyse() }.steps.map((s) => s.id)).toEqual(['S1', 'S2+S3']);
  });
});
