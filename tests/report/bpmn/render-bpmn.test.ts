// Every BPMN file procopt writes — each bundled example's original and best candidate, random
// procedures, hostile text — validates against the OMG BPMN 2.0 XSD, round-trips through bpmn-moddle
// without a warning, gives no bpmnlint error (recommended rules), and keeps shapes in their lanes and
// flow ends on their shapes.

import { readFileSync, readdirSync } from 'node:fs';
import { fc } from '@fast-check/vitest';
import { ProcoptError } from '../../../src/domain/index.js';
import { describe, expect, it } from 'vitest';
import type { ItemAnalysis } from '../../../src/domain/index.js';
import { analyzeSources } from '../../../src/pipeline/index.js';
import { renderBpmn } from '../../../src/report/index.js';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { makeProcedure, makeStep } from '../../support/procedures.js';
import { geometryProblems, lintProblems, roundTrip, skipXsd, xsdProblems } from './bpmn-checks.js';
import { procedureArb } from './random-procedures.js';

const MODELS = new URL('../../../models/', import.meta.url);

function bundledItems(): ItemAnalysis[] {
  const files = readdirSync(MODELS).filter((f) => f.endsWith('.csv')).sort();
  return analyzeSources(files.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(new URL(f, MODELS))) }))).result.items;
}

async function checkAll(xml: string): Promise<void> {
  if (!skipXsd) expect(xsdProblems(xml)).toBe('');
  const { root, warnings } = await roundTrip(xml);
  expect(warnings).toEqual([]);
  expect((await lintProblems(root)).filter((p) => p.startsWith('error'))).toEqual([]);
  expect(geometryProblems(root)).toEqual([]);
}

describe('BPMN of the bundled examples', () => {
  const items = bundledItems();
  it('has every example', () => expect(items.length).toBeGreaterThanOrEqual(5));
  for (const item of items) {
    for (const variant of ['original', 'best']) {
      it(`${item.itemCode} ${variant}: XSD, bpmn-moddle, bpmnlint and geometry`, async () => {
        const xml = await renderBpmn(item, variant);
        await checkAll(xml);
        const { root } = await roundTrip(xml);
        expect(await lintProblems(root)).toEqual([]);
      });
    }
  }

  it('names the pool after the item and the variant, the lanes after the departments, and documents each step', async () => {
    const item = items.find((i) => i.itemCode === '370100-SC-0007')!;
    const { root } = await roundTrip(await renderBpmn(item, 'original'));
    const elements = root.rootElements as { $type: string; participants?: { name: string }[]; laneSets?: { lanes: { name: string }[] }[]; flowElements?: { $type: string; id: string; name?: string; documentation?: { text: string }[]; $attrs?: Record<string, string> }[] }[];
    expect(elements.find((e) => e.$type === 'bpmn:Collaboration')?.participants?.map((p) => p.name)).toEqual(['370100-SC-0007 食品经营许可（新办） — 现状流程']);
    const process = elements.find((e) => e.$type === 'bpmn:Process')!;
    expect(process.laneSets?.[0]?.lanes.map((l) => l.name)).toEqual([...new Set(item.steps.map((s) => s.department))]);
    const task = process.flowElements?.find((e) => e.id === 'Task_2');
    expect(task?.$type).toBe('bpmn:UserTask');
    expect(task?.name).toBe('受理');
    expect(task?.$attrs?.['procopt:role']).toBe('accept');
    expect(task?.documentation?.[0]?.text).toBe(
      '环节 2：受理（市行政审批服务局食品科，受理）\n办理时限：1 个工作日，等待 0.5 个工作日\n所需材料：食品经营许可申请书；营业执照\n产出：受理通知书\n退回补正至环节：1',
    );
  });

  it('an unknown variant is a usage error naming the variants there are', async () => {
    await expect(renderBpmn(items[0]!, 'nope')).rejects.toThrow(/no variant "nope" for item .*; choose one of: original, best/);
    const error: unknown = await renderBpmn(items[0]!, 'nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcoptError);
    expect((error as ProcoptError).messageIn('zh-CN')).toMatch(/^事项 .+ 没有“nope”这一流程；可选：original、best/);
  });
});

describe('BPMN of random procedures and hostile text', () => {
  it('random procedures pass every check', async () => {
    const samples = fc.sample(procedureArb, { numRuns: 12, seed: 13 });
    for (const steps of samples) {
      const item = analyzeProcedure(makeProcedure(steps));
      await checkAll(await renderBpmn(item, 'original'));
    }
  });

  it('quotes, brackets, markup, line breaks and control characters stay text', async () => {
    const hostile = '<script>alert("x")</script> & \'q\' ]]> \u0007\n第二行';
    const item = analyzeProcedure(
      makeProcedure(
        [
          makeStep({ id: 'a"<1>', name: hostile, department: `${hostile}部门`, inputs: [hostile], outputs: ['x'] }),
          makeStep({ id: '2', name: '审批', predecessors: ['a"<1>'], condition: hostile }),
        ],
        { code: '<X&1>' },
      ),
    );
    const xml = await renderBpmn(item, 'original');
    expect(xml).not.toContain('<script>');
    await checkAll(xml);
    const { root } = await roundTrip(xml);
    const process = (root.rootElements as { $type: string; flowElements?: { name?: string; $type: string }[] }[]).find((e) => e.$type === 'bpmn:Process')!;
    expect(process.flowElements?.filter((e) => e.$type === 'bpmn:UserTask').map((e) => e.name)).toEqual([hostile.replace('\u0007', '\ufffd'), '审批']);
  });
});
