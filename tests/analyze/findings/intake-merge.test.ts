// intake-merge: 收件即受理 — a pre-check leading straight into 受理 in one window on the same materials
// is merged into it; 受理 is never dropped as its duplicate.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('intake-merge', () => {
  it('收件 then 受理 of one window on the same materials: one step, 受理 stays (C01)', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'submit', department: '申请人', inputs: ['申请表', '身份证明'] },
        { id: 'S2', role: 'intake', department: '综合窗口', predecessors: ['S1'], inputs: ['申请表', '身份证明'], outputs: ['收件凭证'], typeWord: '收件', applicantVisit: true },
        { id: 'S3', role: 'accept', department: '综合窗口', durationDays: 1, predecessors: ['S2'], inputs: ['身份证明', '申请表'], outputs: ['受理通知书'], typeWord: '受理' },
        { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['申请表'] },
      ]),
    );
    expect(brief(item)).toEqual([['intake-merge', ['S2', 'S3'], 0, 1, 0]]);
    expect(item.findings[0]!.message).toContain('收件即受理');
    expect(item.bestCandidateId).toBe('intake-merge');
    const merged = item.candidates[0]!.steps[1]!;
    expect([merged.id, merged.role, merged.roles, merged.typeWord, merged.applicantVisit]).toEqual(['S2+S3', 'accept', ['intake', 'accept'], '收件、受理', true]);
  });

  it('not when the materials differ (C02), the windows differ, or the pre-check does not lead straight into 受理', () => {
    const item = (intake: object, accept: object, extra: object[] = []) =>
      analyzeProcedure(
        makeProcedure([
          { id: 'S1', role: 'intake', inputs: ['申请表'], ...intake },
          { id: 'S2', role: 'accept', predecessors: ['S1'], inputs: ['申请表'], ...accept },
          ...(extra as { id: string }[]),
        ]),
      ).findings.filter((f) => f.kind === 'intake-merge');
    expect(item({}, {}).map((f) => f.stepIds)).toEqual([['S1', 'S2']]);
    expect(item({}, { inputs: ['初审意见'] })).toEqual([]);
    expect(item({}, { department: '业务科' })).toEqual([]);
    expect(item({}, {}, [{ id: 'S3', role: 'notify', predecessors: ['S1'], condition: '不符合的' }])).toEqual([]);
  });
});
