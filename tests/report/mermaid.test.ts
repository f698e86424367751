// Mermaid blocks of the Markdown report: exact text on a small case, and every block — bundled
// examples, random procedures, hostile text — parsed by mermaid's own parser (mermaid 11 under jsdom).

import { readFileSync, readdirSync } from 'node:fs';
import { fc } from '@fast-check/vitest';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../src/analyze/index.js';
import { analyzeSources } from '../../src/pipeline/index.js';
import { renderMarkdown, renderMermaidFlowchart, renderMermaidSection, ganttText, mermaidLabel } from '../../src/report/index.js';
import { makeProcedure, makeStep } from '../support/procedures.js';
import { procedureArb } from './bpmn/random-procedures.js';

type Mermaid = { parse(text: string): Promise<{ diagramType: string }>; initialize(config: object): void };
let mermaid: Mermaid;

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = ((await import('mermaid')) as unknown as { default: Mermaid }).default;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
}, 60_000);

/** The text of every ```mermaid block of a Markdown document. */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

async function parseAll(blocks: readonly string[]): Promise<string[]> {
  const types: string[] = [];
  for (const block of blocks) types.push((await mermaid.parse(block)).diagramType);
  return types;
}

describe('Mermaid', () => {
  it('chain: departments as subgraphs, the critical path bold, a conditional step dashed', () => {
    const steps = [
      makeStep({ id: '1', name: '受理', department: '窗口', durationDays: 1 }),
      makeStep({ id: '2', name: '审查', department: '科室', durationDays: 2.5, predecessors: ['1'], condition: '新建' }),
      makeStep({ id: '3', name: '发证', department: '窗口', durationDays: 0, predecessors: ['2'] }),
    ];
    expect(renderMermaidFlowchart(steps, ['1', '2', '3'])).toBe(
      [
        'flowchart LR',
        '  subgraph d0["窗口"]',
        '    s0["1 受理<br/>1 个工作日"]',
        '    s2["3 发证<br/>0 个工作日"]',
        '  end',
        '  subgraph d1["科室"]',
        '    s1["2 审查<br/>2.5 个工作日"]',
        '  end',
        '  s0 --> s1',
        '  s1 --> s2',
        '  classDef critical fill:#fdecea,stroke:#c0392b,stroke-width:3px',
        '  classDef conditional stroke-dasharray:5 3',
        '  class s0,s1,s2 critical',
        '  class s1 conditional',
        '  linkStyle 0,1 stroke:#c0392b,stroke-width:3px',
      ].join('\n'),
    );
  });

  it('escapes what would end a label, start markup or leave the code block', () => {
    expect(mermaidLabel('a"b]<script>#1 `x` 50%\nnext')).toBe('a#quot;b]#lt;script#gt;#35;1 #96;x#96; 50#37; next');
    expect(ganttText('审批: 2; #x, <b>\n`y`')).toBe('审批： 2； ＃x， ＜b＞ ｀y｀');
  });

  it('every block of the bundled examples\' report parses: two flowcharts and a gantt per item with a candidate', async () => {
    const models = new URL('../../models/', import.meta.url);
    const files = readdirSync(models).filter((f) => f.endsWith('.csv')).sort();
    const { result } = analyzeSources(files.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(new URL(f, models))) })));
    const blocks = mermaidBlocks(renderMarkdown(result));
    const perItem = result.items.map((item) => (item.candidates.length > 0 ? 3 : 2));
    expect(blocks).toHaveLength(perItem.reduce((a, b) => a + b, 0));
    const types = await parseAll(blocks);
    expect(new Set(types)).toEqual(new Set(['flowchart-v2', 'gantt']));
  });

  it('blocks of random procedures and of hostile text parse, and nothing leaves its block', async () => {
    const hostile = '```\n</script><img src=x onerror=alert(1)> "q" [a] {b} (c) #35; %% end: ; , |x| --> ';
    const items = fc.sample(procedureArb, { numRuns: 25, seed: 7 }).map((steps) => analyzeProcedure(makeProcedure(steps)));
    items.push(
      analyzeProcedure(
        makeProcedure([
          makeStep({ id: 'end', name: hostile, department: hostile, durationDays: 1 }),
          makeStep({ id: 'a"b', name: 'x', department: 'subgraph', predecessors: ['end'], durationDays: 0.5, condition: hostile }),
        ]),
      ),
    );
    for (const item of items) {
      const section = renderMermaidSection(item);
      const blocks = mermaidBlocks(section);
      expect(section.match(/```/g)?.length).toBe(2 * blocks.length);
      await parseAll(blocks);
      for (const block of blocks) expect(block).not.toMatch(/<script|<img|```/);
    }
  });
});
