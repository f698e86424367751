// Helpers of the finding tests: a finding in brief, and the chain the limit findings are tested on.

import { analyzeProcedure } from '../../src/analyze/index.js';
import type { ItemAnalysis } from '../../src/domain/index.js';
import { makeProcedure } from './procedures.js';

/** Findings without messages: kind, steps and the three savings. */
export const brief = (item: ItemAnalysis) => item.findings.map((f) => [f.kind, f.stepIds, f.savingDays, f.savingSteps, f.savingVisits]);

/** 受理 (3 days) → 听证 (5 days, off the clock) → 审批 (10 days), with the given limits. */
export const hearingChain = (promised: number | null, legal: number | null): ItemAnalysis =>
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
