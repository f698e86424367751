// Small figures every format shows the same way: the best candidate, days that could be saved,
// number and duration formatting, the words for roles, finding kinds and candidates in the report's
// language, and the catalogue-wide tables. Days of different items are never added as if they were
// one procedure: the catalogue shows counts and medians per item.

import type { AnalysisResult, Candidate, FindingKind, ItemAnalysis, Role, Step } from '../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, nameCandidate, type Lang, type ReportText } from '../i18n/index.js';

/** The report texts of a language (zh-CN when none is given). */
export function reportText(lang: Lang = DEFAULT_LANG): ReportText {
  return REPORT_TEXT[lang];
}

/** Working days rounded to 0.01, printed without trailing zeros (11.5, 3, 0.25). */
export function formatDays(days: number): string {
  const rounded = Math.round(days * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A duration as people read it: "3.5 个工作日" / "3.5 working days". */
export function daysText(days: number, lang: Lang = DEFAULT_LANG): string {
  return REPORT_TEXT[lang].days({ days: formatDays(days) });
}

/** A step's own time as people read it: 时限未填, the working days, or the window's calendar days or hours with their working days. */
export function stepTimeText(step: Step, lang: Lang = DEFAULT_LANG): string {
  const t = REPORT_TEXT[lang];
  if (step.durationMissing) return t.unknownTime;
  const written = step.durationWritten;
  // A figure the window wrote in another unit, shown only while the step still takes what it converts to.
  if (written !== undefined && written.workdays === step.durationDays) {
    return t.writtenDays({ amount: formatDays(written.amount), unit: written.unit, days: formatDays(step.durationDays) });
  }
  return daysText(step.durationDays, lang);
}

/** The role as officials name the step type (环节类型). */
export function roleLabel(role: Role, lang: Lang = DEFAULT_LANG): string {
  return REPORT_TEXT[lang].roles[role] ?? role;
}

/** The finding kind as a table shows it. */
export function findingLabel(kind: FindingKind, lang: Lang = DEFAULT_LANG): string {
  return (REPORT_TEXT[lang].findingKinds as Readonly<Record<string, string>>)[kind] ?? kind;
}

/**
 * A candidate as people read it: its id's parts (the redesign kinds, joined by "+") in words,
 * `parallel+merge+visits` → 并联审批＋环节合并＋减少到场. The id itself stays the machine name (JSON, files).
 */
export function candidateName(id: string, lang: Lang = DEFAULT_LANG): string {
  return nameCandidate(id, lang);
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

/** An item's days as reports show them: the number, or 时限未填 where some duration is missing. */
export function formatItemDays(item: Pick<ItemAnalysis, 'incompleteDurations'>, days: number, lang: Lang = DEFAULT_LANG): string {
  return hasIncompleteDurations(item) ? REPORT_TEXT[lang].unknownTime : formatDays(days);
}

/** Days the best candidate saves on the baseline (0 without a best candidate or with incomplete durations). */
export function computeSavingDays(item: ItemAnalysis): number {
  const best = findBestCandidate(item);
  if (!best || hasIncompleteDurations(item)) return 0;
  return Math.max(0, Math.round((baselineDays(item) - best.durationDays) * 100) / 100);
}

/** The Monte Carlo chance of finishing within 承诺时限, before and after the best candidate (see CatalogueRow.pPromised). */
function pPromisedOf(item: ItemAnalysis, best: Candidate | undefined): CatalogueRow['pPromised'] {
  const before = item.uncertainty?.monteCarlo?.pPromised;
  if (before === undefined || before === null) return null;
  return { before, after: best?.uncertainty?.monteCarlo?.pPromised ?? null };
}

/** Whether the item's clock time runs over its promised limit (承诺时限). */
export function isOverPromised(item: Pick<ItemAnalysis, 'clockDays' | 'lawfulClockDays' | 'promisedLimitDays'>): boolean {
  return item.promisedLimitDays !== null && (item.lawfulClockDays ?? item.clockDays) > item.promisedLimitDays;
}

/** Why an item has no faster plan, in the report's words. */
export function noPlanReason(item: ItemAnalysis, lang: Lang = DEFAULT_LANG): string {
  const t = REPORT_TEXT[lang];
  if (item.incompleteDurations.length > 0) return t.noPlanReasonIncomplete;
  return item.candidates.length === 0 ? t.noPlanReasonNone : t.noPlanReasonSlower;
}

/** One finding as an action of the catalogue-wide lists: what it saves, where. */
export interface ActionRow {
  itemCode: string;
  itemName: string;
  kind: FindingKind;
  message: string;
  savingDays: number;
  savingSteps: number;
  savingVisits: number;
}

const ACTIONS_KEPT = 10;

/**
 * What the catalogue-wide tables (totals, per department, per finding kind, the ten best actions,
 * the ranking) need of one item: a few figures, small enough to keep for a whole catalogue while
 * each item's own text is written as it is ready.
 */
export interface CatalogueRow extends Pick<ItemAnalysis, 'itemCode' | 'itemName' | 'department' | 'stepCount' | 'applicantVisits' | 'departmentHandoffs'> {
  findingCount: number;
  /** Findings per kind. */
  kinds: Partial<Record<FindingKind, number>>;
  /** The baseline (see baselineDays). */
  durationDays: number;
  /** The item's time is not fully given (时限未填): its days stay out of the medians. */
  incomplete: boolean;
  overPromised: boolean;
  /** The best candidate (see findBestCandidate), or null. */
  best: { id: string; durationDays: number; applicantVisits: number } | null;
  /** The Monte Carlo share of runs within 承诺时限, as written and with the best candidate; null without three-point estimates or a promised limit. */
  pPromised: { before: number; after: number | null } | null;
  savingDays: number;
  /** Why there is no faster plan (savingDays 0), else null. */
  noPlanReason: string | null;
  /** The item's findings that save most days and most visits (at most ten of each): candidates for the catalogue's lists. */
  actions: ActionRow[];
}

/** The item's CatalogueRow, its words in `lang`. */
export function toCatalogueRow(item: ItemAnalysis, lang: Lang = DEFAULT_LANG): CatalogueRow {
  const best = findBestCandidate(item);
  const kinds: Partial<Record<FindingKind, number>> = {};
  for (const f of item.findings) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  const savingDays = computeSavingDays(item);
  const incomplete = item.incompleteDurations.length > 0;
  const actions = item.findings.map(
    (f): ActionRow => ({ itemCode: item.itemCode, itemName: item.itemName, kind: f.kind, message: f.message, savingDays: incomplete ? 0 : f.savingDays, savingSteps: f.savingSteps, savingVisits: f.savingVisits }),
  );
  const kept = new Set([...topActions(actions, 'savingDays'), ...topActions(actions, 'savingVisits')]);
  return {
    itemCode: item.itemCode,
    itemName: item.itemName,
    department: item.department,
    stepCount: item.stepCount,
    applicantVisits: item.applicantVisits,
    departmentHandoffs: item.departmentHandoffs,
    findingCount: item.findings.length,
    kinds,
    durationDays: baselineDays(item),
    incomplete,
    overPromised: isOverPromised(item),
    best: best === undefined ? null : { id: best.id, durationDays: best.durationDays, applicantVisits: best.applicantVisits },
    pPromised: pPromisedOf(item, best),
    savingDays,
    noPlanReason: savingDays > 0 ? null : noPlanReason(item, lang),
    actions: actions.filter((a) => kept.has(a)),
  };
}

/** The actions saving most of `by` (more than 0), most first; ties by item code, then kind. */
export function topActions(actions: readonly ActionRow[], by: 'savingDays' | 'savingVisits', count = ACTIONS_KEPT): ActionRow[] {
  const other = by === 'savingDays' ? 'savingVisits' : 'savingDays';
  return actions
    .filter((a) => a[by] > 0)
    .sort((a, b) => b[by] - a[by] || b[other] - a[other] || compareText(a.itemCode, b.itemCode) || compareText(a.kind, b.kind))
    .slice(0, count);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 100) / 100;
}

/** One row of the per-department table: counts over the items the department leads, and the median saving. */
export interface DepartmentRow {
  department: string;
  items: number;
  steps: number;
  handoffs: number;
  findings: number;
  itemsWithFasterPlan: number;
  /** Median days saved by its items with a faster plan; null when none has one. */
  medianSavingDays: number | null;
}

/**
 * Per lead department (an item counts for its `department`, the most frequent one of its steps),
 * sorted by items with a faster plan, then median saving, then name.
 */
export function summarizeDepartments(result: AnalysisResult): DepartmentRow[] {
  return summarizeDepartmentRows(result.items.map((item) => toCatalogueRow(item)));
}

/** summarizeDepartments over catalogue rows (in the items' order). */
export function summarizeDepartmentRows(items: readonly CatalogueRow[]): DepartmentRow[] {
  const rows = new Map<string, DepartmentRow & { savings: number[] }>();
  for (const item of items) {
    const row = rows.get(item.department) ?? { department: item.department, items: 0, steps: 0, handoffs: 0, findings: 0, itemsWithFasterPlan: 0, medianSavingDays: null, savings: [] };
    row.items += 1;
    row.steps += item.stepCount;
    row.handoffs += item.departmentHandoffs;
    row.findings += item.findingCount;
    if (item.savingDays > 0) {
      row.itemsWithFasterPlan += 1;
      row.savings.push(item.savingDays);
    }
    rows.set(item.department, row);
  }
  return [...rows.values()]
    .map(({ savings, ...row }) => ({ ...row, medianSavingDays: median(savings) }))
    .sort((a, b) => b.itemsWithFasterPlan - a.itemsWithFasterPlan || (b.medianSavingDays ?? 0) - (a.medianSavingDays ?? 0) || compareText(a.department, b.department));
}

/** Catalogue figures shown at the top of every report: counts, and medians per item (never sums of days). */
export interface CatalogueTotals {
  items: number;
  steps: number;
  itemsWithFindings: number;
  itemsWithFasterPlan: number;
  /** Items whose time is not fully given (时限未填), left out of the medians. */
  itemsIncomplete: number;
  itemsOverPromised: number;
  /** Median duration of one item as written, and of its best plan (the item itself where there is none); null without a complete item. */
  medianDaysBefore: number | null;
  medianDaysAfter: number | null;
  /** Median days saved by the items with a faster plan; null when none has one. */
  medianSavingDays: number | null;
  /** Applicant visits, every item once: as written, and with each item's best plan. */
  visitsBefore: number;
  visitsAfter: number;
}

/** The catalogue's figures. */
export function summarizeCatalogue(result: AnalysisResult): CatalogueTotals {
  return summarizeCatalogueRows(result.summary, result.items.map((item) => toCatalogueRow(item)));
}

/** summarizeCatalogue from the summary and the catalogue rows. */
export function summarizeCatalogueRows(summary: AnalysisResult['summary'], items: readonly CatalogueRow[]): CatalogueTotals {
  let visitsBefore = 0;
  let visitsAfter = 0;
  const before: number[] = [];
  const after: number[] = [];
  const savings: number[] = [];
  for (const item of items) {
    visitsBefore += item.applicantVisits;
    visitsAfter += item.best?.applicantVisits ?? item.applicantVisits;
    if (item.incomplete) continue;
    before.push(item.durationDays);
    after.push(item.savingDays > 0 && item.best ? item.best.durationDays : item.durationDays);
    if (item.savingDays > 0) savings.push(item.savingDays);
  }
  return {
    items: summary.items,
    steps: summary.steps,
    itemsWithFindings: summary.itemsWithFindings,
    itemsWithFasterPlan: items.filter((i) => i.savingDays > 0).length,
    itemsIncomplete: items.filter((i) => i.incomplete).length,
    itemsOverPromised: items.filter((i) => i.overPromised).length,
    medianDaysBefore: median(before),
    medianDaysAfter: median(after),
    medianSavingDays: median(savings),
    visitsBefore,
    visitsAfter,
  };
}

/** Per finding kind: how many items have it and how many findings there are, in the kinds' order; kinds never found left out. */
export function countFindingKinds(items: readonly CatalogueRow[], kinds: readonly FindingKind[]): { kind: FindingKind; items: number; findings: number }[] {
  return kinds
    .map((kind) => {
      let withKind = 0;
      let findings = 0;
      for (const item of items) {
        const n = item.kinds[kind] ?? 0;
        if (n > 0) withKind++;
        findings += n;
      }
      return { kind, items: withKind, findings };
    })
    .filter((row) => row.findings > 0);
}

/** Items ordered by days that could be saved (most first), then by item code. */
export function rankItemsBySaving(items: readonly ItemAnalysis[]): ItemAnalysis[] {
  return [...items].sort((a, b) => computeSavingDays(b) - computeSavingDays(a) || compareText(a.itemCode, b.itemCode));
}

/** rankItemsBySaving over catalogue rows. */
export function rankRowsBySaving(rows: readonly CatalogueRow[]): CatalogueRow[] {
  return [...rows].sort((a, b) => b.savingDays - a.savingDays || compareText(a.itemCode, b.itemCode));
}
