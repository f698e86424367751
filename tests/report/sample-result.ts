// Hand-made AnalysisResult fixtures for report tests, consistent with the analysis contract:
// `chain` (no findings), `three-department` (建设工程规划许可: serial reviews by three departments,
// a candidate that reviews in parallel and merges S2+S5) and `hostile` (script/attribute/formula
// injection attempts in every text field, item code ../../etc/x).

import type { AnalysisResult, Candidate, ItemAnalysis, ScheduleEntry, Step } from '../../src/domain/index.js';
import { makeStep } from '../support/procedures.js';

function entry(stepId: string, es: number, ef: number, ls: number, lf: number): ScheduleEntry {
  return { stepId, earliestStart: es, earliestFinish: ef, latestStart: ls, latestFinish: lf, slack: ls - es, critical: ls === es };
}

const WINDOW = '区政务服务中心';
const MARKET = '区市场监督管理局';

/** `chain`: 受理 → 审查 → 核准 → 发照, no findings, no candidates. */
export function chainItem(): ItemAnalysis {
  const steps = [
    makeStep({ id: 'S1', name: '受理', department: WINDOW, role: 'accept', durationDays: 1, applicantVisit: true, line: 2 }),
    makeStep({ id: 'S2', name: '材料审查', department: MARKET, durationDays: 2, predecessors: ['S1'], line: 3 }),
    makeStep({ id: 'S3', name: '核准', department: MARKET, role: 'approve', durationDays: 1, predecessors: ['S2'], line: 4 }),
    makeStep({ id: 'S4', name: '发照', department: WINDOW, role: 'deliver', durationDays: 0.5, predecessors: ['S3'], line: 5 }),
  ];
  return {
    itemCode: 'CHAIN-001',
    itemName: '个体工商户设立登记',
    department: MARKET,
    stepCount: 4,
    applicantVisits: 1,
    departmentHandoffs: 2,
    incompleteDurations: [],
    legalLimitDays: 15,
    promisedLimitDays: 5,
    criticalPath: { durationDays: 4.5, stepIds: ['S1', 'S2', 'S3', 'S4'] },
    clockDays: 4.5,
    lawfulDurationDays: 4.5,
    lawfulClockDays: 4.5,
    notes: [],
    bestCandidateId: null,
    noFasterPlanReason: 'No redesign applies.',
    fewestStepsPath: { stepCount: 4, durationDays: 4.5, stepIds: ['S1', 'S2', 'S3', 'S4'] },
    schedule: [entry('S1', 0, 1, 0, 1), entry('S2', 1, 3, 1, 3), entry('S3', 3, 4, 3, 4), entry('S4', 4, 4.5, 4, 4.5)],
    findings: [],
    candidates: [],
    steps,
    orderProblems: [],
    warnings: [],
  };
}

const CENTRE = '市政务服务中心';
const PLANNING = '市自然资源和规划局';
const HOUSING = '市住房和城乡建设局';
const ECOLOGY = '市生态环境局';

/**
 * `three-department`: S1 → S2 → S5 → S3 → S4 → S6 → S7 declared in series, with a conditional
 * expert step S8 after S5; S6 also lists S5 (redundant). Critical path 16 days.
 */
export function threeDepartmentItem(): ItemAnalysis {
  const steps = [
    makeStep({ id: 'S1', name: '收件受理', department: CENTRE, role: 'accept', durationDays: 1, applicantVisit: true, outputs: ['受理通知书'], line: 2 }),
    makeStep({ id: 'S2', name: '规划初审', department: PLANNING, durationDays: 2, predecessors: ['S1'], inputs: ['设计方案'], line: 3 }),
    makeStep({ id: 'S3', name: '消防设计审查', department: HOUSING, durationDays: 3, waitDays: 1, predecessors: ['S5'], inputs: ['消防设计文件'], line: 4 }),
    makeStep({ id: 'S4', name: '环境影响审查', department: ECOLOGY, durationDays: 4, predecessors: ['S3'], inputs: ['环评报告'], line: 5 }),
    makeStep({ id: 'S5', name: '规划审查', department: PLANNING, durationDays: 3, predecessors: ['S2'], inputs: ['总平面图'], line: 6 }),
    makeStep({ id: 'S6', name: '审批决定', department: PLANNING, role: 'approve', durationDays: 1, predecessors: ['S4', 'S5', 'S8'], outputs: ['建设工程规划许可证'], line: 7 }),
    makeStep({ id: 'S7', name: '发证送达', department: CENTRE, role: 'deliver', durationDays: 1, applicantVisit: true, predecessors: ['S6'], inputs: ['建设工程规划许可证'], line: 8 }),
    makeStep({ id: 'S8', name: '专家论证（历史文化街区）', department: PLANNING, role: 'expert', durationDays: 5, countsTowardLimit: false, predecessors: ['S5'], condition: '涉及历史文化街区', line: 9 }),
  ];
  const merged: Step[] = [
    makeStep({ id: 'S1', name: '收件受理', department: CENTRE, role: 'accept', durationDays: 1, applicantVisit: true }),
    makeStep({ id: 'S2+S5', name: '规划初审 + 规划审查', department: PLANNING, durationDays: 4, predecessors: ['S1'] }),
    makeStep({ id: 'S3', name: '消防设计审查', department: HOUSING, durationDays: 3, waitDays: 1, predecessors: ['S2+S5'] }),
    makeStep({ id: 'S4', name: '环境影响审查', department: ECOLOGY, durationDays: 4, predecessors: ['S2+S5'] }),
    makeStep({ id: 'S8', name: '专家论证（历史文化街区）', department: PLANNING, role: 'expert', durationDays: 5, countsTowardLimit: false, predecessors: ['S2+S5'], condition: '涉及历史文化街区' }),
    makeStep({ id: 'S6', name: '审批决定', department: PLANNING, role: 'approve', durationDays: 1, predecessors: ['S3', 'S4', 'S8'] }),
    makeStep({ id: 'S7', name: '发证送达', department: CENTRE, role: 'deliver', durationDays: 1, applicantVisit: true, predecessors: ['S6'] }),
  ];
  const candidate: Candidate = {
    id: 'parallel+merge',
    stepCount: 7,
    durationDays: 12,
    clockDays: 7,
    applicantVisits: 2,
    applied: ['parallelizable', 'mergeable'],
    criticalPath: { durationDays: 12, stepIds: ['S1', 'S2+S5', 'S8', 'S6', 'S7'] },
    steps: merged,
  };
  return {
    itemCode: '11371400MB0000000X-001',
    itemName: '建设工程规划许可',
    department: PLANNING,
    stepCount: 8,
    applicantVisits: 2,
    departmentHandoffs: 5,
    incompleteDurations: [],
    legalLimitDays: 20,
    promisedLimitDays: 12,
    criticalPath: { durationDays: 16, stepIds: ['S1', 'S2', 'S5', 'S3', 'S4', 'S6', 'S7'] },
    clockDays: 16,
    lawfulDurationDays: 16,
    lawfulClockDays: 16,
    notes: [],
    bestCandidateId: 'parallel+merge',
    noFasterPlanReason: null,
    fewestStepsPath: { stepCount: 7, durationDays: 16, stepIds: ['S1', 'S2', 'S5', 'S3', 'S4', 'S6', 'S7'] },
    schedule: [
      entry('S1', 0, 1, 0, 1),
      entry('S2', 1, 3, 1, 3),
      entry('S3', 6, 10, 6, 10),
      entry('S4', 10, 14, 10, 14),
      entry('S5', 3, 6, 3, 6),
      entry('S6', 14, 15, 14, 15),
      entry('S7', 15, 16, 15, 16),
      entry('S8', 6, 11, 9, 14),
    ],
    findings: [
      { kind: 'parallelizable', stepIds: ['S3', 'S4'], message: '环境影响审查不需要消防设计审查的结果，可并联办理。', savingDays: 3, savingSteps: 0, savingVisits: 0 },
      { kind: 'mergeable', stepIds: ['S2', 'S5'], message: '规划初审与规划审查同属市自然资源和规划局，可合并为一个环节。', savingDays: 1, savingSteps: 1, savingVisits: 0 },
      { kind: 'redundant-precedence', stepIds: ['S5', 'S6'], message: '审批决定列出的前置环节“规划审查”已由其他前置环节蕴含。', savingDays: 0, savingSteps: 0, savingVisits: 0 },
      { kind: 'extra-visit', stepIds: ['S1', 'S7'], message: '申请人需到场 2 次（最多跑一次）。', savingDays: 0, savingSteps: 0, savingVisits: 1 },
      { kind: 'limit-exceeded', stepIds: [], message: '计时 16 天，超过承诺时限 12 天。', savingDays: 0, savingSteps: 0, savingVisits: 0 },
    ],
    candidates: [candidate],
    steps,
    orderProblems: [],
    warnings: [],
  };
}

/** Strings that would run script, break attributes or start spreadsheet formulas if not escaped. */
export const HOSTILE = {
  itemCode: '../../etc/x',
  itemName: '=1+1 <b>粗体</b> | 管道 & "引号" \'单引号\'',
  scriptStep: '<script>alert(1)</script>',
  attributeDepartment: '" onload="alert(2)',
  imageStep: '<img src=x onerror="window.__pwned=1">',
  formulaDepartment: "=cmd|' /C calc'!A0",
  multilineStep: '第一行\n第二行 | [链接](javascript:alert(4)) *强调*',
} as const;

/** `hostile`: every text field tries an injection; a pass-through step and one candidate removing it. */
export function hostileItem(): ItemAnalysis {
  const steps = [
    makeStep({ id: 'S1', name: HOSTILE.scriptStep, department: HOSTILE.attributeDepartment, role: 'accept', durationDays: 1, applicantVisit: true }),
    makeStep({ id: 'S2', name: HOSTILE.imageStep, department: HOSTILE.formulaDepartment, durationDays: 2, predecessors: ['S1'], condition: '@条件 <b>' }),
    makeStep({ id: 'S3', name: HOSTILE.multilineStep, department: HOSTILE.attributeDepartment, role: 'handoff', durationDays: 1, predecessors: ['S2'] }),
  ];
  return {
    itemCode: HOSTILE.itemCode,
    itemName: HOSTILE.itemName,
    department: HOSTILE.attributeDepartment,
    stepCount: 3,
    applicantVisits: 1,
    departmentHandoffs: 2,
    incompleteDurations: [],
    legalLimitDays: null,
    promisedLimitDays: null,
    criticalPath: { durationDays: 4, stepIds: ['S1', 'S2', 'S3'] },
    clockDays: 4,
    lawfulDurationDays: 4,
    lawfulClockDays: 4,
    notes: [HOSTILE.scriptStep],
    bestCandidateId: '=remove<pass-through>',
    noFasterPlanReason: null,
    fewestStepsPath: { stepCount: 3, durationDays: 4, stepIds: ['S1', 'S2', 'S3'] },
    schedule: [entry('S1', 0, 1, 0, 1), entry('S2', 1, 3, 1, 3), entry('S3', 3, 4, 3, 4)],
    findings: [
      { kind: 'pass-through', stepIds: ['S3'], message: `环节 ${HOSTILE.scriptStep} 不审查也不产出 ${HOSTILE.imageStep}`, savingDays: 1, savingSteps: 1, savingVisits: 0 },
    ],
    candidates: [
      {
        id: '=remove<pass-through>',
        stepCount: 2,
        durationDays: 3,
        clockDays: 3,
        applicantVisits: 1,
        applied: ['pass-through'],
        criticalPath: { durationDays: 3, stepIds: ['S1', 'S2'] },
        steps: steps.slice(0, 2),
      },
    ],
    steps,
    orderProblems: [],
    warnings: [],
  };
}

/** The three items together, with the summary the contract defines (sums over items) and one error. */
export function sampleResult(): AnalysisResult {
  const items = [chainItem(), threeDepartmentItem(), hostileItem()];
  return {
    schemaVersion: 1,
    lang: 'en',
    items,
    summary: { items: 3, steps: 15, itemsWithFindings: 2, durationDaysBefore: 24.5, durationDaysAfter: 19.5 },
    errors: [{ file: 'window-03.csv', line: 17, itemCode: 'X-002', column: 'duration_days', code: 'BAD_DURATION', message: 'duration must be a number of working days ≥ 0, got "三天"' }],
    warnings: [],
  };
}
