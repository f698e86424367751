// The three-point columns (duration_min 最短时限, duration_max 最长时限): read in the step's unit with
// the duration words, both or neither, min ≤ most likely ≤ max; every bad row located.

import { describe, expect, it } from 'vitest';
import { formatDiagnostic, importFiles } from '../../src/import/index.js';
import { textFile } from './fixtures.js';

const HEAD = 'item_code,item_name,step_id,step_name,department,role,duration_days,duration_unit,duration_min,duration_max,predecessors';

function read(rows: string[], head = HEAD) {
  return importFiles([textFile('t.csv', [head, ...rows].join('\n'))], { lang: 'en' });
}

describe('three-point estimates', () => {
  it('reads min and max in the row unit, with the duration words, converted to working days', () => {
    const result = read([
      'X-1,许可,S1,受理,窗口,受理,1,,0.5,2,',
      'X-1,许可,S2,审查,科室,审查,16,小时,8,4个工作日,S1',
      'X-1,许可,S3,公示,科室,公示,7,自然日,7,14,S2',
      'X-1,许可,S4,审批,科室,审批,1,,,,S3',
    ]);
    expect(result.diagnostics).toEqual([]);
    const steps = result.procedures[0]!.steps;
    expect(steps.map((s) => [s.id, s.durationMin, s.durationDays, s.durationMax])).toEqual([
      ['S1', 0.5, 1, 2],
      ['S2', 1, 2, 4],
      ['S3', 5, 5, 10],
      ['S4', undefined, 1, undefined],
    ]);
    expect(steps[3]!.durationMin).toBeUndefined();
    expect(steps[3]!.durationMax).toBeUndefined();
  });

  it('takes a unit named in the min or max header, and the Chinese names', () => {
    const result = read(['X-1,许可,S1,审查,科室,审查,0.5,2,8,'], 'item_code,item_name,step_id,step_name,department,role,办理时限,最短时限（小时）,最长时限（小时）,predecessors');
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.steps[0]).toMatchObject({ durationMin: 0.25, durationDays: 0.5, durationMax: 1 });
  });

  it('min = most likely = max is a certain time, kept as given', () => {
    const result = read(['X-1,许可,S1,审查,科室,审查,3,,3,3,']);
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.steps[0]).toMatchObject({ durationMin: 3, durationDays: 3, durationMax: 3 });
  });

  it('locates every bad three-point row and leaves out its item only', () => {
    const result = read([
      'X-1,许可,S1,受理,窗口,受理,2,,3,5,',
      'X-2,许可,S1,受理,窗口,受理,6,,3,5,',
      'X-3,许可,S1,受理,窗口,受理,,,3,5,',
      'X-4,许可,S1,受理,窗口,受理,1,,-1,5,',
      'X-5,许可,S1,受理,窗口,受理,1,,每年,5,',
      'X-6,许可,S1,受理,窗口,受理,1,,,5,',
      'X-7,许可,S1,受理,窗口,受理,1,,0.5,1.5,',
    ]);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.line, d.column, d.itemCode])).toEqual([
      ['BAD_THREE_POINT', 2, 'duration_min', 'X-1'],
      ['BAD_THREE_POINT', 3, 'duration_max', 'X-2'],
      ['BAD_THREE_POINT', 4, 'duration_days', 'X-3'],
      ['BAD_DURATION', 5, 'duration_min', 'X-4'],
      ['BAD_THREE_POINT', 6, 'duration_min', 'X-5'],
      ['INCOMPLETE_THREE_POINT', 7, 'duration_max', 'X-6'],
    ]);
    expect(result.procedures.map((p) => p.itemCode)).toEqual(['X-7']);
    expect(errors.map((d) => formatDiagnostic(d, 'en'))).toEqual([
      't.csv:2: duration_min: item X-1, step S1: shortest time (最短时限) 3 working days (工作日) exceeds the most likely time 2 working days (工作日) (办理时限); a three-point estimate needs min ≤ most likely ≤ max (BAD_THREE_POINT)',
      't.csv:3: duration_max: item X-2, step S1: longest time (最长时限) 5 working days (工作日) is below the most likely time 6 working days (工作日) (办理时限); a three-point estimate needs min ≤ most likely ≤ max (BAD_THREE_POINT)',
      't.csv:4: duration_days: item X-3, step S1: a three-point estimate needs the most likely time in duration (办理时限), which is empty (BAD_THREE_POINT)',
      't.csv:5: duration_min: item X-4, step S1: shortest time (最短时限) must be ≥ 0 working days (工作日), got "-1" (BAD_DURATION)',
      't.csv:6: duration_min: item X-5, step S1: shortest time (最短时限) "每年" is not a duration procopt can read (a number of 工作日, 自然日 or 小时, 天, a range, 不少于 …, … 内, 即办 …) (BAD_THREE_POINT)',
      't.csv:7: duration_max: item X-6, step S1: longest time (最长时限) is given but shortest time (最短时限) is empty: a three-point estimate needs both (or neither, for a certain time) (INCOMPLETE_THREE_POINT)',
    ]);
  });
});
