// summary.csv: one row per item with its figures and best candidate. RFC 4180 with CRLF line
// ends; text cells are neutralised against formula injection (OWASP). The BOM is the CLI's job.
// The header row is in the report's language (事项编码, … in zh-CN; the column keys in en); the
// columns and their order never change with it.

import type { AnalysisResult, ItemAnalysis } from '../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, type Lang } from '../i18n/index.js';
import { formatCsvTextCell } from './escape.js';
import { computeSavingDays, findBestCandidate, formatDays, formatItemDays } from './figures.js';
import type { FormatStream, ReportFormat } from './report-format.js';

/** Column names of summary.csv, in order. */
export const SUMMARY_CSV_COLUMNS = [
  'item_code',
  'item_name',
  'department',
  'steps',
  'duration_days',
  'clock_days',
  'lawful_duration_days',
  'legal_limit_days',
  'promised_limit_days',
  'visits',
  'findings',
  'best_candidate',
  'best_duration_days',
  'saving_days',
  // With --start-date (empty without): due dates and where the clock time ends, ISO 8601.
  'start_date',
  'promised_due',
  'legal_due',
  'clock_end',
  'best_clock_end',
  // With three-point estimates (empty without): the Monte Carlo share of runs within 承诺时限, before and after.
  'mc_p_promised',
  'best_mc_p_promised',
] as const;

const number = (n: number | null | undefined): string => (n === null || n === undefined ? '' : formatDays(n));
const probability = (p: number | null | undefined): string => (p === null || p === undefined ? '' : String(p));
/** An item's time: empty where not given, 时限未填 where some duration is missing. */
const days = (item: ItemAnalysis, n: number | null | undefined): string => (n === null || n === undefined ? '' : formatItemDays(item, n));

/** The catalogue as CSV text (no BOM), one row per item in the result's order. */
export function renderSummaryCsv(result: AnalysisResult, lang: Lang = DEFAULT_LANG): string {
  const pieces: string[] = [];
  writeSummaryCsv(result, (text) => pieces.push(text), lang);
  return pieces.join('');
}

/** renderSummaryCsv through `write`, one line at a time. */
export function writeSummaryCsv(result: AnalysisResult, write: (text: string) => void, lang: Lang = DEFAULT_LANG): void {
  write(summaryCsvHeader(lang));
  for (const item of result.items) write(renderSummaryCsvRow(item));
}

/** The header line of summary.csv in `lang`, CRLF included. */
export function summaryCsvHeader(lang: Lang = DEFAULT_LANG): string {
  const names = REPORT_TEXT[lang].csvHeader;
  return `${SUMMARY_CSV_COLUMNS.map((column) => formatCsvTextCell(names[column])).join(',')}\r\n`;
}

/** Writes summary.csv as its items arrive one by one (see createSummaryCsvWriter). */
export interface SummaryCsvWriter {
  /** The next item's line (renderSummaryCsvRow). */
  item(row: string): void;
  /** The document is complete (the header alone when no item came). */
  end(): void;
}

/**
 * A writer for summary.csv whose items arrive one at a time. The header goes out with the first row
 * (or at the end), so a run that fails before its first item (an unknown --item) writes nothing.
 */
export function createSummaryCsvWriter(write: (text: string) => void, lang: Lang = DEFAULT_LANG): SummaryCsvWriter {
  let started = false;
  const start = (): void => {
    if (!started) write(summaryCsvHeader(lang));
    started = true;
  };
  return {
    item(row) {
      start();
      write(row);
    },
    end: start,
  };
}

/** One item's line of summary.csv, CRLF included, for writing a catalogue item by item. */
export function renderSummaryCsvRow(item: ItemAnalysis): string {
  const best = findBestCandidate(item);
  const cells = [
    formatCsvTextCell(item.itemCode),
    formatCsvTextCell(item.itemName),
    formatCsvTextCell(item.department),
    String(item.stepCount),
    days(item, item.criticalPath.durationDays),
    days(item, item.clockDays),
    days(item, item.lawfulDurationDays),
    number(item.legalLimitDays),
    number(item.promisedLimitDays),
    String(item.applicantVisits),
    String(item.findings.length),
    formatCsvTextCell(best?.id ?? ''),
    days(item, best?.durationDays),
    number(computeSavingDays(item)),
    item.dates?.startDate ?? '',
    item.dates?.promisedDue ?? '',
    item.dates?.legalDue ?? '',
    item.dates?.clockEnd ?? '',
    best?.dates?.clockEnd ?? '',
    probability(item.uncertainty?.monteCarlo?.pPromised),
    probability(best?.uncertainty?.monteCarlo?.pPromised),
  ];
  return `${cells.join(',')}\r\n`;
}

/** summary.csv: the registry's entry; `analyze --format csv` streams it item by item. */
export const summaryCsvFormat = {
  fileName: 'summary.csv',
  description: 'one row per item (text; the CLI adds the UTF-8 BOM for Excel)',
  // Excel reads a CSV file as UTF-8 only after this BOM.
  fileStart: '\uFEFF',
  embedsDiagrams: false,
  write: (result, context, write) => writeSummaryCsv(result, write, context.lang ?? DEFAULT_LANG),
  stream: {
    renderItem: (item) => renderSummaryCsvRow(item),
    createWriter(write, options) {
      const csv = createSummaryCsvWriter(write, options?.lang ?? DEFAULT_LANG);
      return { item: (row) => csv.item(row), end: () => csv.end() };
    },
  } satisfies FormatStream<string>,
} satisfies ReportFormat;
