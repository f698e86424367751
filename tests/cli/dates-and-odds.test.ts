// analyze --start-date / --calendar / --samples / --seed end to end: due dates in the JSON, the
// same figures for the same seed whatever --workers, a clear error for dates beyond the calendar.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { procopt } from './run-cli.js';

const MODEL = 'models/environmental-impact-approval.csv';

interface JsonItem {
  dates?: { startDate: string; promisedDue: string | null; legalDue: string | null };
  uncertainty?: { pert: { model: string }; monteCarlo?: { samples: number; seed: number; pPromised: number } };
  candidates: { dates?: unknown; uncertainty?: unknown }[];
}
const items = (stdout: string): JsonItem[] => (JSON.parse(stdout) as { items: JsonItem[] }).items;

describe('analyze with dates and odds', () => {

  it('gives due dates from --start-date and odds labelled with their model', () => {
    const run = procopt(['analyze', MODEL, '--start-date', '2026-09-30', '--samples', '500', '--seed', '3']);
    expect(run.status).toBe(0);
    const [item] = items(run.stdout);
    // 15 and 20 working days after 09-30 across the National Day holiday and the 10-10 调休 Saturday.
    expect(item!.dates).toMatchObject({ startDate: '2026-09-30', promisedDue: '2026-10-27', legalDue: '2026-11-03' });
    expect(item!.uncertainty!.pert.model).toBe('PERT normal approximation on the critical path');
    expect(item!.uncertainty!.monteCarlo).toMatchObject({ samples: 500, seed: 3 });
    for (const c of item!.candidates) expect(c).toHaveProperty('dates');
  });

  it('gives the same figures for the same seed whatever --workers', () => {
    const args = ['analyze', MODEL, 'models/construction-planning-permit.csv', '--samples', '300', '--seed', '9'];
    const alone = procopt([...args, '--workers', '0']);
    const pooled = procopt([...args, '--workers', '2']);
    expect(alone.status).toBe(0);
    expect(pooled.stdout).toBe(alone.stdout);
    expect(procopt([...args.slice(0, -1), '10', '--workers', '0']).stdout).not.toBe(alone.stdout);
  });

  it('refuses a start date beyond the calendar, naming the last covered year and --calendar', () => {
    const run = procopt(['analyze', MODEL, '--start-date', '2027-03-01']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('last covered year 2026');
    expect(run.stderr).toContain('--calendar');
    const bad = procopt(['analyze', MODEL, '--start-date', '2026-02-30']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
    const zh = procopt(['analyze', MODEL, '--start-date', '2027-03-01'], { lang: null });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('procopt: 受理日期（--start-date）2027-03-01 超出工作日历范围（日历涵盖 2020—2026 年，最后涵盖至 2026 年；');
  });

  it('leaves a due date beyond the calendar out with a warning, and counts a year --calendar declares', () => {
    const late = procopt(['analyze', MODEL, '--start-date', '2026-12-21', '--samples', '0']);
    expect(late.status).toBe(0);
    expect(items(late.stdout)[0]!.dates!.legalDue).toBeNull();
    expect(late.stderr).toContain('OUTSIDE_CALENDAR');
    expect(late.stderr).toMatch(/: dates beyond the working-day calendar left out \(.*legalDue \(法定时限\).*\): \d+ working days after 2026-12-21 end after 2026: /);
    const lateZh = procopt(['analyze', MODEL, '--start-date', '2026-12-21', '--samples', '0'], { lang: null });
    expect(lateZh.stderr).toMatch(/警告：超出工作日历范围的日期未予推算（[^）]*法定办结日[^）]*）：自 2026-12-21 起算 \d+ 个工作日，届满日在 2026 年之后：2027-01-01 超出工作日历范围/);
    expect(lateZh.stderr).toContain('(OUTSIDE_CALENDAR)');
    const dir = mkdtempSync(join(tmpdir(), 'procopt-calendar-'));
    const calendar = join(dir, 'calendar.csv');
    // 2027 declared whole with 元旦 (01-01) as its only holiday: 20 working days after 2026-12-21 (Mon).
    writeFileSync(calendar, 'date,kind,note\n2027,covered,declared\n2027-01-01,holiday,元旦\n');
    const covered = procopt(['analyze', MODEL, '--start-date', '2026-12-21', '--calendar', calendar, '--samples', '0']);
    expect(covered.stderr).not.toContain('OUTSIDE_CALENDAR');
    // 12-22..25 (4), 28..31 (8), 01-04..08 (13), 11..15 (18), 18, 19 (20).
    expect(items(covered.stdout)[0]!.dates!.legalDue).toBe('2027-01-19');
  });

  it('reads --calendar once when --log and --start-date both need it: one diagnostic per bad row', () => {
    const bad = 'tests/fixtures/calendar/bad-date.csv';
    const models = ['models/construction-planning-permit.csv', MODEL];
    for (const command of ['analyze', 'report']) {
      const out = command === 'report' ? ['--out', mkdtempSync(join(tmpdir(), 'procopt-calendar-once-'))] : [];
      const run = procopt([command, ...models, '--log', 'models/logs/cases.csv', '--calendar', bad, '--start-date', '2026-09-30', '--samples', '0', ...out]);
      expect(run.status, run.stderr).toBeLessThan(2);
      // bad-date.csv line 3 (2026-02-30) is not a date: said once, not once per reader.
      expect(run.stderr.split('\n').filter((line) => line.includes('bad-date.csv:3:'))).toHaveLength(1);
    }
  });
});
