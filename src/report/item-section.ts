// What an item's section shows in every format that has one (report.md, index.html): its figures,
// critical path, incomplete durations, order problems, findings and candidates, as plain text in the
// report's language that each format escapes and lays out. One model, so the formats cannot drift
// apart in what they show.

import { labelStep, type ItemAnalysis } from '../domain/index.js';
import { DEFAULT_LANG, type Lang } from '../i18n/index.js';
import { candidateName, computeSavingDays, daysText, findBestCandidate, findingLabel, formatDays, noPlanReason, reportText } from './figures.js';

/** One item's section, every value already formatted, nothing escaped. */
export interface ItemSection {
  itemCode: string;
  itemName: string;
  /** One line: lead department, steps, duration, clock time, limits, visits, hand-overs. */
  facts: string;
  criticalPath: { heading: string; steps: string[] };
  /** The lawful duration (declared order with the required links); null with an order conflict. */
  lawfulLine: string | null;
  /** Steps whose time is not given (时限未填), labelled. */
  incompleteDurations: string[];
  orderProblems: string[];
  /** What data would let procopt judge more, what a bound cut. */
  notes: string[];
  findings: FindingRow[];
  candidates: CandidateRow[];
  /** Whether the item has a candidate (and so a best-candidate diagram). */
  hasBest: boolean;
  /** Why the item has no faster plan; null when it has one. */
  noPlanReason: string | null;
}

export interface FindingRow {
  /** The kind's label in the report's language, and the kind itself. */
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
  /** The candidate's name in words (并联审批＋环节合并). */
  name: string;
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

/** The section of one item, in `lang`. */
export function toItemSection(item: ItemAnalysis, lang: Lang = DEFAULT_LANG): ItemSection {
  const t = reportText(lang);
  const best = findBestCandidate(item);
  const incomplete = item.incompleteDurations.length > 0;
  const stepLabel = (id: string): string => {
    const step = item.steps.find((s) => s.id === id);
    return step ? labelStep(step) : id;
  };
  // An item whose time is not given shows 时限未填 wherever its time would appear.
  const time = (days: number): string => (incomplete ? t.unknownTime : daysText(days, lang));
  const timeCell = (days: number): string => (incomplete ? t.unknownTime : formatDays(days));
  const limit = (days: number | null): string | null => (days === null ? null : daysText(days, lang));
  return {
    itemCode: item.itemCode,
    itemName: item.itemName,
    facts: t.itemFacts({
      department: item.department,
      steps: item.stepCount,
      days: time(item.criticalPath.durationDays),
      clock: time(item.clockDays),
      limits: t.limitsText({ legal: limit(item.legalLimitDays), promised: limit(item.promisedLimitDays) }),
      visits: item.applicantVisits,
      handoffs: item.departmentHandoffs,
    }),
    criticalPath: { heading: t.criticalPathLine({ days: time(item.criticalPath.durationDays) }), steps: item.criticalPath.stepIds.map(stepLabel) },
    lawfulLine: item.lawfulDurationDays === null ? null : t.lawfulLine({ days: time(item.lawfulDurationDays) }),
    incompleteDurations: item.incompleteDurations.map(stepLabel),
    orderProblems: item.orderProblems,
    notes: item.notes,
    findings: item.findings.map((f) => ({
      label: findingLabel(f.kind, lang),
      kind: f.kind,
      stepIds: f.stepIds,
      message: f.message,
      savingDays: incomplete ? t.unknownTime : formatDays(f.savingDays),
      savingSteps: String(f.savingSteps),
      savingVisits: String(f.savingVisits),
    })),
    candidates: item.candidates.map((c) => ({
      id: c.id,
      name: candidateName(c.id, lang),
      best: c === best,
      stepCount: String(c.stepCount),
      durationDays: timeCell(c.durationDays),
      clockDays: timeCell(c.clockDays),
      applicantVisits: String(c.applicantVisits),
      applied: c.applied.map((k) => findingLabel(k, lang)),
      criticalPath: c.criticalPath.stepIds,
    })),
    hasBest: best !== undefined,
    // The analysis's own reason where it has one (the order is already the required order, a cycle…).
    noPlanReason: computeSavingDays(item) > 0 ? null : (item.noFasterPlanReason ?? noPlanReason(item, lang)),
  };
}
