// The benchmark's pathological items: each CSV follows the contract (one item, no error) with the
// stated structure, and the bench reads the machine check's outcome from validate's and model's output.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/index.js';
import { buildStepGraph } from '../../src/model/index.js';
import { analyzeOutcome, checkOutcome, diagramOutcome, PATHOLOGICAL_ITEMS, renderPathologicalCsv } from '../../scripts/bench/pathological.js';

describe('pathological items', () => {
  it.each(PATHOLOGICAL_ITEMS.map((item) => [item.name, item] as const))('%s imports as one item with the stated structure', (name, item) => {
    const csv = renderPathologicalCsv(item);
    const { procedures, diagnostics, leftOut } = importFiles([{ file: `${name}.csv`, bytes: new TextEncoder().encode(csv) }]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(leftOut).toEqual([]);
    expect(procedures).toHaveLength(1);
    const graph = buildStepGraph(procedures[0]!);
    const rows = item.rows();
    expect(graph.n).toBe(rows.length);
    expect(graph.declared.succ.length).toBe(rows.reduce((sum, row) => sum + row.preds.length, 0));
    expect(graph.order).not.toBeNull();
  });

  it('sizes as named: chain 5000, fan 2000 (1998 in parallel), dense 300 with 44,850 links, 499 rework loops', () => {
    const byName = Object.fromEntries(PATHOLOGICAL_ITEMS.map((item) => [item.name, item.rows()]));
    expect(byName['chain-5000']).toHaveLength(5000);
    expect(byName['fan-2000']!.at(-1)!.preds).toHaveLength(1998);
    expect(byName['dense-300']!.reduce((sum, row) => sum + row.preds.length, 0)).toBe(44_850);
    expect(byName['rework-500']!.filter((row) => row.returnTo !== undefined)).toHaveLength(499);
    expect(byName['handover-2000']!.filter((row) => row.role === '流转')).toHaveLength(1998);
    expect(new Set(byName['chain-5000']!.map((row) => row.department)).size).toBe(1);
    expect(byName['visits-500']!.filter((row) => row.visit === true && row.role === '现场核查')).toHaveLength(498);
    expect(byName['independent-20000']!.every((row) => row.preds.length === 0)).toBe(true);
    expect(byName['ladder-120']!.reduce((sum, row) => sum + row.preds.length, 0)).toBe(354);
    expect(byName['ladder-400']!.reduce((sum, row) => sum + row.preds.length, 0)).toBe(1194);
  });

  it('reads what analyze and diagram answered from their output', () => {
    const item = (notes: string[]) => JSON.stringify({ items: [{ findings: [1, 2], candidates: [1], notes }] });
    expect(analyzeOutcome(item([]))).toBe('2 findings, 1 candidates');
    expect(
      analyzeOutcome(item(['4998 mergeable findings were found: only the first 500 …', 'More than 500 duplicate-check findings were found: only …'])),
    ).toBe('2 findings, 1 candidates; cut to 500: mergeable (4998), duplicate-check (>500)');
    expect(analyzeOutcome(JSON.stringify({ items: [], errors: [{ code: 'ITEM_TIME_LIMIT', message: '…' }] }))).toBe('left out: ITEM_TIME_LIMIT');
    expect(diagramOutcome('<svg><text>Not drawn: 300 steps …</text></svg>')).toBe('not drawn (a note in its place)');
    expect(diagramOutcome('<svg><text>Simplified layout for 400 steps and 1194 links.</text></svg>')).toBe('simple layout');
    expect(diagramOutcome('<svg><text>本图未绘制：共 300 个环节、44850 条前置关系，超出可绘制的范围</text></svg>')).toBe('not drawn (a note in its place)');
    expect(diagramOutcome('<svg><text>环节较多（400 个环节、1194 条前置关系），采用简化布局。</text></svg>')).toBe('simple layout');
    expect(diagramOutcome('<svg><rect/></svg>')).toBe('ELK layout');
  });

  it('reads the machine check outcome from validate and model output', () => {
    expect(checkOutcome('validate', '1 item ok, 0 left out, 0 errors, 0 warnings\n')).toBe('ok');
    expect(checkOutcome('validate', '1 item ok, 0 left out, 0 errors, 0 warnings, 1 not exhaustively checked, 0 not checked (too large), 0 failed machine checks\n')).toBe(
      'not exhaustively checked',
    );
    expect(checkOutcome('validate', '1 item ok, 0 left out, 0 errors, 0 warnings, 0 not exhaustively checked, 1 not checked (too large), 0 failed machine checks\n')).toBe(
      'not checked (size limit)',
    );
    expect(checkOutcome('model', 'wrote x.machine.json (300 steps)\nmachine check: ok (302 states explored)\n')).toBe('ok (302 states explored)');
  });
});
