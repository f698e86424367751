// Mutants of how a candidate's steps are spelt (src/analyze/redesign/candidate-steps.ts) that
// survived the suite in the mutation run of 2026-12-05 (docs/mutation.md): the fields of a
// candidate's steps — merged outputs, carried 法定前置 and 退回环节, attributes, type words, moved
// materials — were checked only through re-imports of random items. Killed here through the public
// path (a CSV read by importFiles, analysed by analyzeProcedure), on the steps of a named candidate.

import { describe, expect, it } from 'vitest';
import type { ItemAnalysis, Step } from '../../src/domain/index.js';
import { analyseRows } from '../support/csv-item.js';

/** The steps of the candidate `id` (it must be proposed). */
function stepsOf(result: ItemAnalysis, id: string): readonly Step[] {
  const candidate = result.candidates.find((c) => c.id === id);
  expect(candidate, `candidate ${id}`).toBeDefined();
  return candidate!.steps;
}

/** The step `id` of a candidate's steps. */
function stepOf(steps: readonly Step[], id: string): Step {
  const step = steps.find((s) => s.id === id);
  expect(step, `step ${id}`).toBeDefined();
  return step!;
}

describe('a merged step (mergeable: 审查A → 审查B of one department)', () => {
  // S0 收件 → S1 受理 → S2 审查A → S3 审查B → S4 审批. S2 and S3 are merged. S2: 法定前置 S1, 补正 back
  // to S0, attribute 备注 乙. S3: no type word (read from its name), an empty duration, 法定前置 S1
  // again, 补正 back to S1, 备注 丙 and 附加 丁, and the same output 意见 as S2. S4 returns to S1.
  const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs,hard_predecessors,return_to,备注,附加';
  const rows = [
    'S0,收件,窗口,收件,1,,申请书,,,,,',
    'S1,受理,窗口,受理,1,S0,申请书,受理单,,,甲,',
    'S2,审查A,审查科,审查,1,S1,受理单,意见,S1,S0,乙,',
    'S3,审查B,审查科,,,S2,意见,意见,S1,S1,丙,丁',
    'S4,审批,审批科,审批,1,S3,意见,决定,,S1,,',
  ];

  it('mutant-merged-step-fields: the first member\'s 补正 target and attributes win, 法定前置 and outputs are listed once, an empty duration or type word carries over', () => {
    const steps = stepsOf(analyseRows(rows, COLUMNS), 'merge');
    expect(steps.map((s) => s.id)).toEqual(['S0', 'S1', 'S2+S3', 'S4']);
    const merged = stepOf(steps, 'S2+S3');
    expect(merged).toMatchObject({
      name: '审查A+审查B',
      // S3 had no type word: the merged cell is empty too (it reads back by the name's words).
      typeWord: '',
      durationDays: 1,
      durationMissing: true,
      predecessors: ['S1'],
      hardPredecessors: ['S1'],
      // 受理单 is made by S1 (node 0): it still exists. 意见 is made by S2 itself for S3: not an input.
      inputs: ['受理单'],
      outputs: ['意见'],
      returnTo: 'S0',
      attributes: { 备注: '乙', 附加: '丁' },
      line: 0,
    });
    // An unmerged step keeps its own line, attributes and 补正 target (S1, at node 0); one with none has none.
    expect(stepOf(steps, 'S1')).toMatchObject({ line: 3, returnTo: null, attributes: { 备注: '甲' }, hardPredecessors: [] });
    expect(stepOf(steps, 'S4')).toMatchObject({ line: 6, returnTo: 'S1', hardPredecessors: [] });
    expect(stepOf(steps, 'S0')).toMatchObject({ line: 2, returnTo: null });
  });

  it('mutant-merged-return-inside: a 补正 back to another member of the same merged step is no 补正 target of it; a 法定前置 on the first row is kept', () => {
    const inside = ['S1,受理,窗口,受理,1,,申请书,受理单,,,,', 'S2,审查A,审查科,审查,1,S1,受理单,意见,S1,,,', 'S3,审查B,审查科,审查,1,S2,意见,意见B,,S2,,', 'S4,审批,审批科,审批,1,S3,意见B,决定,,,,'];
    const merged = stepOf(stepsOf(analyseRows(inside, COLUMNS), 'merge'), 'S2+S3');
    expect(merged).toMatchObject({ returnTo: null, typeWord: '审查、审查', durationMissing: false, outputs: ['意见', '意见B'], hardPredecessors: ['S1'] });
  });
});

describe('a removed pass-through (S2 审查A → S3 流转 → S4 审查B)', () => {
  // S3 passes S2's 意见 on and lists no outputs: the required link S2 → S3 (data) and S3 → S4 (declared,
  // kept since S3 lists no outputs) pass to S2 → S4 once S3 is removed. The candidate's own roles
  // and documents do not give S2 → S4 (two reviews, S4 uses only the applicant's 申请书), so it is
  // written as a 法定前置 of S4. S4's 补正 back to the removed S3 goes nowhere; S5's back to S1 stays.
  const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs,return_to';
  const rows = [
    'S1,受理,窗口,受理,1,,申请书,受理单,',
    'S2,审查A,审查科,审查,1,S1,受理单,意见,',
    'S3,流转,审查科,流转,0,S2,意见,,',
    'S4,审查B,规划科,审查,1,S3,申请书,意见B,S3',
    'S5,审批,审批科,审批,1,S4,意见;意见B,决定,S1',
  ];

  it('mutant-carried-required-link: a required link through the removed step that the candidate\'s own rules do not give again becomes a 法定前置, and no other link does', () => {
    const steps = stepsOf(analyseRows(rows, COLUMNS), 'remove-pass-through');
    expect(steps.map((s) => [s.id, s.predecessors, s.hardPredecessors, s.returnTo])).toEqual([
      ['S1', [], [], null],
      ['S2', ['S1'], [], null],
      ['S4', ['S2'], ['S2'], null],
      ['S5', ['S4'], [], 'S1'],
    ]);
  });
});

describe('a removed pass-through with two successors (审查A → 流转 → 审查B and 审查C)', () => {
  it('mutant-removed-step-two-successors: each successor of the removed step follows its predecessor', () => {
    const rows = [
      'S1,受理,窗口,受理,1,,申请书,受理单',
      'S2,审查A,审查科,审查,1,S1,受理单,意见',
      'S3,流转,审查科,流转,0,S2,意见,',
      'S4,审查B,规划科,审查,1,S3,申请书,意见B',
      'S6,审查C,环保科,审查,1,S3,申请书,意见C',
      'S5,审批,审批科,审批,1,S4;S6,意见;意见B;意见C,决定',
    ];
    const steps = stepsOf(analyseRows(rows, 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs'), 'remove-pass-through');
    expect(steps.map((s) => [s.id, s.predecessors, s.hardPredecessors])).toEqual([
      ['S1', [], []],
      ['S2', ['S1'], []],
      ['S4', ['S2'], ['S2']],
      ['S6', ['S2'], ['S2']],
      ['S5', ['S4', 'S6'], []],
    ]);
  });
});

describe('a step dropped as a duplicate of two checks that both stay', () => {
  // 审查丙 checks the same 受理单 as 审查甲 and 审查乙 (one department, all after 受理 only); the one of
  // those two named in 审批's 法定前置 cannot be dropped, so both stay and 审查丙 is dropped twice.
  const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs,hard_predecessors';
  const rows = (first: string, second: string) => [
    'S1,受理,窗口,受理,1,,申请书,受理单,',
    `${first},审查甲,审查科,审查,1,S1,受理单,意见甲,`,
    `${second},审查乙,审查科,审查,1,S1,受理单,意见乙,`,
    'S7,审查丙,审查科,审查,1,S1,受理单,意见丙,',
    `S4,审批,审批科,审批,1,S3;S5;S7,意见甲;意见乙;意见丙,决定,${second}`,
  ];

  it('mutant-keeper-smallest-id: its outputs pass to the keeper with the smallest id, whichever row comes first', () => {
    for (const [first, second] of [
      ['S3', 'S5'],
      ['S5', 'S3'],
    ] as const) {
      const result = analyseRows(rows(first, second), COLUMNS);
      expect(result.findings.map((f) => [f.kind, f.stepIds])).toEqual([
        ['duplicate-check', [first, 'S7']],
        ['duplicate-check', [second, 'S7']],
      ]);
      const steps = stepsOf(result, 'drop-duplicates');
      expect(stepOf(steps, 'S3').outputs).toEqual([first === 'S3' ? '意见甲' : '意见乙', '意见丙']);
      expect(stepOf(steps, 'S5').outputs).toEqual([first === 'S5' ? '意见甲' : '意见乙']);
    }
  });

  it('mutant-keeper-first-row: a keeper on the first row of the file gives way to a keeper with a smaller id', () => {
    // 审查乙 (S5) is the first row, so 审查丙 is first dropped for it; 审查甲 (S3, named in 审批's
    // 法定前置, so never dropped itself) has the smaller id and takes 审查丙's outputs.
    const result = analyseRows(
      [
        'S5,审查乙,审查科,审查,1,S1,受理单,意见乙,',
        'S1,受理,窗口,受理,1,,申请书,受理单,',
        'S3,审查甲,审查科,审查,1,S1,受理单,意见甲,',
        'S7,审查丙,审查科,审查,1,S1,受理单,意见丙,',
        'S4,审批,审批科,审批,1,S3;S5;S7,意见甲;意见乙;意见丙,决定,S3',
      ],
      COLUMNS,
    );
    expect(result.findings.map((f) => [f.kind, f.stepIds])).toEqual([
      ['duplicate-check', ['S5', 'S7']],
      ['duplicate-check', ['S3', 'S7']],
    ]);
    const steps = stepsOf(result, 'drop-duplicates');
    expect(stepOf(steps, 'S3').outputs).toEqual(['意见甲', '意见丙']);
    expect(stepOf(steps, 'S5').outputs).toEqual(['意见乙']);
  });
});

describe('three duplicate checks that keep one another in a ring', () => {
  // 审查X → 审查Y declared; 审查Z unordered with both. Rows Y, Z, X: X is kept over Y (declared first), Y
  // over Z and Z over X (first in the file). Applying all three drops left 受理 → 审批 alone. The ring
  // is read in two row orders: its checks on the first rows (the walk passes row 0) and after 受理.
  const ring = [
    'SY,审查Y,审查科,审查,1,SX,受理单,意见Y',
    'SZ,审查Z,审查科,审查,1,S1,受理单,意见Z',
    'SX,审查X,审查科,审查,1,S1,受理单,意见X',
  ];
  const accept = 'S1,受理,窗口,受理,1,,申请书,受理单';
  const approve = 'S4,审批,审批科,审批,1,SY;SZ,意见X;意见Y;意见Z,决定';
  it.each([
    ['checks first', [...ring, accept, approve]],
    ['受理 first', [accept, ...ring, approve]],
  ])('drop-ring (%s): one check of the ring stays and takes over the others\' outputs (all three were dropped, 审批 left with no review)', (_, rows) => {
    const result = analyseRows(rows, 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs');
    expect(result.findings.filter((f) => f.kind === 'duplicate-check').map((f) => f.stepIds)).toEqual([
      ['SY', 'SZ'],
      ['SZ', 'SX'],
      ['SX', 'SY'],
    ]);
    // Y is dropped for X, Z for Y (so for X); Z's keeping X closes the ring and is not applied.
    const steps = stepsOf(result, 'drop-duplicates');
    expect(steps.map((s) => [s.id, s.predecessors, s.inputs, s.outputs])).toEqual(
      expect.arrayContaining([
        ['S1', [], ['申请书'], ['受理单']],
        ['SX', ['S1'], ['受理单'], ['意见X', '意见Y', '意见Z']],
        ['S4', ['SX'], ['意见X', '意见Y', '意见Z'], ['决定']],
      ]),
    );
    expect(steps).toHaveLength(3);
    expect(result.candidates.find((c) => c.id === 'drop-duplicates')).toMatchObject({ stepCount: 3, durationDays: 3 });
  });
});

describe('a dropped duplicate check (S2 审查A and S3 审查B of one department on the same 受理单)', () => {
  it('mutant-kept-check-outputs: the kept check takes over the dropped one\'s outputs, each listed once', () => {
    const rows = [
      'S1,受理,窗口,受理,1,,申请书,受理单',
      'S2,审查A,审查科,审查,1,S1,受理单,意见;复核单',
      'S3,审查B,审查科,审查,1,S1,受理单,意见;意见B',
      'S4,审批,审批科,审批,1,S2;S3,意见;复核单;意见B,决定',
    ];
    const result = analyseRows(rows, 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs');
    const steps = stepsOf(result, 'drop-duplicates');
    expect(steps.map((s) => s.id)).toEqual(['S1', 'S2', 'S4']);
    expect(stepOf(steps, 'S2').outputs).toEqual(['意见', '复核单', '意见B']);
    expect(stepOf(steps, 'S4').inputs).toEqual(['意见', '复核单', '意见B']);
  });
});

describe('visits consolidated (最多跑一次): the applicant\'s materials moved to the first 受理', () => {
  const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs,applicant_visit';

  it('mutant-moved-materials: a visit step\'s own materials go to the first 受理 when every step using them follows it; a material an earlier step uses stays', () => {
    // S5 领证 comes first in the file (node 0). S1 收件 → S2 受理 are merged (intake-merge); the first
    // 受理 in the declared order is S2, so S1+S2 collects. 身份证 (S5's) and 照片 (S6's, a visit kept
    // for 勘验) move; 营业执照 stays: S0 申请, before 受理, uses it too.
    const rows = [
      'S5,领证,窗口,领证,1,S4,身份证;决定,,1',
      'S0,申请,申请人,申请,0,,申请书;营业执照,,0',
      'S1,收件,窗口,收件,1,S0,申请书,,0',
      'S2,受理,窗口,受理,1,S1,申请书,受理单,1',
      'S3,审查,审查科,审查,1,S2,受理单;营业执照,意见,0',
      'S4,审批,审批科,审批,1,S3,意见,决定,0',
      'S6,现场核查,核查科,勘验,1,S2,营业执照;照片,核查记录,1',
    ];
    const steps = stepsOf(analyseRows(rows, COLUMNS), 'intake-merge+visits');
    expect(steps.map((s) => [s.id, s.inputs, s.outputs, s.applicantVisit])).toEqual([
      ['S5', ['身份证', '决定'], [], false],
      ['S0', ['申请书', '营业执照'], [], false],
      ['S1+S2', ['申请书', '身份证', '照片'], ['受理单', '身份证', '照片'], true],
      ['S3', ['受理单', '营业执照'], ['意见'], false],
      ['S4', ['意见'], ['决定'], false],
      ['S6', ['营业执照', '照片'], ['核查记录'], true],
    ]);
  });

  it('mutant-moved-materials-first-row: a material whose earlier user is the first row of the file stays where it is', () => {
    // As above with S0 申请 first in the file (node 0): 营业执照, used by S0 before 受理, is not moved.
    const rows = [
      'S0,申请,申请人,申请,0,,申请书;营业执照,,0',
      'S1,受理,窗口,受理,1,S0,申请书,受理单,1',
      'S3,审查,审查科,审查,1,S1,受理单;营业执照,意见,0',
      'S4,审批,审批科,审批,1,S3,意见,决定,0',
      'S5,领证,窗口,领证,1,S4,身份证;营业执照;决定,,1',
    ];
    const steps = stepsOf(analyseRows(rows, COLUMNS), 'visits');
    expect(stepOf(steps, 'S1')).toMatchObject({ inputs: ['申请书', '身份证'], outputs: ['受理单', '身份证'], applicantVisit: true });
    expect(stepOf(steps, 'S5')).toMatchObject({ inputs: ['身份证', '营业执照', '决定'], applicantVisit: false });
    expect(stepOf(steps, 'S0').inputs).toEqual(['申请书', '营业执照']);
  });

  it('mutant-no-collector: with no 受理 step no material is moved, and a candidate that keeps the visits moves none', () => {
    const noAccept = ['S1,收件,窗口,收件,1,,申请书,收件单,1', 'S2,审查,审查科,审查,1,S1,收件单,意见,0', 'S3,审批,审批科,审批,1,S2,意见,决定,0', 'S4,领证,窗口,领证,1,S3,身份证;决定,,1'];
    const steps = stepsOf(analyseRows(noAccept, COLUMNS), 'visits');
    expect(steps.map((s) => [s.id, s.inputs, s.outputs, s.applicantVisit])).toEqual([
      ['S1', ['申请书'], ['收件单'], false],
      ['S2', ['收件单'], ['意见'], false],
      ['S3', ['意见'], ['决定'], false],
      ['S4', ['身份证', '决定'], [], false],
    ]);
    // 受理 and 勘验 both need the applicant: the merge candidate keeps both visits and moves nothing.
    const bothNeeded = [
      'S1,受理,窗口,受理,1,,申请书,受理单,1',
      'S2,审查A,审查科,审查,1,S1,受理单,意见A,0',
      'S3,审查B,审查科,审查,1,S2,意见A,意见B,0',
      'S6,现场勘验,核查科,勘验,1,S1,照片,核查记录,1',
      'S4,审批,审批科,审批,1,S3;S6,意见B;核查记录,决定,0',
    ];
    const merged = stepsOf(analyseRows(bothNeeded, COLUMNS), 'merge');
    expect(merged.map((s) => [s.id, s.inputs, s.outputs, s.applicantVisit])).toEqual([
      ['S1', ['申请书'], ['受理单'], true],
      ['S2+S3', ['受理单'], ['意见A', '意见B'], false],
      ['S6', ['照片'], ['核查记录'], true],
      ['S4', ['意见B', '核查记录'], ['决定'], false],
    ]);
  });

  it('mutant-moved-materials-removed-steps: a removed step\'s own materials are not moved, and a removed step using a material does not hold it back', () => {
    // S0 流转 (the window's hand-over before 受理, using 申请表) and S3 移送 (a hand-over with a visit,
    // bringing 补充材料) are both removed. 领证 (a visit) needs 申请表 too: its one remaining user
    // follows 受理, so it moves to 受理; 补充材料, used only by the removed 移送, goes nowhere.
    const rows = [
      'S0,流转,窗口,流转,1,,申请表,,0',
      'S1,受理,窗口,受理,1,S0,申请书,受理单,1',
      'S2,审查,审查科,审查,1,S1,受理单,意见,0',
      'S3,移送,审查科,流转,1,S2,补充材料,,1',
      'S4,审批,审批科,审批,1,S3,意见,决定,0',
      'S5,领证,窗口,领证,1,S4,申请表;决定,,1',
    ];
    const steps = stepsOf(analyseRows(rows, COLUMNS), 'remove-pass-through+visits');
    expect(steps.map((s) => [s.id, s.inputs, s.outputs, s.applicantVisit])).toEqual([
      ['S1', ['申请书', '申请表'], ['受理单', '申请表'], true],
      ['S2', ['受理单'], ['意见'], false],
      ['S4', ['意见'], ['决定'], false],
      ['S5', ['申请表', '决定'], [], false],
    ]);
  });
});
