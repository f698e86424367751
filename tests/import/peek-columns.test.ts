// namesThreePointColumns: the CLI's look at a file's header (whether Monte Carlo will run) before
// choosing its workers, across encodings, header languages, title rows and workbooks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeText, namesThreePointColumns } from '../../src/import/index.js';

const file = (text: string, encoding: 'utf-8' | 'gbk' | 'utf-16le' = 'utf-8', bom = false) => ({ file: 'window.csv', bytes: encodeText(text, encoding, bom) });
const ROW = 'X-001,事项,S1,受理,窗口,受理,1,工作日\n';

describe('namesThreePointColumns', () => {
  it('finds duration_min/duration_max by their English and Chinese names, in any supported encoding', () => {
    const en = `item_code,item_name,step_id,step_name,department,role,duration_days,duration_unit,duration_min,duration_max\n${ROW}`;
    const zh = `事项编码,事项名称,环节编号,环节名称,承办部门,环节类型,办理时限,时限单位,最长时限\n${ROW}`;
    expect(namesThreePointColumns(file(en))).toBe(true);
    expect(namesThreePointColumns(file(zh, 'gbk'), 'auto')).toBe(true);
    expect(namesThreePointColumns(file(zh, 'gbk'), 'gbk')).toBe(true);
    expect(namesThreePointColumns(file(zh, 'utf-16le', true))).toBe(true);
    // A unit in brackets, a semicolon-separated sheet.
    expect(namesThreePointColumns(file(`事项编码;环节编号;最短时限（工作日）\n${ROW}`))).toBe(true);
  });

  it('looks past title rows above the header, never into the data', () => {
    const titled = `食品经营许可办理流程表\n\n"备注：本表"\nitem_code,step_id,duration_min,duration_max\n${ROW}`;
    expect(namesThreePointColumns(file(titled))).toBe(true);
    // A cell of a data row that happens to read 最短时限 is not a header.
    const data = `item_code,step_id,step_name\nX-001,S1,最短时限\n`;
    expect(namesThreePointColumns(file(data))).toBe(false);
  });

  it('says no for a file without the columns, an empty file and a workbook', () => {
    expect(namesThreePointColumns(file(`item_code,step_id,duration_days\n${ROW}`))).toBe(false);
    expect(namesThreePointColumns(file(''))).toBe(false);
    expect(namesThreePointColumns({ file: 'a.xlsx', bytes: readFileSync('models/environmental-impact-approval.xlsx') })).toBe(false);
  });

  it('says yes for the bundled example with three-point estimates', () => {
    const withEstimates = ['models/construction-planning-permit.csv', 'models/environmental-impact-approval.csv', 'models/food-business-license.csv', 'models/joint-drawing-review.csv'].filter((path) =>
      namesThreePointColumns({ file: path, bytes: readFileSync(path) }),
    );
    expect(withEstimates.length).toBeGreaterThan(0);
    for (const path of withEstimates) expect(readFileSync(path, 'utf8').split('\n', 1)[0]).toMatch(/最短时限|duration_min/);
  });
});
