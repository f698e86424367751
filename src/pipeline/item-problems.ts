// What the analysis adds to the input's problems: each item's located warnings (DATA_AGAINST_ORDER)
// and the items over the per-item time budget (ITEM_TIME_LIMIT, left out), merged into the import's
// lists in one order — by file as given, then line, the import's own problems first on a line — so a
// run gives the same lists whether items were analysed here or in worker threads.

import type { Diagnostic, ItemAnalysis, ItemTimeLimitError, LeftOutItem, Procedure } from '../domain/index.js';

/** The problems one item's analysis adds. */
export interface ItemProblems {
  diagnostics: Diagnostic[];
  /** Set when the item is left out (over the time budget). */
  leftOut: LeftOutItem | null;
}

/** The located warnings of an analysed item, with its file and code. */
export function warningsOf(procedure: Procedure, analysis: ItemAnalysis): ItemProblems {
  return {
    diagnostics: analysis.warnings.map((w) => ({
      severity: 'warning',
      code: w.code,
      file: procedure.source.file,
      line: w.line,
      column: w.column,
      itemCode: procedure.itemCode,
      message: `item ${procedure.itemCode}: ${w.message}`,
    })),
    leftOut: null,
  };
}

/** An item over the per-item time budget: an error at its first row, and the item left out. */
export function timeLimitOf(procedure: Procedure, error: ItemTimeLimitError): ItemProblems {
  const { file, line } = procedure.source;
  const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;
  return {
    diagnostics: [
      {
        severity: 'error',
        code: 'ITEM_TIME_LIMIT',
        file,
        line,
        itemCode: procedure.itemCode,
        message:
          `item ${procedure.itemCode}: its analysis ran over the per-item time limit of ${seconds(error.limitMs)} ` +
          `(stopped after ${seconds(error.elapsedMs)}, in ${error.stage}); the item is left out and the run goes on (--item-time-limit sets the limit)`,
      },
    ],
    leftOut: { itemCode: procedure.itemCode, file, line },
  };
}

/** The import's diagnostics and left-out items with the analysis's added, in the order described above. */
export function mergeProblems(
  imported: { diagnostics: readonly Diagnostic[]; leftOut: readonly LeftOutItem[] },
  added: readonly ItemProblems[],
  files: readonly { file: string }[],
): { diagnostics: Diagnostic[]; leftOut: LeftOutItem[] } {
  const order = new Map<string, number>();
  for (const f of files) if (!order.has(f.file)) order.set(f.file, order.size);
  const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }): number =>
    (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line;
  // Array.prototype.sort is stable: the import's order stands within a line, and the analysis's follows it.
  return {
    diagnostics: [...imported.diagnostics, ...added.flatMap((p) => p.diagnostics)].sort(byPlace),
    leftOut: [...imported.leftOut, ...added.flatMap((p) => (p.leftOut === null ? [] : [p.leftOut]))].sort(byPlace),
  };
}
