// The required order, rule by rule on small hand-checked items: the evidence (data, the applicant's
// materials, 法定前置, a decision before its notice, declared links lineage cannot vouch to drop) in
// the order it is found, data against the declared order as a located warning, then the gates —
// absolute first, then position-aware rule by rule — with their exceptions.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { buildItemContext } from '../../../src/analyze/item-context.js';
import type { Procedure } from '../../../src/domain/index.js';
import { makeProcedure, type StepInit } from '../../support/procedures.js';

/** The required links as found: "A>B kind". */
function links(p: Procedure): string[] {
  const { required, steps } = buildItemContext(p);
  return required.links.from.map((a, i) => `${steps[a]!.id}>${steps[required.links.to[i]!]!.id} ${required.links.kind[i]}`);
}

/** The required links of one kind, as "A>B". */
const linksOf = (p: Procedure, kind: string): string[] => links(p).filter((l) => l.endsWith(` ${kind}`)).map((l) => l.split(' ')[0]!);

/** Required pairs "from>to" (the closure), by step id. */
function required(p: Procedure): string[] {
  const ctx = buildItemContext(p);
  const { reach, words } = ctx.required;
  const out: string[] = [];
  for (let x = 0; x < ctx.n; x++)
    for (let y = 0; y < ctx.n; y++) if ((reach[x * words + (y >>> 5)]! & (1 << (y & 31))) !== 0) out.push(`${p.steps[x]!.id}>${p.steps[y]!.id}`);
  return out;
}

const chain = (steps: Omit<StepInit, 'predecessors'>[]): StepInit[] => steps.map((s, i) => ({ ...s, predecessors: i === 0 ? [] : [steps[i - 1]!.id] }));

describe('required order: the evidence', () => {
  it('applicant materials arrive at submit, intake and accept steps; a user follows the latest arrival before it', () => {
    const p = makeProcedure(
      chain([
        { id: 'S1', role: 'submit', inputs: ['申请表'] },
        { id: 'S2', role: 'intake', inputs: ['申请表'] },
        { id: 'S3', role: 'accept', inputs: ['申请表'], outputs: ['受理单'] },
        { id: 'S4', inputs: ['申请表'], outputs: ['意见'] },
        { id: 'S5', role: 'approve', inputs: ['意见'] },
      ]),
    );
    expect(links(p)).toEqual([
      'S1>S2 material',
      'S2>S3 material',
      'S3>S4 material',
      'S4>S5 data',
      // S1 is the applicant's act; S2 lists no outputs: lineage cannot vouch to drop these.
      'S1>S2 declared',
      'S2>S3 declared',
      'S1>S2 application',
      'S1>S3 application',
      'S1>S4 application',
      'S1>S5 application',
      'S2>S3 intake',
      'S2>S4 intake',
      'S2>S5 intake',
      'S3>S4 accept',
      'S3>S5 accept',
      'S4>S5 evidence',
    ]);
    expect(buildItemContext(p).required.keptForMissingData.map(([a, b]) => `${p.steps[a]!.id}>${p.steps[b]!.id}`)).toEqual(['S2>S3']);
  });

  it('a material nobody lists at a submit, intake or accept step links nothing and warns nothing', () => {
    const p = makeProcedure([
      { id: 'S1', role: 'accept', outputs: ['受理单'] },
      { id: 'S2', predecessors: ['S1'], inputs: ['身份证明'], outputs: ['意见'] },
    ]);
    expect(linksOf(p, 'material')).toEqual([]);
    expect(analyzeProcedure(p).warnings).toEqual([]);
  });

  it('a material names compare after NFKC, without 《》“” and spaces', () => {
    const p = makeProcedure([
      { id: 'S1', outputs: ['《 审查意见 》'] },
      { id: 'S2', inputs: ['“审查意见”'] },
      { id: 'S3', inputs: ['审查意见'] },
    ]);
    expect(linksOf(p, 'data')).toEqual(['S1>S2', 'S1>S3']);
  });

  it('data against the declared order: no link, a located warning naming the document and both steps (DATA_AGAINST_ORDER)', () => {
    const p = makeProcedure([
      { id: 'S1', name: '初审', inputs: ['意见书'], line: 7 },
      { id: 'S2', name: '出具意见', predecessors: ['S1'], outputs: ['意见书'] },
    ]);
    expect(linksOf(p, 'data')).toEqual([]);
    // S1 lists no outputs: the declared link stays required, data or not.
    expect(required(p)).toEqual(['S1>S2']);
    const item = analyzeProcedure(p);
    expect(item.warnings).toEqual([
      {
        code: 'DATA_AGAINST_ORDER',
        line: 7,
        column: 'inputs',
        message: 'S1 初审 uses 《意见书》, which S2 出具意见 produces, but S2 is declared after S1: this is not taken as a required link; correct the 前置环节 or the materials',
      },
    ]);
    expect(item.orderProblems).toEqual([item.warnings[0]!.message]);
  });

  it('a decision precedes every notice declared after it, not one declared before it', () => {
    const p = makeProcedure([
      { id: 'N0', role: 'notify' },
      { id: 'D', role: 'approve', predecessors: ['N0'] },
      { id: 'N1', role: 'notify', predecessors: ['D'] },
      { id: 'N2', role: 'notify', predecessors: ['N1'] },
    ]);
    expect(linksOf(p, 'notice')).toEqual(['D>N1', 'D>N2']);
  });

  it('declared links lineage cannot vouch to drop: no lineage at all; A lists no outputs; B no inputs; A or B submit, supervise or other', () => {
    const noLineage = makeProcedure(chain([{ id: 'A' }, { id: 'B' }]));
    expect(linksOf(noLineage, 'declared')).toEqual(['A>B']);
    const p = makeProcedure([
      { id: 'A', outputs: ['a'] },
      { id: 'B', predecessors: ['A'], inputs: ['x'], outputs: ['b'] }, // A outputs, B inputs: lineage judges
      { id: 'C', predecessors: ['B'], outputs: ['c'] }, // C lists no inputs
      { id: 'D', predecessors: ['C'], inputs: ['y'] }, // C outputs, D inputs: judged
      { id: 'E', role: 'other', predecessors: ['D'], inputs: ['z'], outputs: ['e'] }, // D lists no outputs
      { id: 'F', role: 'supervise', predecessors: ['E'], inputs: ['e'], outputs: ['f'] }, // supervise
    ]);
    expect(linksOf(p, 'declared')).toEqual(['B>C', 'D>E', 'E>F']);
  });
});

describe('required order: the gates', () => {
  it('absolute: 听证 and 专家评审 precede every final approve step, even against the declared order (an order conflict)', () => {
    const p = makeProcedure([
      { id: 'A', role: 'accept' },
      { id: 'X', role: 'expert', predecessors: ['A'] },
      { id: 'D1', role: 'approve', predecessors: ['A'] }, // not final: D2 follows it
      { id: 'D2', role: 'approve', predecessors: ['D1', 'X'] },
      { id: 'H', role: 'hearing', predecessors: ['D2'] },
    ]);
    expect(linksOf(p, 'absolute')).toEqual(['X>D2', 'H>D2']);
    // The expert review's gate into the earlier decision is position-aware: X and D1 are unordered, so it is
    // linked; the hearing's into D1 is withheld (D1 comes before it).
    expect(linksOf(p, 'evidence')).toEqual(['X>D1', 'X>D2']);
    const item = analyzeProcedure(p);
    expect(item.findings.filter((f) => f.kind === 'order-conflict').map((f) => f.stepIds)).toEqual([['D2', 'H']]);
    expect(item.lawfulDurationDays).toBeNull();
  });

  it('position-aware: a gate is withheld where its target already precedes its source; a withheld 公示 gate is the decision\'s publication', () => {
    // C14's shape: 审批 → 拟写公告 → (data) 公告: the 公告 is the decision's publication.
    const p = makeProcedure([
      { id: 'S1', role: 'accept', inputs: ['申请表'], outputs: ['受理通知书'] },
      { id: 'S2', role: 'approve', predecessors: ['S1'], inputs: ['申请表'], outputs: ['批准文件'] },
      { id: 'S3', role: 'register', predecessors: ['S2'], inputs: ['申请表'], outputs: ['公告稿'] },
      { id: 'S4', role: 'publicize', predecessors: ['S1'], inputs: ['公告稿'] },
      { id: 'S5', role: 'deliver', predecessors: ['S2', 'S4'], inputs: ['批准文件'] },
    ]);
    expect(linksOf(p, 'publicize')).toEqual([]);
    expect(linksOf(p, 'publication')).toEqual(['S2>S4']);
  });

  it('the rules run in their order: accept gates before evidence gates (C13: the city 受理 precedes the review, whose gate into the district decision is then withheld)', () => {
    const p = makeProcedure([
      { id: 'S1', role: 'accept' },
      { id: 'S2', role: 'approve', predecessors: ['S1'] },
      { id: 'S3', role: 'accept', predecessors: ['S2'] },
      { id: 'S4', role: 'review', predecessors: ['S1'] },
      { id: 'S5', role: 'deliver', predecessors: ['S3', 'S4'] },
    ]);
    expect(linksOf(p, 'accept')).toEqual(['S1>S2', 'S1>S4', 'S1>S5', 'S3>S4', 'S3>S5']);
    expect(linksOf(p, 'evidence')).toEqual([]);
  });

  it('application: a submit step only submit steps precede; a later applicant act is no gate, and no gate leads into a submit step', () => {
    const p = makeProcedure(
      chain([
        { id: 'S1', role: 'submit' },
        { id: 'S2', role: 'accept' },
        { id: 'S3', role: 'submit' },
        { id: 'S4', role: 'approve' },
      ]),
    );
    expect(linksOf(p, 'application')).toEqual(['S1>S2', 'S1>S4']);
    expect(linksOf(p, 'accept')).toEqual(['S2>S4']);
  });

  it('deliver: every step but a delivery precedes it, except an alternative branch that does not rejoin (不予许可告知 is not waited for)', () => {
    const p = makeProcedure([
      { id: 'A', role: 'accept' },
      { id: 'D', role: 'approve', predecessors: ['A'] },
      { id: 'O', role: 'deliver', predecessors: ['D'] },
      { id: 'N', role: 'notify', predecessors: ['D'], condition: '不予许可的' },
      { id: 'M', role: 'notify', predecessors: ['A'], condition: '材料不全的' },
      { id: 'R', role: 'review', predecessors: ['M'], condition: '补正后' }, // a conditional branch that rejoins
      { id: 'O2', role: 'deliver', predecessors: ['R'] },
    ]);
    expect(linksOf(p, 'deliver').filter((l) => l.endsWith('>O'))).toEqual(['A>O', 'D>O', 'M>O', 'R>O']);
  });

  it('intake and accept: a not-accepted notice that branches off before 受理 is not made to wait for it (no order gap)', () => {
    // REAL-05's shape: 信息核对 (intake) → 告知 (conditional, nothing after it) | 受理 → …
    const p = makeProcedure([
      { id: 'S1', role: 'submit' },
      { id: 'S2', role: 'intake', predecessors: ['S1'] },
      { id: 'S3', role: 'notify', predecessors: ['S2'], condition: '信息核对不符合条件的' },
      { id: 'S4', role: 'accept', predecessors: ['S2'] },
      { id: 'S5', role: 'approve', predecessors: ['S4'] },
      { id: 'S6', role: 'notify', predecessors: ['S5'], condition: '审核不符合条件的' },
    ]);
    expect(linksOf(p, 'accept')).toEqual(['S4>S5', 'S4>S6']);
    expect(analyzeProcedure(p).findings.map((f) => f.kind)).toEqual([]);
  });

  it('no gate between two steps whose conditions are both given and differ, nor touching a supervise or other step', () => {
    const p = makeProcedure([
      { id: 'A', role: 'accept' },
      { id: 'P', role: 'publicize', condition: '申请人不是未成年人', predecessors: ['A'] },
      { id: 'D', role: 'approve', condition: '未成年人', predecessors: ['A'] },
      { id: 'X', role: 'other', predecessors: ['A'] },
      { id: 'S', role: 'supervise', predecessors: ['A'] },
      { id: 'O', role: 'deliver', predecessors: ['P', 'D', 'X', 'S'] },
    ]);
    expect(links(p).filter((l) => !l.endsWith(' declared'))).toEqual(['A>P accept', 'A>D accept', 'A>O accept', 'A>O deliver', 'P>O deliver', 'D>O deliver']);
  });

  it('a step of several roles takes every role\'s gates (审核并公示: the evidence gate and the 公示 gate)', () => {
    const p = makeProcedure([
      { id: 'S1', role: 'accept' },
      { id: 'S2', role: 'publicize', roles: ['review', 'publicize'], predecessors: ['S1'] },
      { id: 'S3', role: 'approve' },
    ]);
    expect(links(p).filter((l) => l.startsWith('S2>S3'))).toEqual(['S2>S3 publicize', 'S2>S3 evidence']);
  });

  it('a 法定前置 against the declared order closes a cycle: an order conflict, and with the declared link no lineage vouches to drop, no redesign', () => {
    const p = makeProcedure([
      { id: 'S1', hardPredecessors: ['S2'] },
      { id: 'S2', predecessors: ['S1'] },
    ]);
    const item = analyzeProcedure(p);
    expect(item.findings.map((f) => [f.kind, f.stepIds])).toEqual([['order-conflict', ['S1', 'S2']]]);
    expect([item.lawfulDurationDays, item.bestCandidateId]).toEqual([null, null]);
    expect(item.noFasterPlanReason).toContain('cycle S1 → S2 → S1');
  });

  it('items of 33 steps and more (two words per bit row): the gates and the lawful order reach the 33rd step', () => {
    // S1 受理 → S2 … S31 reviews of 31 sections → S33 审批; S32 a 40-day 公示 declared only after S1: its gate into
    // the decision is an order gap, and the lawful duration waits for it.
    const steps: StepInit[] = [{ id: 'S1', role: 'accept', durationDays: 1 }];
    for (let i = 2; i <= 31; i++) steps.push({ id: `S${i}`, department: `第${i}科`, durationDays: 1, predecessors: [`S${i - 1}`] });
    steps.push({ id: 'S32', role: 'publicize', durationDays: 40, predecessors: ['S1'] });
    steps.push({ id: 'S33', role: 'approve', durationDays: 1, predecessors: ['S31'] });
    const item = analyzeProcedure(makeProcedure(steps));
    expect(item.findings.map((f) => [f.kind, f.stepIds])).toEqual([['order-gap', ['S32', 'S33']]]);
    expect([item.criticalPath.durationDays, item.lawfulDurationDays]).toEqual([41, 42]);
  });
});
