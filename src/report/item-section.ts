// What an item's section shows in every format that has one (report.md, index.html): its figures,
// critical path, incomplete durations, order problems, findings and candidates, as plain text that
// each format escapes and lays out. One model, so the formats cannot drift apart in what they show.

import { labelStep, type ItemAnalysis } from '../domain/index.js';
import { FINDING_LABELS, findBestCandidate, formatDays, formatItemDays } from './figures.js';

/** One item's section, every value already formatted, nothing escaped. */
export interface ItemSection {
  itemCode: string;
  itemName: string;
  department: string;
  stepCount: string;
  durationDays: string;
  clockDays: string;
  /** The lawful duration (declared order with the required links), or "—" with an order conflict. */
  lawfulDays: string;
  /** "法定 20 天，承诺 12 天", or "—" where neither limit is given. */
  limits: string;
  applicantVisits: string;
  departmentHandoffs: string;
  criticalPath: { durationDays: string; steps: string[] };
  /** Steps whose duration cell was empty (counted 0). */
  incompleteDurations: string[];
  orderProblems: string[];
  /** What data would let procopt judge more, what a bound cut. */
  notes: string[];
  /** Why there is no best candidate, or null. */
  noFasterPlanReason: string | null;
  findings: FindingRow[];
  candidates: CandidateRow[];
  /** Whether the item has a candidate (and so a best-candidate diagram). */
  hasBest: boolean;
}

export interface FindingRow {
  /** The kind's Chinese label (FINDING_LABELS) and the kind itself. */
  label: string;
  kind: string;
  stepIds: string[];
  message: string;
  savingDays: string;
  savingSteps: string;
  savingVisits: string;
}

export interface CandidateRow {
  id: string;
  /** The best candidate (findBestCandidate), shown in bold. */
  best: boolean;
  stepCount: string;
  durationDays: string;
  clockDays: string;
  applicantVisits: string;
  /** Labels of the finding kinds it applies. */
  applied: string[];
  criticalPath: string[];
}

/** The section of one item. */
export function toItemSection(item: ItemAnalysis): ItemSection {
  const best = findBestCandidate(item);
  const limits = [
    item.legalLimitDays === null ? null : `法定 ${formatDays(item.legalLimitDays)} 天`,
    item.promisedLimitDays === null ? null : `承诺 ${formatDays(item.promisedLimitDays)} 天`,
  ].filter((s) => s !== null);
  const stepLabel = (id: string): string => {
    const step = item.steps.find((s) => s.id === id);
    return step ? labelStep(step) : id;
  };
  return {
    itemCode: item.itemCode,
    itemName: item.itemName,
    department: item.department,
    stepCount: String(item.stepCount),
    durationDays: formatItemDays(item, item.criticalPath.durationDays),
    clockDays: formatItemDays(item, item.clockDays),
    lawfulDays: item.lawfulDurationDays === null ? '—' : formatItemDays(item, item.lawfulDurationDays),
    limits: limits.join('，') || '—',
    applicantVisits: String(item.applicantVisits),
    departmentHandoffs: String(item.departmentHandoffs),
    criticalPath: { durationDays: formatItemDays(item, item.criticalPath.durationDays), steps: item.criticalPath.stepIds.map(stepLabel) },
    incompleteDurations: item.incompleteDurations,
    orderProblems: item.orderProblems,
    notes: item.notes,
    noFasterPlanReason: item.noFasterPlanReason,
    findings: item.findings.map((f) => ({
      label: FINDING_LABELS[f.kind],
      kind: f.kind,
      stepIds: f.stepIds,
      message: f.message,
      savingDays: formatDays(f.savingDays),
      savingSteps: String(f.savingSteps),
      savingVisits: String(f.savingVisits),
    })),
    candidates: item.candidates.map((c) => ({
      id: c.id,
      best: c === best,
      stepCount: String(c.stepCount),
      durationDays: formatItemDays(item, c.durationDays),
      clockDays: formatItemDays(item, c.clockDays),
      applicantVisits: String(c.applicantVisits),
      applied: c.applied.map((k) => FINDING_LABELS[k]),
      criticalPath: c.criticalPath.stepIds,
    })),
    hasBest: best !== undefined,
  };
}
