import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { buildItemContext } from '../../../src/analyze/item-context.js';
import type { Procedure } from '../../../src/domain/index.js';
import { makeProcedure } from '../../support/procedures.js';

/** Required pairs "from>to" by step id. */
function required(p: Procedure): string[] {
  const ctx = buildItemContext(p);
  const { reach, words } = ctx.required;
  const out: string[] = [];
  for (let x = 0; x < ctx.n; x++)
    for (let y = 0; y < ctx.n; y++) if ((reach[x * words + (y >>> 5)]! & (1 << (y & 31))) !== 0) out.push(`${p.steps[x]!.id}>${p.steps[y]!.id}`);
  return out;
}

describe('required order', () => {
  it('role gates: 受理 first, reviews and 公示 before 审批, 送达 last — transitively', () => {
    const p = makeProcedure([
      { id: 'A', role: 'accept' },
      { id: 'R', role: 'review' },
      { id: 'P', role: 'publicize' },
      { id: 'H', role: 'handoff' },
      { id: 'D', role: 'approve' },
      { id: 'O', role: 'deliver' },
    ]);
    expect(required(p).sort()).toEqual(
      ['A>R', 'A>P', 'A>H', 'A>D', 'A>O', 'R>D', 'R>O', 'P>D', 'P>O', 'H>O', 'D>O'].sort(),
    );
  });

  it('data and hard predecessors: B follows the producer of its input and its 法定前置', () => {
    const p = makeProcedure([
      { id: 'S1', outputs: ['意见'] },
      { id: 'S2', inputs: ['意见'] },
      { id: 'S3', hardPredecessors: ['S2'] },
    ]);
    expect(required(p)).toEqual(['S1>S2', 'S1>S3', 'S2>S3']);
  });

  it('backward data dependency: reported and left out', () => {
    const p = makeProcedure([
      { id: 'S1', name: '初审', inputs: ['意见书'] },
      { id: 'S2', name: '出具意见', predecessors: ['S1'], outputs: ['意见书'] },
    ]);
    expect(required(p)).toEqual([]);
    expect(analyzeProcedure(p).orderProblems).toEqual([
      'S1 初审 uses 《意见书》, which only S2 produces, and it comes after S1 in the declared order; this data dependency is ignored.',
    ]);
  });

  it('cycle with the declared order: a 受理 placed after a review loses the gate link, reported', () => {
    const p = makeProcedure([
      { id: 'S1', name: '预审' },
      { id: 'S2', name: '受理', role: 'accept', predecessors: ['S1'] },
      { id: 'S3', name: '审查', predecessors: ['S2'] },
    ]);
    expect(required(p)).toEqual(['S2>S3']);
    const item = analyzeProcedure(p);
    expect(item.orderProblems).toEqual([
      'The required link S2 → S1 (受理 step S2 precedes every other step) closes a cycle with the declared order; it is ignored.',
    ]);
    expect(item.findings.filter((f) => f.kind === 'parallelizable').map((f) => f.stepIds)).toEqual([['S1', 'S2']]);
  });

  it('a 法定前置 against the declared order is reported and left out', () => {
    const p = makeProcedure([
      { id: 'S1', hardPredecessors: ['S2'] },
      { id: 'S2', predecessors: ['S1'] },
    ]);
    expect(required(p)).toEqual([]);
    expect(analyzeProcedure(p).orderProblems).toEqual([
      'The required link S2 → S1 (S2 is a 法定前置 of S1) closes a cycle with the declared order; it is ignored.',
    ]);
  });
});
