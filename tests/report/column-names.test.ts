// The report's tables of problems name a diagnostic's column as the terminal does: its Chinese header
// in zh-CN (办理时限), its contract name in English (duration_days).
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/import/columns.js';
import { LOG_COLUMNS } from '../../src/import/case-log-columns.js';
import { columnName } from '../../src/i18n/index.js';
import { renderHtml, renderMarkdown } from '../../src/report/index.js';
import { sampleResult } from './sample-result.js';

describe('column names in diagnostics', () => {
  it('every contract column is named by its first Chinese alias in zh-CN and by itself in English', () => {
    for (const c of [...COLUMNS, ...LOG_COLUMNS]) {
      expect(columnName(c.name, 'zh-CN')).toBe(c.aliases.find((a) => /\p{Script=Han}/u.test(a)));
      expect(columnName(c.name, 'en')).toBe(c.name);
    }
    expect(columnName('concept:name', 'zh-CN')).toBe('concept:name');
    expect(columnName('toString', 'zh-CN')).toBe('toString');
  });

  it('report.md and index.html show 办理时限 in zh-CN and duration_days in English', () => {
    const problemRow = (text: string): string => text.split('\n').find((line) => line.includes('window-03.csv'))!;
    expect(problemRow(renderMarkdown(sampleResult(), { lang: 'zh-CN' }))).toContain('| 办理时限 |');
    expect(problemRow(renderMarkdown(sampleResult(), { lang: 'en' }))).toContain('| duration\\_days |');
    const html = (lang: 'zh-CN' | 'en'): string => renderHtml(sampleResult(), new Map(), { lang });
    expect(html('zh-CN')).toMatch(/<td>window-03\.csv<\/td>.*?<td>办理时限<\/td>/s);
    expect(html('en')).toMatch(/<td>window-03\.csv<\/td>.*?<td>duration_days<\/td>/s);
  });
});
