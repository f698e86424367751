// The report's lines on an item's dates (--start-date) and odds (three-point estimates): plain text,
// one sentence each, for the Markdown item section (the caller escapes it), in the report's language.
// Each probability names its model, as every output must: PERT and Monte Carlo disagree by design.

import type { Candidate, ItemAnalysis, Lang, Uncertainty } from '../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT } from '../i18n/index.js';
import { candidateName, findBestCandidate } from './figures.js';

const percent = (p: number | null | undefined): string => (p === null || p === undefined ? '—' : `${(p * 100).toFixed(2)}%`);

/** The item's dates and odds lines in `lang` (none without dates or estimates). */
export function datesAndOddsLines(item: ItemAnalysis, lang: Lang = DEFAULT_LANG): string[] {
  const t = REPORT_TEXT[lang];
  const best = findBestCandidate(item);
  const lines: string[] = [];
  const dates = item.dates;
  if (dates !== undefined) {
    const bestEnd = best?.dates?.clockEnd;
    lines.push(
      t.datesLine({
        start: dates.startDate,
        promisedDue: dates.promisedDue ?? '—',
        legalDue: dates.legalDue ?? '—',
        clockEnd: dates.clockEnd ?? '—',
        best: best !== undefined && bestEnd !== undefined ? { name: candidateName(best.id, lang), clockEnd: bestEnd ?? '—' } : null,
      }),
    );
  }
  if (item.uncertainty !== undefined) lines.push(oddsLine(item.uncertainty, best, lang));
  return lines;
}

function oddsLine(before: Uncertainty, best: Candidate | undefined, lang: Lang): string {
  const after = best?.uncertainty;
  const pair = (b: number | null | undefined, a: number | null | undefined): string => (after === undefined ? percent(b) : `${percent(b)} → ${percent(a)}`);
  return REPORT_TEXT[lang].oddsLine({
    best: best !== undefined && after !== undefined ? candidateName(best.id, lang) : null,
    monteCarlo: before.monteCarlo === undefined ? null : pair(before.monteCarlo.pPromised, after?.monteCarlo?.pPromised),
    pert: pair(before.pert.pPromised, after?.pert.pPromised),
  });
}
