// The registry of report formats, one self-describing module per format (report-format.ts says
// what a module holds). `report` writes every format into its folder, `analyze --format` offers the
// ones that stream, and the meta test keeps README and tests in step — all from this one list.

import type { AnalysisResult } from '../domain/index.js';
import { summaryCsvFormat } from './csv.js';
import { htmlFormat } from './html.js';
import { jsonFormat } from './json.js';
import { markdownFormat } from './markdown.js';
import type { FormatStream, ReportContext, ReportFormat } from './report-format.js';

/** Every report format, in the order a report folder lists them. */
export const reportFormats = {
  json: jsonFormat,
  md: markdownFormat,
  csv: summaryCsvFormat,
  html: htmlFormat,
} as const satisfies Record<string, ReportFormat>;

export type ReportFormatName = keyof typeof reportFormats;

/** The formats that stream item by item (`analyze --format`). */
export type StreamFormatName = {
  [K in ReportFormatName]: (typeof reportFormats)[K] extends { stream: FormatStream } ? K : never;
}[ReportFormatName];

function streams(name: ReportFormatName): name is StreamFormatName {
  return 'stream' in reportFormats[name];
}

/** The streaming formats' names, in the registry's order. */
export const STREAM_FORMATS: readonly StreamFormatName[] = (Object.keys(reportFormats) as ReportFormatName[]).filter(streams);

/** One format's whole document as one string (the pieces its `write` gives, joined). */
export function renderReport(name: ReportFormatName, result: AnalysisResult, context: ReportContext = {}): string {
  const pieces: string[] = [];
  reportFormats[name].write(result, context, (text) => pieces.push(text));
  return pieces.join('');
}
