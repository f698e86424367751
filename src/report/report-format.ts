// The shape of one report format: a self-describing module (its file in a report folder, what it
// is, how it writes a whole result, and — for the formats `analyze --format` offers — how it writes
// a catalogue item by item). The registry in formats.ts lists them; the CLI and the tests read it.

import type { AnalysisResult, ConformanceResult, ItemAnalysis, Lang } from '../domain/index.js';
import type { DiagramVariant, ItemDiagrams } from './diagrams/index.js';

/** What a format may need besides the result. */
export interface ReportContext {
  /** The language of everything the format words for people (--lang); default the result's own `lang`. */
  lang?: Lang;
  /** Item code → rendered diagrams, embedded by html (items without an entry get a note). */
  diagrams?: ReadonlyMap<string, ItemDiagrams>;
  /** Include every item's and candidate's full steps in json (the report folder's analysis.json does). */
  includeSteps?: boolean;
  /** Indent every item of the json fully (default: one item per line). */
  pretty?: boolean;
  /** Link target of a diagram file, for md. */
  diagramHref?: (itemCode: string, variant: DiagramVariant) => string;
  /** Link target of an item's BPMN 2.0 file (the report folder's bpmn/), for md and html; none: no links. */
  bpmnHref?: (itemCode: string, variant: 'original' | 'best') => string;
  /** Items per HTML page beyond which html puts the items on pages of their own (see htmlPages); 0: one page. */
  pageSize?: number;
  /** A case log's conformance (report --log): a section of md and html. */
  conformance?: ConformanceResult;
  /** Link target of an item's case-log charts, for md. */
  conformanceChartHref?: (itemCode: string) => { steps: string; leadTime: string };
}

/** One report format. */
export interface ReportFormat {
  /** Its file in a report folder. */
  readonly fileName: string;
  /** One line for help texts and the README. */
  readonly description: string;
  /** What a file of the format starts with (summary.csv: the UTF-8 BOM Excel needs); standard output gets none. */
  readonly fileStart: string;
  /** Whether it embeds the diagrams (ReportContext.diagrams): a report folder writes it once they are drawn. */
  readonly embedsDiagrams: boolean;
  /** Writes the whole result through `write`, in pieces: no format needs its whole text as one string. */
  write(result: AnalysisResult, context: ReportContext, write: (text: string) => void): void;
  /** Item by item, for `analyze --format`; absent where the document needs more than the items (html). */
  readonly stream?: FormatStream;
}

/** The options of a streamed item (JSON's, and the language every format words its item in). */
export interface StreamOptions {
  includeSteps: boolean;
  pretty: boolean;
  /** The language of the text (default zh-CN). */
  lang?: Lang;
}

/** What a streamed document's writer needs to know besides its pieces. */
export interface WriterOptions {
  /** The language of the text around the items (default zh-CN). */
  lang?: Lang;
}

/**
 * A format written as a catalogue's items arrive: each item is rendered where it is analysed (a
 * worker thread, maybe) into a piece of plain data, and the format's own writer puts the pieces in
 * order into the document. The pieces joined equal `write` on the whole result.
 */
export interface FormatStream<Piece = unknown> {
  renderItem(item: ItemAnalysis, options: StreamOptions): Piece;
  createWriter(write: (piece: string | Uint8Array) => void, options?: WriterOptions): StreamWriter<Piece>;
}

/** What a streamed document shows after its items, known once every item is in. */
export interface DocumentEnd {
  summary: AnalysisResult['summary'];
  errors: AnalysisResult['errors'];
  warnings: AnalysisResult['warnings'];
}

/** Takes a streamed format's pieces in item order; nothing need be written before `end`. */
export interface StreamWriter<Piece = unknown> {
  item(piece: Piece): void;
  end(parts: DocumentEnd): void;
}
