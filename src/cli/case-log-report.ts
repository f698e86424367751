// The case-log files of a report folder (report --log): conformance.json (case-log.md),
// conformance.md, conformance.html and each item's two charts under diagrams/.

import { mkdirSync, writeFileSync } from 'node:fs';
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

/** Where an item's charts are in the folder, relative to its top. */
export function caseLogChartHref(itemCode: string): { steps: string; leadTime: string } {
  const names = observedChartFileNames(safeFileName(itemCode));
  return { steps: `diagrams/${names.steps}`, leadTime: `diagrams/${names.leadTime}` };
}

/** Writes the case-log files into the report folder `out`. */
export function writeCaseLogReport(conformance: ConformanceResult, out: string): void {
  mkdirSync(join(out, 'diagrams'), { recursive: true });
  writeFileSync(join(out, 'conformance.json'), renderConformanceJson(conformance));
  writeFileSync(join(out, 'conformance.md'), `${renderConformanceMarkdown(conformance, { level: 1, chartHref: caseLogChartHref }).replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
  writeFileSync(join(out, 'conformance.html'), renderConformanceHtml(conformance));
  for (const item of conformance.items) {
    const href = caseLogChartHref(item.itemCode);
    writeFileSync(join(out, href.steps), renderObservedStepsSvg(item));
    writeFileSync(join(out, href.leadTime), renderLeadTimeSvg(item));
  }
}
