// A candidate as the procedure CSV it stands for (`--emit-candidates`, the report's candidates/):
// the redesigned steps under the item's code, name and limits, in a file named for both.

import type { Candidate, ItemAnalysis } from '../domain/index.js';
import { formatProcedureCsv } from '../import/index.js';
import { safeFileName } from '../report/index.js';

/** The candidate's procedure CSV (text, no BOM) and its file name `<item>.<candidate>.csv`. */
export function renderCandidateCsv(item: ItemAnalysis, candidate: Candidate): { fileName: string; text: string } {
  const text = formatProcedureCsv([
    {
      itemCode: item.itemCode,
      itemName: item.itemName,
      legalLimitDays: item.legalLimitDays,
      promisedLimitDays: item.promisedLimitDays,
      steps: candidate.steps,
      source: { file: '', line: 0 },
    },
  ]);
  return { fileName: `${safeFileName(item.itemCode)}.${safeFileName(candidate.id)}.csv`, text };
}
