// The case-log files of a report folder (report --log): conformance.json (case-log.md),
// conformance.md, conformance.html and each item's two charts under diagrams/.

import { join } from 'node:path';
import type { ConformanceResult } from '../domain/index.js';
import {
  observedChartFileNames,
  renderConformanceHtml,
  renderConformanceJson,
  renderConformanceMarkdown,
  renderLeadTimeSvg,
  renderObservedStepsSvg,
  safeFileName,
} from '../report/index.js';
import { makeFolder, writeOutputFile } from './write-files.js';

/** Where an item's charts are in the folder, relative to its top. */
export function caseLogChartHref(itemCode: string): { steps: string; leadTime: string } {
  const names = observedChartFileNames(safeFileName(itemCode));
  return { steps: `diagrams/${names.steps}`, leadTime: `diagrams/${names.leadTime}` };
}

/** Writes the case-log files into the report folder `out`. */
export function writeCaseLogReport(conformance: ConformanceResult, out: string): void {
  makeFolder(join(out, 'diagrams'));
  writeOutputFile(join(out, 'conformance.json'), renderConformanceJson(conformance));
  writeOutputFile(join(out, 'conformance.md'), `${renderConformanceMarkdown(conformance, { level: 1, chartHref: caseLogChartHref }).replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
  writeOutputFile(join(out, 'conformance.html'), renderConformanceHtml(conformance));
  for (const item of conformance.items) {
    const href = caseLogChartHref(item.itemCode);
    writeOutputFile(join(out, href.steps), renderObservedStepsSvg(item));
    writeOutputFile(join(out, href.leadTime), renderLeadTimeSvg(item));
  }
}
