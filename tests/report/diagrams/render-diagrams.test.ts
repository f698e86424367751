// Procedure, before/after and Gantt SVGs: every step and link drawn, marks from findings,
// hostile text inert, CPM schedule of candidates, and the worker pool matching in-thread output.

import fc from 'fast-check';
import type { ProcoptError } from '../../../src/domain/index.js';
import { describe, expect, it } from 'vitest';
import type { ScheduleEntry, Step } from '../../../src/domain/index.js';
import {
  NO_MARKS,
  computeDiagramMarks,
  computeSchedule,
  layoutProcedure,
  renderCatalogueDiagrams,
  renderDiagrams,
  renderProcedureSvg,
  renderVariantDiagram,
} from '../../../src/report/index.js';
import { diamond, threeDepartmentParallel } from './named-procedures.js';
import { makeStep } from '../../support/procedures.js';
import { HOSTILE, chainItem, hostileItem, sampleResult, threeDepartmentItem } from '../sample-result.js';
import { SVG_ATTRIBUTES, SVG_ELEMENTS, parseSvg, type SvgElement } from '../svg-shape.js';

function checkInert(svg: string): SvgElement[] {
  const elements = parseSvg(svg);
  for (const el of elements) {
    expect(SVG_ELEMENTS.has(el.name), `element <${el.name}>`).toBe(true);
    for (const attr of Object.keys(el.attrs)) expect(SVG_ATTRIBUTES.has(attr), `attribute ${attr}`).toBe(true);
  }
  // Raw markup only; `onload=` inside escaped text is harmless and attributes are checked above.
  expect(svg).not.toMatch(/<script|<img/i);
  return elements;
}

const stepIds = (els: SvgElement[]): string[] => els.filter((e) => e.name === 'g' && e.attrs['data-step-id'] !== undefined).map((e) => e.attrs['data-step-id'] ?? '');
const edgeIds = (els: SvgElement[]): string[] => els.filter((e) => e.attrs['data-edge'] !== undefined).map((e) => e.attrs['data-edge'] ?? '');

describe('renderProcedureSvg', () => {
  it('three-department-parallel: every step, link and lane drawn, rects as laid out', async () => {
    const layout = await layoutProcedure(threeDepartmentParallel());
    const els = checkInert(renderProcedureSvg(layout, NO_MARKS));
    expect(stepIds(els)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
    expect(edgeIds(els).sort()).toEqual(['S1->S2', 'S1->S3', 'S1->S4', 'S2->S5', 'S3->S5', 'S4->S5', 'S5->S6']);
    expect(els.filter((e) => e.attrs.class === 'lane').map((e) => e.attrs['data-department'])).toEqual(layout.lanes.map((l) => l.department));
    const rects = els.filter((e) => e.name === 'rect');
    const stepRects = layout.steps.map((s) => rects.find((r) => r.attrs.x === String(s.x) && r.attrs.y === String(s.y) && r.attrs.width === String(s.width)));
    expect(stepRects.every(Boolean)).toBe(true);
    expect(els.filter((e) => e.attrs.class?.split(' ').includes('visit')).map((e) => e.attrs['data-step-id'])).toEqual(['S1', 'S6']);
    expect(els.filter((e) => e.attrs.class === 'visit-badge')).toHaveLength(3); // two steps and the legend
    expect(els.find((e) => e.name === 'svg')?.attrs['font-family']).toContain('Noto Sans CJK SC');
  });

  it('fallback routing draws the same steps, links and lanes', async () => {
    const layout = await layoutProcedure(threeDepartmentParallel(), { routingAttempts: 0 });
    expect(layout.routing).toBe('fallback');
    const els = checkInert(renderProcedureSvg(layout, NO_MARKS));
    expect(stepIds(els)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
    expect(edgeIds(els).sort()).toEqual(['S1->S2', 'S1->S3', 'S1->S4', 'S2->S5', 'S3->S5', 'S4->S5', 'S5->S6']);
    expect(els.filter((e) => e.attrs.class === 'lane').map((e) => e.attrs['data-department'])).toEqual(layout.lanes.map((l) => l.department));
  });

  it('diamond: conditional step dashed', async () => {
    const layout = await layoutProcedure(diamond());
    const els = checkInert(renderProcedureSvg(layout, NO_MARKS));
    const s3 = els.find((e) => e.attrs['data-step-id'] === 'S3');
    expect(s3?.attrs.class).toBe('step conditional');
    const dashed = els.filter((e) => e.name === 'rect' && e.attrs['stroke-dasharray'] === '6 4' && e.ancestors.includes('g'));
    expect(dashed.length).toBeGreaterThanOrEqual(2); // the step and the legend sample
  });

  it('marks the critical path, parallelizable and redundant links, mergeable steps', async () => {
    const item = threeDepartmentItem();
    const marks = computeDiagramMarks(item);
    expect(marks.parallelizableLinks).toEqual([['S3', 'S4']]);
    expect(marks.redundantLinks).toEqual([['S5', 'S6']]);
    expect(marks.mergeableStepIds).toEqual(['S2', 'S5']);
    const els = checkInert(renderProcedureSvg(await layoutProcedure(item.steps), marks));
    const classOf = (attr: string, id: string): string | undefined => els.find((e) => e.attrs[attr] === id)?.attrs.class;
    expect(classOf('data-step-id', 'S1')).toBe('step critical visit');
    expect(classOf('data-step-id', 'S2')).toBe('step critical mergeable');
    expect(classOf('data-step-id', 'S8')).toBe('step conditional');
    expect(classOf('data-edge', 'S3->S4')).toBe('edge critical parallelizable');
    expect(classOf('data-edge', 'S5->S6')).toBe('edge redundant');
    expect(classOf('data-edge', 'S5->S8')).toBe('edge');
  });

  it('hostile names are escaped text, not markup', async () => {
    const item = hostileItem();
    const svg = renderProcedureSvg(await layoutProcedure(item.steps), computeDiagramMarks(item), { title: HOSTILE.itemName });
    const els = checkInert(svg);
    expect(els.find((e) => e.attrs['data-step-id'] === 'S3')?.attrs.class).toBe('step critical redundant');
    const texts = els.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts.join('')).toContain('<script>al');
    expect(els.find((e) => e.name === 'title' && e.text.includes(HOSTILE.scriptStep))).toBeDefined();
    expect(els.some((e) => e.attrs['data-department'] === HOSTILE.attributeDepartment)).toBe(true);
    expect(svg).toContain('&quot; onload=&quot;alert(2)');
  });
});

describe('computeSchedule', () => {
  it('diamond: CPM with waits before work', () => {
    const s = computeSchedule(diamond());
    // S1 0–1; S2 1–4 (3 days); S3 1–3 (wait 1 + 1); S4 4–5.
    expect(s.map((e) => [e.stepId, e.earliestStart, e.earliestFinish, e.slack, e.critical])).toEqual([
      ['S1', 0, 1, 0, true],
      ['S2', 1, 4, 0, true],
      ['S3', 1, 3, 1, false],
      ['S4', 4, 5, 0, true],
    ]);
  });

  it('agrees with the hand-checked schedule of three-department and its candidate path', () => {
    const item = threeDepartmentItem();
    expect(computeSchedule(item.steps)).toEqual(item.schedule);
    const candidate = computeSchedule(item.candidates[0]!.steps);
    expect(Math.max(...candidate.map((e) => e.earliestFinish))).toBe(item.candidates[0]!.durationDays);
    expect(candidate.filter((e) => e.critical).map((e) => e.stepId)).toEqual(item.candidates[0]!.criticalPath.stepIds);
  });

  it('random step lists, cycles and unknown references included: the plain CPM it replaced', () => {
    const stepArb = (n: number) =>
      fc.record({
        twin: fc.boolean(),
        preds: fc.array(fc.nat(n), { maxLength: 3 }),
        wait: fc.integer({ min: 0, max: 300 }),
        duration: fc.integer({ min: 0, max: 2000 }),
      });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(stepArb(n), { minLength: 1, maxLength: n })),
        (rows) => {
          const steps = rows.map((r, i) =>
            makeStep({
              id: r.twin && i > 0 ? `T${i - 1}` : `T${i}`,
              name: 'x',
              department: 'd',
              predecessors: r.preds.map((k) => `T${k}`),
              waitDays: r.wait / 100,
              durationDays: r.duration / 100,
            }),
          );
          expect(computeSchedule(steps)).toEqual(referenceSchedule(steps));
        },
      ),
    );
  });
});

/** The schedule as report/diagrams computed it before it used graph/cpm.ts: floating days, FIFO Kahn, cyclic steps last. */
function referenceSchedule(steps: readonly Step[]): ScheduleEntry[] {
  const n = steps.length;
  const indexOf = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!indexOf.has(s.id)) indexOf.set(s.id, i);
  });
  const preds = steps.map((s, i) => [...new Set(s.predecessors.map((p) => indexOf.get(p)).filter((p): p is number => p !== undefined && p !== i))]);
  const succs: number[][] = steps.map(() => []);
  preds.forEach((ps, i) => ps.forEach((p) => succs[p]!.push(i)));
  const indegree = preds.map((ps) => ps.length);
  const order: number[] = [];
  const queue = indegree.flatMap((d, i) => (d === 0 ? [i] : []));
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    order.push(i);
    for (const j of succs[i]!) if (--indegree[j]! === 0) queue.push(j);
  }
  const placed = new Set(order);
  for (let i = 0; i < n; i++) if (!placed.has(i)) order.push(i);
  const span = steps.map((s) => Math.max(0, s.waitDays) + Math.max(0, s.durationDays));
  const es = new Array<number>(n).fill(0);
  const ef = new Array<number>(n).fill(0);
  for (const i of order) {
    es[i] = Math.max(0, ...preds[i]!.map((p) => ef[p]!));
    ef[i] = es[i]! + span[i]!;
  }
  const finish = Math.max(0, ...ef);
  const lf = new Array<number>(n).fill(finish);
  const ls = new Array<number>(n).fill(finish);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    lf[i] = Math.min(finish, ...succs[i]!.map((j) => ls[j]!));
    ls[i] = lf[i]! - span[i]!;
  }
  // + 0 turns the −0 a float difference can round to into 0 (JSON and the SVG print both as 0).
  const r = (x: number): number => Math.round(x * 100) / 100 + 0;
  return steps.map((s, i) => {
    const slack = r(ls[i]! - es[i]!);
    return { stepId: s.id, earliestStart: r(es[i]!), earliestFinish: r(ef[i]!), latestStart: r(ls[i]!), latestFinish: r(lf[i]!), slack, critical: Math.abs(slack) < 1e-9 };
  });
}

describe('renderDiagrams', () => {
  it('three-department: original, best, before/after and a two-panel Gantt', async () => {
    const d = await renderDiagrams(threeDepartmentItem());
    expect(stepIds(checkInert(d.original))).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    expect(stepIds(checkInert(d.best ?? ''))).toEqual(['S1', 'S2+S5', 'S3', 'S4', 'S8', 'S6', 'S7']);
    const ba = checkInert(d.beforeAfter);
    expect(ba.filter((e) => e.attrs['data-side']).map((e) => e.attrs['data-side'])).toEqual(['before', 'after']);
    const sideTexts = ba.filter((e) => e.name === 'text' && e.ancestors.includes('g') && e.ancestors.length === 2).map((e) => e.text);
    expect(sideTexts).toEqual(['现状：16 个工作日，8 个环节，申请人到场 2 次', '优化方案（并联审批＋环节合并）：12 个工作日，7 个环节，申请人到场 2 次']);
    // Stacked: the after panel lies below the before panel, so a page never clips it off to the right.
    const headings = ba.filter((e) => e.name === 'text' && e.ancestors.length === 2);
    expect(headings[0]!.attrs.x).toBe(headings[1]!.attrs.x);
    const beforeBottom = Math.max(...ba.filter((e) => e.name === 'rect' && e.ancestors.length > 2 && e.ancestors.includes('g') && ba.indexOf(e) < ba.indexOf(headings[1]!)).map((e) => Number(e.attrs.y ?? 0) + Number(e.attrs.height ?? 0)));
    expect(Number(headings[1]!.attrs.y)).toBeGreaterThan(beforeBottom);
    // The legend names the marks drawn: the merged steps with their members.
    expect(ba.filter((e) => e.name === 'text').map((e) => e.text)).toContain('方案中合并的环节：S2、S5 并入 S2+S5');
    const gantt = checkInert(d.gantt);
    const panels = gantt.filter((e) => e.attrs['data-panel'] !== undefined);
    expect(panels).toHaveLength(2);
    const bars = gantt.filter((e) => e.name === 'g' && e.attrs.class?.startsWith('bar'));
    expect(bars).toHaveLength(15);
    // S3 waits 1 day before 3 days of work: a lighter wait bar then the work bar.
    const s3 = gantt.filter((e) => e.name === 'rect' && (e.attrs.class === 'wait' || e.attrs.class === 'work'));
    expect(s3.filter((e) => e.attrs.class === 'wait')).toHaveLength(2);
    const barsWith = (mark: string): (string | undefined)[] => bars.filter((b) => b.attrs.class!.split(' ').includes(mark)).map((b) => b.attrs['data-step-id']);
    expect(barsWith('critical')).toEqual(['S1', 'S2', 'S5', 'S3', 'S4', 'S6', 'S7', 'S1', 'S2+S5', 'S8', 'S6', 'S7']);
    // S8 (专家评审) is off the statutory clock; the limits are vertical lines; the axis names its unit.
    expect(barsWith('off-clock')).toEqual(['S8', 'S8']);
    const ganttTexts = gantt.filter((e) => e.name === 'text').map((e) => e.text);
    expect(ganttTexts.filter((t) => t === '自开始起的工作日')).toHaveLength(2);
    expect(ganttTexts.filter((t) => t === '承诺时限 12 个工作日' || t === '法定时限 20 个工作日')).toHaveLength(4);
  });

  it('chain without candidates: no best diagram, one Gantt panel', async () => {
    const d = await renderDiagrams(chainItem());
    expect(d.best).toBeUndefined();
    expect(checkInert(d.gantt).filter((e) => e.attrs['data-panel'] !== undefined)).toHaveLength(1);
    expect(d.beforeAfter).toContain('未找到更优的方案');
  });
});

describe('renderVariantDiagram', () => {
  it('draws the original, the best candidate or a named one, and rejects unknown ids', async () => {
    const item = threeDepartmentItem();
    expect(stepIds(checkInert(await renderVariantDiagram(item, 'original')))).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    const best = await renderVariantDiagram(item, 'best');
    expect(stepIds(checkInert(best))).toEqual(['S1', 'S2+S5', 'S3', 'S4', 'S8', 'S6', 'S7']);
    expect(await renderVariantDiagram(item, 'parallel+merge')).toBe(best);
    const error = (await renderVariantDiagram(item, 'nope').catch((e: unknown) => e)) as ProcoptError;
    expect(error.code).toBe('UNKNOWN_CANDIDATE');
    expect(error.messageIn('en')).toMatch(/^no variant "nope" for item \S+; choose one of: original, best, /);
    expect(error.messageIn('zh-CN')).toMatch(/^事项 \S+ 没有“nope”这一流程；可选：original、best、/);
    expect(stepIds(checkInert(await renderVariantDiagram(chainItem(), 'best')))).toEqual(['S1', 'S2', 'S3', 'S4']);
  });
});

describe('renderCatalogueDiagrams', () => {
  it('gives identical SVG with 0, 1 and 2 workers, in item order, with progress', async () => {
    const items = sampleResult().items;
    const progress: [number, number][] = [];
    const inThread = await renderCatalogueDiagrams(items, { workers: 0 });
    const pooled = await renderCatalogueDiagrams(items, { workers: 2, onProgress: (d, t) => progress.push([d, t]) });
    const single = await renderCatalogueDiagrams(items, { workers: 1 });
    expect([...inThread.keys()]).toEqual(items.map((i) => i.itemCode));
    expect([...pooled.keys()]).toEqual(items.map((i) => i.itemCode));
    expect(pooled).toEqual(inThread);
    expect(single).toEqual(inThread);
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
  });
});
