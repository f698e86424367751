// The analysis as JSON per the contract (docs/analysis-json.md): every object is rebuilt
// field by field in the contract's key order (stable whatever the input order), 2-space indent,
// trailing newline. The procedures' steps (for diagrams and re-rendering) are included on request.

import type {
  Lang,
  AnalysisError,
  AnalysisResult,
  Candidate,
  CandidateDates,
  Finding,
  ItemAnalysis,
  ItemDates,
  PathSummary,
  ScheduleEntry,
  Step,
} from '../domain/index.js';
import type { DocumentEnd, FormatStream, ReportFormat } from './report-format.js';
import { DEFAULT_LANG } from '../i18n/index.js';

export interface JsonOptions {
  /** Include every item's and candidate's full steps (large: about 10 × the size without). Default false. */
  includeSteps?: boolean;
  /**
   * Indent every item fully. Default false: each item on one line (the document around them is
   * indented) — easy to grep and diff, and a large catalogue renders and writes much faster.
   */
  pretty?: boolean;
}

const path = (p: PathSummary) => ({ durationDays: p.durationDays, stepIds: p.stepIds });

// Optional fields are written as undefined, which JSON.stringify leaves out: every object keeps one
// shape built by one literal (a conditional spread builds it key by key, and most items have dates or not).
const scheduleEntry = (e: ScheduleEntry) => ({
  stepId: e.stepId,
  earliestStart: e.earliestStart,
  earliestFinish: e.earliestFinish,
  latestStart: e.latestStart,
  latestFinish: e.latestFinish,
  slack: e.slack,
  critical: e.critical,
  earliestStartDate: e.earliestStartDate,
  earliestFinishDate: e.earliestStartDate !== undefined ? (e.earliestFinishDate ?? null) : undefined,
});

const finding = (f: Finding) => ({
  kind: f.kind,
  stepIds: f.stepIds,
  message: f.message,
  savingDays: f.savingDays,
  savingSteps: f.savingSteps,
  savingVisits: f.savingVisits,
});

const step = (s: Step) => ({
  id: s.id,
  name: s.name,
  department: s.department,
  role: s.role,
  // analysis-json.md: `roles` lists every role where the type cell named several.
  ...(s.roles.length > 1 ? { roles: s.roles } : {}),
  durationDays: s.durationDays,
  waitDays: s.waitDays,
  durationMissing: s.durationMissing,
  countsTowardLimit: s.countsTowardLimit,
  predecessors: s.predecessors,
  hardPredecessors: s.hardPredecessors,
  inputs: s.inputs,
  outputs: s.outputs,
  applicantVisit: s.applicantVisit,
  condition: s.condition,
  returnTo: s.returnTo,
  attributes: s.attributes,
  line: s.line,
});

/**
 * The item's `dates` (with --start-date) in the contract's order. Its non-working days (what the
 * report's Gantt axis shades) go with the steps: only a JSON that carries what diagrams are drawn
 * from (--steps, the report folder's analysis.json) needs them, and they were a tenth of the size
 * of every dated item.
 */
const itemDates = (d: ItemDates | undefined, includeSteps: boolean) =>
  d === undefined
    ? undefined
    : {
        startDate: d.startDate,
        promisedDue: d.promisedDue,
        legalDue: d.legalDue,
        criticalPathEnd: d.criticalPathEnd,
        clockEnd: d.clockEnd,
        calendarCoveredThrough: d.calendarCoveredThrough,
        nonWorkingDays: includeSteps ? d.nonWorkingDays : undefined,
      };

const candidateDates = (d: CandidateDates | undefined) => (d === undefined ? undefined : { criticalPathEnd: d.criticalPathEnd, clockEnd: d.clockEnd });

const candidate = (c: Candidate, includeSteps: boolean) => ({
  id: c.id,
  stepCount: c.stepCount,
  durationDays: c.durationDays,
  clockDays: c.clockDays,
  applicantVisits: c.applicantVisits,
  applied: c.applied,
  criticalPath: path(c.criticalPath),
  dates: candidateDates(c.dates),
  uncertainty: c.uncertainty,
  steps: includeSteps ? c.steps.map(step) : undefined,
});

const item = (i: ItemAnalysis, includeSteps: boolean) => ({
  itemCode: i.itemCode,
  itemName: i.itemName,
  department: i.department,
  stepCount: i.stepCount,
  applicantVisits: i.applicantVisits,
  departmentHandoffs: i.departmentHandoffs,
  incompleteDurations: i.incompleteDurations,
  legalLimitDays: i.legalLimitDays,
  promisedLimitDays: i.promisedLimitDays,
  criticalPath: path(i.criticalPath),
  clockDays: i.clockDays,
  lawfulDurationDays: i.lawfulDurationDays,
  lawfulClockDays: i.lawfulClockDays,
  notes: i.notes,
  dates: itemDates(i.dates, includeSteps),
  uncertainty: i.uncertainty,
  bestCandidateId: i.bestCandidateId,
  noFasterPlanReason: i.noFasterPlanReason,
  fewestStepsPath: { stepCount: i.fewestStepsPath.stepCount, durationDays: i.fewestStepsPath.durationDays, stepIds: i.fewestStepsPath.stepIds },
  schedule: i.schedule.map(scheduleEntry),
  findings: i.findings.map(finding),
  candidates: i.candidates.map((c) => candidate(c, includeSteps)),
  orderProblems: i.orderProblems,
  observedDurations: i.observedDurations,
  steps: includeSteps ? i.steps.map(step) : undefined,
});

const error = (e: AnalysisError) => ({
  file: e.file,
  line: e.line,
  ...(e.itemCode !== undefined ? { itemCode: e.itemCode } : {}),
  ...(e.column !== undefined ? { column: e.column } : {}),
  code: e.code,
  message: e.message,
});

/** One item as it stands in the document's `items` array (indented for that depth, no trailing comma). */
export function renderJsonItem(analysis: ItemAnalysis, options: JsonOptions = {}): string {
  const value = item(analysis, options.includeSteps ?? false);
  if (options.pretty !== true) return `    ${JSON.stringify(value)}`;
  // Stringified inside a wrapper of the document's shape, the item comes out already indented for
  // its depth; cutting the wrapper off is much cheaper than re-indenting every line.
  const text = JSON.stringify({ items: [value] }, null, 2);
  return text.slice(ITEM_PREFIX.length, text.length - ITEM_SUFFIX.length);
}

const ITEM_PREFIX = '{\n  "items": [\n';
const ITEM_SUFFIX = '\n  ]\n}';

/** Writes the JSON document piece by piece: items as they are rendered, then the rest. */
export interface JsonWriter {
  /** The next item, as rendered by renderJsonItem. */
  item(text: string): void;
  /** Everything after the items; the document is complete. */
  end(parts: DocumentEnd): void;
}

/**
 * A writer that hands the document to `write` in pieces, so a large catalogue is never one huge
 * string; nothing is written before the first item or `end`. The pieces joined equal `renderJson`.
 */
export function createJsonWriter(write: (text: string) => void, lang: Lang, schemaVersion: AnalysisResult['schemaVersion'] = 1): JsonWriter {
  const head = `{\n  "schemaVersion": ${JSON.stringify(schemaVersion)},\n  "lang": ${JSON.stringify(lang)},\n  "items": [`;
  let count = 0;
  return {
    item(text) {
      write(`${count++ === 0 ? `${head}\n` : ',\n'}${text}`);
    },
    end(parts) {
      const tail = JSON.stringify(
        {
          summary: {
            items: parts.summary.items,
            steps: parts.summary.steps,
            itemsWithFindings: parts.summary.itemsWithFindings,
            durationDaysBefore: parts.summary.durationDaysBefore,
            durationDaysAfter: parts.summary.durationDaysAfter,
          },
          errors: parts.errors.map(error),
          warnings: parts.warnings.map(error),
        },
        null,
        2,
      );
      write(`${count === 0 ? `${head}],\n` : '\n  ],\n'}${tail.slice(2)}\n`);
    },
  };
}

/** The analysis result as a JSON document with the contract's key order. */
export function renderJson(result: AnalysisResult, options: JsonOptions = {}): string {
  const pieces: string[] = [];
  writeJson(result, options, (text) => pieces.push(text));
  return pieces.join('');
}

/** renderJson through `write`, one item at a time. */
export function writeJson(result: AnalysisResult, options: JsonOptions, write: (text: string) => void): void {
  const writer = createJsonWriter(write, result.lang, result.schemaVersion);
  for (const analysis of result.items) writer.item(renderJsonItem(analysis, options));
  writer.end(result);
}

/** analysis.json: the registry's entry; `analyze --format json` streams it item by item. */
export const jsonFormat = {
  fileName: 'analysis.json',
  description: 'analysis result as JSON (the machine-readable contract)',
  fileStart: '',
  embedsDiagrams: false,
  write: (result, context, write) => writeJson(result, { includeSteps: context.includeSteps ?? false, pretty: context.pretty ?? false }, write),
  stream: {
    renderItem: (item, options) => renderJsonItem(item, options),
    createWriter(write, options) {
      const json = createJsonWriter(write, options?.lang ?? DEFAULT_LANG);
      return { item: (text) => json.item(text), end: (parts) => json.end(parts) };
    },
  } satisfies FormatStream<string>,
} satisfies ReportFormat;
