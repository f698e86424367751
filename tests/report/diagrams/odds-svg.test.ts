// The odds chart and the catalogue's odds column, on the bundled example with three-point estimates
// (models/environmental-impact-approval.csv) and on one without.

import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { addDatesAndOdds, analyzeProcedure } from '../../../src/analyze/index.js';
import type { AnalysisResult, ItemAnalysis } from '../../../src/domain/index.js';
import { importFiles } from '../../../src/import/index.js';
import { findBestCandidate, renderHtml, renderOddsSvg } from '../../../src/report/index.js';

function analysed(path: string): ItemAnalysis[] {
  const imported = importFiles([{ file: path, bytes: new Uint8Array(readFileSync(path)) }]);
  return imported.procedures.map((p) => addDatesAndOdds(analyzeProcedure(p, { lang: 'zh-CN' }), { samples: 2000, seed: 1 }).item);
}

/** Every attribute value of a well-formed XML document (throws otherwise). */
function attributes(xml: string): string[] {
  const values: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw new Error(e.message);
  });
  parser.on('opentag', (tag) => {
    for (const a of Object.values(tag.attributes)) values.push(typeof a === 'string' ? a : a.value);
  });
  parser.write(xml).close();
  return values;
}

const percent = (p: number): string => `${(Math.round(p * 1000) / 10).toFixed(1)}%`;

describe('the odds chart', () => {
  const [item] = analysed('models/environmental-impact-approval.csv');

  it('draws the clock-time curve as written and with the best plan, and the limit lines, as well-formed SVG', () => {
    expect(item!.uncertainty?.monteCarlo).toBeDefined();
    expect(findBestCandidate(item!)?.uncertainty?.monteCarlo).toBeDefined();
    const svg = renderOddsSvg(item!)!;
    const values = attributes(svg);
    expect(values.join(' ')).not.toMatch(/NaN|Infinity/);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    // 21 points each: the CDF at the levels 0, 0.05, …, 1.
    expect(svg.match(/points="([^"]*)"/)![1]!.split(' ')).toHaveLength(21);
    expect(svg).toContain(`承诺时限 ${item!.promisedLimitDays}`);
    expect(svg).toContain('现状');
    expect(svg).toContain('最优方案');
    expect(renderOddsSvg(item!, 'en')).toContain('best plan');
  });

  it('is absent for an item without three-point estimates', () => {
    for (const other of analysed('models/construction-planning-permit.csv')) expect(renderOddsSvg(other)).toBeNull();
  });

  it('index.html shows the chance of finishing within 承诺时限 before → after in the sortable ranking, and embeds the chart', () => {
    const items = [item!, ...analysed('models/construction-planning-permit.csv')];
    const result: AnalysisResult = {
      schemaVersion: 1,
      lang: 'zh-CN',
      items,
      summary: { items: items.length, steps: 0, itemsWithFindings: 0, durationDaysBefore: 0, durationDaysAfter: 0 },
      errors: [],
      warnings: [],
    };
    const html = renderHtml(result, new Map());
    expect(html).toContain('按承诺办结概率：现状 → 方案（蒙特卡洛）');
    const before = item!.uncertainty!.monteCarlo!.pPromised!;
    const after = findBestCandidate(item!)!.uncertainty!.monteCarlo!.pPromised!;
    expect(html).toContain(`${percent(before)} → ${percent(after)}`);
    expect(html).toContain('data-variant="odds"');
    expect(html.match(/data-variant="odds"/g)).toHaveLength(1);
  });
});
