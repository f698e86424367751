// Procedure layout (elkjs, two passes into department lanes): geometry invariants on named
// procedures and on random DAGs with CJK/Latin names.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Step } from '../../../src/domain/index.js';
import { BOX_PADDING, estimateTextWidth, layoutProcedure, type ProcedureLayout } from '../../../src/report/index.js';
import { THREE_DEPARTMENTS, chain, diamond, threeDepartmentParallel } from './named-procedures.js';
import { makeStep } from '../../support/procedures.js';

const EPS = 0.5;

/** Checks every geometric promise of a layout against its steps; returns nothing, throws on failure. */
function checkLayout(steps: readonly Step[], layout: ProcedureLayout): void {
  expect(layout.steps.map((s) => s.stepId)).toEqual(steps.map((s) => s.id));
  const declared = steps.flatMap((s) => [...new Set(s.predecessors)].filter((p) => p !== s.id && steps.some((t) => t.id === p)).map((p) => `${p}->${s.id}`));
  expect(declaredLinks(layout).sort()).toEqual(declared.sort());
  // One start and one end event.
  expect(layout.connectors.filter((c) => c.kind === 'start')).toHaveLength(1);
  expect(layout.connectors.filter((c) => c.kind === 'end')).toHaveLength(1);

  // No two shapes (step boxes, gateways, events) overlap.
  const shapes = [...layout.steps.map((s) => ({ name: s.stepId, ...s })), ...layout.connectors.map((c) => ({ name: c.id, ...c }))];
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const a = shapes[i]!;
      const b = shapes[j]!;
      const apart = a.x + a.width <= b.x + EPS || b.x + b.width <= a.x + EPS || a.y + a.height <= b.y + EPS || b.y + b.height <= a.y + EPS;
      expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
    }
  }
  // Every label line fits inside its box, and no text was dropped.
  steps.forEach((step, i) => {
    const box = layout.steps[i]!;
    for (const line of box.lines) {
      expect(estimateTextWidth(line.text, line.fontSize)).toBeLessThanOrEqual(box.width - 2 * BOX_PADDING.x + EPS);
      expect(line.baseline - line.fontSize).toBeGreaterThanOrEqual(box.y + BOX_PADDING.y - EPS);
      expect(line.baseline + 0.3 * line.fontSize).toBeLessThanOrEqual(box.y + box.height - BOX_PADDING.y + EPS);
    }
    const nameText = box.lines.filter((l) => l.bold).map((l) => l.text).join('');
    // eslint-disable-next-line no-control-regex
    expect(nameText.replace(/\s/g, '')).toBe(step.name.replace(/[\s\u0000-\u001f]/g, ''));
  });
  // Lanes: one per department in order of first appearance, stacked without gaps, each holding its shapes.
  expect(layout.lanes.map((l) => l.department)).toEqual([...new Set(steps.map((s) => s.department))]);
  layout.lanes.forEach((lane, k) => {
    if (k > 0) expect(lane.y).toBeCloseTo(layout.lanes[k - 1]!.y + layout.lanes[k - 1]!.height, 1);
  });
  for (const box of [...layout.steps, ...layout.connectors]) {
    const lane = layout.lanes[box.lane];
    if ('department' in box) expect(lane!.department).toBe(box.department);
    if (lane !== undefined) {
      expect(box.y).toBeGreaterThanOrEqual(lane.y - EPS);
      expect(box.y + box.height).toBeLessThanOrEqual(lane.y + lane.height + EPS);
    }
    expect(box.x).toBeGreaterThanOrEqual(layout.headerWidth);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width + EPS);
  }
  // Edges: orthogonal polylines with finite coordinates, from one shape's outline to another's.
  for (const edge of layout.edges) {
    expect(edge.points.length).toBeGreaterThanOrEqual(2);
    for (const p of edge.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    for (let k = 1; k < edge.points.length; k++) {
      const p = edge.points[k - 1]!;
      const q = edge.points[k]!;
      expect(Math.abs(p.x - q.x) < EPS || Math.abs(p.y - q.y) < EPS, `${edge.id} not orthogonal`).toBe(true);
    }
    const touches = (pt: { x: number; y: number }): boolean => shapes.some((b) => pt.x >= b.x - 1 && pt.x <= b.x + b.width + 1 && pt.y >= b.y - 1 && pt.y <= b.y + b.height + 1);
    expect(touches(edge.points[0]!), `${edge.id} starts nowhere`).toBe(true);
    expect(touches(edge.points[edge.points.length - 1]!), `${edge.id} ends nowhere`).toBe(true);
  }
}

/** The declared links a layout draws: order flows between two different steps, as 'from->to'. */
function declaredLinks(layout: ProcedureLayout): string[] {
  return layout.edges.filter((e) => e.role === 'order' && e.from !== null && e.to !== null && e.from !== e.to).map((e) => `${e.from}->${e.to}`);
}

/** Boxes in one layer: their x-intervals overlap pairwise. */
function sameLayer(boxes: readonly { x: number; width: number }[]): boolean {
  return boxes.every((a) => boxes.every((b) => a.x < b.x + b.width && b.x < a.x + a.width));
}

describe('layoutProcedure', () => {
  it('chain: left to right, one lane per department, ELK routing', async () => {
    const steps = chain();
    const layout = await layoutProcedure(steps);
    checkLayout(steps, layout);
    expect(layout.routing).toBe('elk');
    const [a, b, c] = layout.steps;
    expect(a!.x + a!.width).toBeLessThan(b!.x);
    expect(b!.x + b!.width).toBeLessThan(c!.x);
    expect(layout.lanes.map((l) => l.department)).toEqual(['窗口', '业务科']);
    expect(layout.steps.map((s) => s.lane)).toEqual([0, 1, 1]);
    expect(a!.lines.map((l) => l.text)).toEqual(['受理', 'A · 受理 · 1 个工作日']);
  });

  it('diamond: the two branches share a layer, one conditional', async () => {
    const steps = diamond();
    const layout = await layoutProcedure(steps);
    checkLayout(steps, layout);
    const [s1, s2, s3, s4] = layout.steps;
    expect(sameLayer([s2!, s3!])).toBe(true);
    expect(s1!.x).toBeLessThan(s2!.x);
    expect(s4!.x).toBeGreaterThan(s2!.x);
    expect(layout.steps.map((s) => s.conditional)).toEqual([false, false, true, false]);
    expect(s3!.lines.map((l) => l.text)).toEqual(['现场勘验', 'S3 · 勘验 · 1 个工作日', '等待 1 个工作日']);
  });

  it('three-department-parallel: four lanes in order, the three reviews in one layer', async () => {
    const steps = threeDepartmentParallel();
    const layout = await layoutProcedure(steps);
    checkLayout(steps, layout);
    expect(layout.routing).toBe('elk');
    expect(layout.lanes.map((l) => l.department)).toEqual([...THREE_DEPARTMENTS]);
    const reviews = layout.steps.slice(1, 4);
    expect(sameLayer(reviews)).toBe(true);
    expect(reviews.map((s) => s.lane)).toEqual([1, 2, 3]);
    // 申请人提交申请材料并现场核验身份 is 16 CJK characters: wrapped at 12 (168 px at 14 px).
    expect(layout.steps[0]!.lines.filter((l) => l.bold).map((l) => l.text)).toEqual(['申请人提交申请材料并现场', '核验身份']);
  });

  it('keeps every step when links name unknown steps or repeat', async () => {
    const steps = [
      makeStep({ id: 'X', name: 'x', department: 'd', durationDays: 1 }),
      makeStep({ id: 'Y', name: 'y', department: 'd', durationDays: 1, predecessors: ['X', 'X', 'nope', 'Y'] }),
    ];
    const layout = await layoutProcedure(steps);
    expect(layout.steps).toHaveLength(2);
    expect(declaredLinks(layout)).toEqual(['X->Y']);
  });

  it('lays out an empty procedure', async () => {
    const layout = await layoutProcedure([]);
    expect(layout.steps).toEqual([]);
    expect(layout.lanes).toEqual([]);
  });

  it('fallback routing (ELK never asked to route): the same invariants on the named procedures', async () => {
    for (const steps of [chain(), diamond(), threeDepartmentParallel()]) {
      const layout = await layoutProcedure(steps, { routingAttempts: 0 });
      expect(layout.routing).toBe('fallback');
      checkLayout(steps, layout);
    }
    // A link leaves its source's right side and enters its target's left side, turning once in between.
    const layout = await layoutProcedure(chain(), { routingAttempts: 0 });
    const [a, b] = layout.steps;
    const first = layout.edges.find((e) => e.from === 'A' && e.to === 'B')!;
    expect(first.points[0]).toEqual({ x: a!.x + a!.width, y: a!.y + a!.height / 2 });
    expect(first.points.at(-1)).toEqual({ x: b!.x, y: b!.y + b!.height / 2 });
  });

  it('holds its invariants on random DAGs with mixed CJK and Latin names', async () => {
    const nameArb = fc.array(fc.constantFrom('申请', '审查', '部门', 'Review', 'x', ' ', '（', '）', 'ABCDEFGHIJKLMNOPQRSTUV', '<b>', '&'), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
    const dagArb = fc.array(
      fc.record({
        preds: fc.uniqueArray(fc.nat({ max: 5 }), { maxLength: 3 }),
        dept: fc.constantFrom('窗口', '规划局', '住建局', '生态环境局'),
        name: nameArb,
        wait: fc.constantFrom(0, 0.5, 2),
      }),
      { minLength: 1, maxLength: 9 },
    );
    await fc.assert(
      fc.asyncProperty(dagArb, async (rows) => {
        const steps = rows.map((r, i) =>
          makeStep({
            id: `T${i}`,
            name: r.name,
            department: r.dept, durationDays: 1,
            waitDays: r.wait,
            predecessors: [...new Set(r.preds.map((d) => i - 1 - d).filter((j) => j >= 0))].map((j) => `T${j}`),
          }),
        );
        checkLayout(steps, await layoutProcedure(steps));
        const fallback = await layoutProcedure(steps, { routingAttempts: 0 });
        expect(fallback.routing).toBe('fallback');
        checkLayout(steps, fallback);
      }),
      { numRuns: 25 },
    );
  });
});
