// The report's lines on an item's dates (--start-date) and odds (three-point estimates): plain text,
// one sentence each, for the Markdown item section (the caller escapes it). Each probability names
// its model, as every output must: PERT and Monte Carlo disagree by design.

import type { Candidate, ItemAnalysis, Uncertainty } from '../domain/index.js';
import { findBestCandidate } from './figures.js';

const percent = (p: number | null | undefined): string => (p === null || p === undefined ? '—' : `${(p * 100).toFixed(2)}%`);

/** The item's dates and odds lines (none without dates or estimates). */
export function datesAndOddsLines(item: ItemAnalysis): string[] {
  const best = findBestCandidate(item);
  const lines: string[] = [];
  const dates = item.dates;
  if (dates !== undefined) {
    const bestEnd = best?.dates?.clockEnd;
    lines.push(
      `受理后日期 dates: 受理 ${dates.startDate}，承诺时限至 ${dates.promisedDue ?? '—'}，法定时限至 ${dates.legalDue ?? '—'}，` +
        `计时止于 ${dates.clockEnd ?? '—'}` +
        (best !== undefined && bestEnd !== undefined ? `（最优方案 ${best.id} ${bestEnd ?? '—'}）` : ''),
    );
  }
  if (item.uncertainty !== undefined) lines.push(oddsLine(item.uncertainty, best));
  return lines;
}

function oddsLine(before: Uncertainty, best: Candidate | undefined): string {
  const after = best?.uncertainty;
  const pair = (b: number | null | undefined, a: number | null | undefined): string => (after === undefined ? percent(b) : `${percent(b)} → ${percent(a)}`);
  const mc = before.monteCarlo === undefined ? '' : `蒙特卡洛 Monte Carlo ${pair(before.monteCarlo.pPromised, after?.monteCarlo?.pPromised)}，`;
  const target = best !== undefined && after !== undefined ? `（现状 → 最优方案 ${best.id}）` : '';
  return `按承诺办结概率 P(按承诺办结)${target}: ${mc}PERT ${pair(before.pert.pPromised, after?.pert.pPromised)}`;
}
