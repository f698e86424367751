// Small figures every format shows the same way: the best candidate (fewest days, then the
// front's order), days that could be saved, number formatting and Chinese role labels.

import type { AnalysisResult, Candidate, FindingKind, ItemAnalysis, Role } from '../domain/index.js';

/** Working days rounded to 0.01, printed without trailing zeros (11.5, 3, 0.25). */
export function formatDays(days: number): string {
  const rounded = Math.round(days * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** The item's best candidate (bestCandidateId: the fastest no slower than the baseline), or undefined when there is none. */
export function findBestCandidate(item: ItemAnalysis): Candidate | undefined {
  return item.bestCandidateId === null ? undefined : item.candidates.find((c) => c.id === item.bestCandidateId);
}

/** The item's baseline: its lawful duration, or its critical path where the declared order conflicts with the required one. */
export function baselineDays(item: ItemAnalysis): number {
  return item.lawfulDurationDays ?? item.criticalPath.durationDays;
}

/** Whether the item's times are lower bounds (some duration 时限未填): no saving is claimed for it. */
export function hasIncompleteDurations(item: Pick<ItemAnalysis, 'incompleteDurations'>): boolean {
  return item.incompleteDurations.length > 0;
}

/** The words shown for an item's time where some duration is missing. */
export const DURATIONS_MISSING = '时限未填';

/** An item's days as reports show them: the number, or 时限未填 where some duration is missing. */
export function formatItemDays(item: Pick<ItemAnalysis, 'incompleteDurations'>, days: number): string {
  return hasIncompleteDurations(item) ? DURATIONS_MISSING : formatDays(days);
}

/** A catalogue row's days: the number, or 时限未填. */
export function formatRowDays(row: Pick<CatalogueRow, 'incomplete'>, days: number): string {
  return row.incomplete ? DURATIONS_MISSING : formatDays(days);
}

/** Days the best candidate saves on the baseline (0 without a best candidate or with incomplete durations). */
export function computeSavingDays(item: ItemAnalysis): number {
  const best = findBestCandidate(item);
  if (!best || hasIncompleteDurations(item)) return 0;
  return Math.max(0, Math.round((baselineDays(item) - best.durationDays) * 100) / 100);
}

/** Chinese label of each role, as officials name the step type (环节类型). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  submit: '申请',
  intake: '收件',
  accept: '受理',
  register: '登记',
  notify: '告知',
  review: '审查',
  inspect: '勘验',
  expert: '专家评审',
  publicize: '公示',
  hearing: '听证',
  intermediary: '中介服务',
  handoff: '流转',
  approve: '审批',
  deliver: '办结',
  supervise: '事后监管',
  other: '其他',
};

/** Chinese label of each finding kind, for tables. */
export const FINDING_LABELS: Readonly<Record<FindingKind, string>> = {
  'redundant-precedence': '冗余前置',
  parallelizable: '可并联',
  mergeable: '可合并',
  'intake-merge': '收件即受理',
  'duplicate-check': '重复审查',
  'pass-through': '空转环节',
  'repeated-material': '重复提交材料',
  'extra-visit': '多次跑动',
  'limit-exceeded': '超出时限',
  'order-gap': '顺序缺漏',
  'order-conflict': '顺序冲突',
  'limit-slack': '承诺时限可压缩',
};

/**
 * What the catalogue-wide tables (totals, per department, ranking) need of one item: a few figures,
 * small enough to keep for a whole catalogue while each item's own text is written as it is ready.
 */
export interface CatalogueRow extends Pick<ItemAnalysis, 'itemCode' | 'itemName' | 'department' | 'stepCount' | 'applicantVisits' | 'departmentHandoffs'> {
  findingCount: number;
  /** The baseline (see baselineDays). */
  durationDays: number;
  /** Some duration is missing (时限未填): the days are shown as such and no saving is claimed. */
  incomplete: boolean;
  /** The best candidate (see findBestCandidate), or null. */
  best: { id: string; durationDays: number; applicantVisits: number } | null;
  savingDays: number;
}

/** The item's CatalogueRow. */
export function toCatalogueRow(item: ItemAnalysis): CatalogueRow {
  const best = findBestCandidate(item);
  return {
    itemCode: item.itemCode,
    itemName: item.itemName,
    department: item.department,
    stepCount: item.stepCount,
    applicantVisits: item.applicantVisits,
    departmentHandoffs: item.departmentHandoffs,
    findingCount: item.findings.length,
    durationDays: baselineDays(item),
    incomplete: hasIncompleteDurations(item),
    best: best === undefined ? null : { id: best.id, durationDays: best.durationDays, applicantVisits: best.applicantVisits },
    savingDays: computeSavingDays(item),
  };
}

/** One row of the per-department table: totals over the items the department leads. */
export interface DepartmentRow {
  department: string;
  items: number;
  steps: number;
  handoffs: number;
  findings: number;
  savingDays: number;
}

/**
 * Totals per lead department (an item counts for its `department`, the most frequent one of its
 * steps), sorted by days that could be saved, then by name.
 */
export function summarizeDepartments(result: AnalysisResult): DepartmentRow[] {
  return summarizeDepartmentRows(result.items.map(toCatalogueRow));
}

/** summarizeDepartments over catalogue rows (in the items' order). */
export function summarizeDepartmentRows(items: readonly CatalogueRow[]): DepartmentRow[] {
  const rows = new Map<string, DepartmentRow>();
  for (const item of items) {
    const row = rows.get(item.department) ?? { department: item.department, items: 0, steps: 0, handoffs: 0, findings: 0, savingDays: 0 };
    row.items += 1;
    row.steps += item.stepCount;
    row.handoffs += item.departmentHandoffs;
    row.findings += item.findingCount;
    row.savingDays = Math.round((row.savingDays + item.savingDays) * 100) / 100;
    rows.set(item.department, row);
  }
  return [...rows.values()].sort((a, b) => b.savingDays - a.savingDays || (a.department < b.department ? -1 : a.department > b.department ? 1 : 0));
}

/** Catalogue totals shown at the top of every report. */
export interface CatalogueTotals {
  items: number;
  steps: number;
  itemsWithFindings: number;
  daysBefore: number;
  daysAfter: number;
  visitsBefore: number;
  visitsAfter: number;
}

/** Totals from the summary, plus applicant visits before and after (best candidate per item). */
export function summarizeCatalogue(result: AnalysisResult): CatalogueTotals {
  return summarizeCatalogueRows(result.summary, result.items.map(toCatalogueRow));
}

/** summarizeCatalogue from the summary and the catalogue rows. */
export function summarizeCatalogueRows(summary: AnalysisResult['summary'], items: readonly CatalogueRow[]): CatalogueTotals {
  let visitsBefore = 0;
  let visitsAfter = 0;
  for (const item of items) {
    visitsBefore += item.applicantVisits;
    visitsAfter += item.best?.applicantVisits ?? item.applicantVisits;
  }
  return {
    items: summary.items,
    steps: summary.steps,
    itemsWithFindings: summary.itemsWithFindings,
    daysBefore: summary.durationDaysBefore,
    daysAfter: summary.durationDaysAfter,
    visitsBefore,
    visitsAfter,
  };
}

/** Items ordered by days that could be saved (most first), then by item code. */
export function rankItemsBySaving(items: readonly ItemAnalysis[]): ItemAnalysis[] {
  return [...items].sort((a, b) => computeSavingDays(b) - computeSavingDays(a) || (a.itemCode < b.itemCode ? -1 : a.itemCode > b.itemCode ? 1 : 0));
}

/** rankItemsBySaving over catalogue rows. */
export function rankRowsBySaving(rows: readonly CatalogueRow[]): CatalogueRow[] {
  return [...rows].sort((a, b) => b.savingDays - a.savingDays || (a.itemCode < b.itemCode ? -1 : a.itemCode > b.itemCode ? 1 : 0));
}
