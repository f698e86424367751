// Small named procedures for diagram tests: `chain`, `diamond`, `three-department-parallel`.

import type { Step } from '../../../src/domain/index.js';
import { makeStep } from '../../support/procedures.js';

/** `chain`: 受理 → 审查 → 决定, two departments. */
export function chain(): Step[] {
  return [
    makeStep({ id: 'A', name: '受理', department: '窗口', durationDays: 1, role: 'accept', applicantVisit: true }),
    makeStep({ id: 'B', name: '审查', department: '业务科', predecessors: ['A'], durationDays: 2 }),
    makeStep({ id: 'C', name: '决定', department: '业务科', durationDays: 1, role: 'approve', predecessors: ['B'] }),
  ];
}

/** `diamond`: S1 → (S2 ∥ S3) → S4, the two branches in different departments. */
export function diamond(): Step[] {
  return [
    makeStep({ id: 'S1', name: '收件', department: '窗口', durationDays: 1, role: 'accept' }),
    makeStep({ id: 'S2', name: '技术审查 technical review', department: '技术科', predecessors: ['S1'], durationDays: 3 }),
    makeStep({ id: 'S3', name: '现场勘验', department: '监察科', durationDays: 1, role: 'inspect', predecessors: ['S1'], waitDays: 1, condition: '需要时' }),
    makeStep({ id: 'S4', name: '审批决定', department: '窗口', durationDays: 1, role: 'approve', predecessors: ['S2', 'S3'] }),
  ];
}

export const THREE_DEPARTMENTS = ['市政务服务中心', '市自然资源和规划局', '市住房和城乡建设局', '市生态环境局'] as const;

/** `three-department-parallel`: 受理 → three reviews by three departments in parallel → 审批 → 送达. */
export function threeDepartmentParallel(): Step[] {
  const [centre, planning, housing, ecology] = THREE_DEPARTMENTS;
  return [
    makeStep({ id: 'S1', name: '申请人提交申请材料并现场核验身份', department: centre, durationDays: 1, role: 'accept', applicantVisit: true }),
    makeStep({ id: 'S2', name: '建设工程设计方案规划审查', department: planning, predecessors: ['S1'], durationDays: 5 }),
    makeStep({ id: 'S3', name: '消防设计审查', department: housing, predecessors: ['S1'], durationDays: 3, waitDays: 1 }),
    makeStep({ id: 'S4', name: '环境影响评价文件审批（报告书）', department: ecology, predecessors: ['S1'], durationDays: 4 }),
    makeStep({ id: 'S5', name: '核发建设工程规划许可证', department: planning, durationDays: 1, role: 'approve', predecessors: ['S2', 'S3', 'S4'] }),
    makeStep({ id: 'S6', name: '送达', department: centre, durationDays: 1, role: 'deliver', predecessors: ['S5'], applicantVisit: true }),
  ];
}
