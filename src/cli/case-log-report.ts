// The case-log files of a report folder (report --log): conformance.json (case-log.md),
// conformance.md, conformance.html and each item's two charts under diagrams/.

import type { ConformanceResult } from '../domain/index.js';
import type { Lang } from '../i18n/index.js';
import {
  observedChartFileNames,
  renderConformanceHtml,
  renderConformanceJson,
  renderConformanceMarkdown,
  renderLeadTimeSvg,
  renderObservedStepsSvg,
  safeFileName,
} from '../report/index.js';
import type { ReportFiles } from './report-files.js';

/** Where an item's charts are in the folder, relative to its top. */
export function caseLogChartHref(itemCode: string): { steps: string; leadTime: string } {
  const names = observedChartFileNames(safeFileName(itemCode));
  return { steps: `diagrams/${names.steps}`, leadTime: `diagrams/${names.leadTime}` };
}

/** Writes the case-log files into the report folder, in `lang`. */
export function writeCaseLogReport(conformance: ConformanceResult, folder: ReportFiles, lang: Lang): void {
  folder.write('conformance.json', renderConformanceJson(conformance));
  folder.write('conformance.md', `${renderConformanceMarkdown(conformance, { level: 1, chartHref: caseLogChartHref, lang }).replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
  folder.write('conformance.html', renderConformanceHtml(conformance, lang));
  for (const item of conformance.items) {
    const href = caseLogChartHref(item.itemCode);
    folder.write(href.steps, renderObservedStepsSvg(item, lang));
    folder.write(href.leadTime, renderLeadTimeSvg(item, lang));
  }
}
