// Named tests for the mutants that once survived the whole suite (issue #15 §5; docs/mutation.md
// lists them with the test that kills each). The analysis cases go through the public path — a CSV
// imported by importFiles, analysed by analyzeProcedure — so they hold whatever shape the rules'
// code takes. Every expected figure is worked out by hand in the comment next to it.

import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../src/analyze/index.js';
import { findParetoFront, type ScoredRedesign } from '../../src/analyze/redesign/pareto-front.js';
import type { ItemAnalysis } from '../../src/domain/index.js';
import { hasBit, setBit, wordsFor } from '../../src/graph/bit-rows.js';
import { importFiles } from '../../src/import/index.js';
import { escapeXml } from '../../src/report/index.js';

const HEADER = 'item_code,item_name,step_id,step_name,department,role,duration_days,predecessors,inputs,outputs,applicant_visit,promised_limit_days,counts_toward_limit';

/** One item from rows of `id,name,department,role,days,predecessors,inputs,outputs,visit,promised,counts`. */
function importItem(rows: readonly string[]) {
  const text = [HEADER, ...rows.map((r) => `M-1,测试事项,${r}`)].join('\n');
  return importFiles([{ file: 'mutant.csv', bytes: new TextEncoder().encode(`${text}\n`) }]);
}

function analyse(rows: readonly string[]): ItemAnalysis {
  const imported = importItem(rows);
  expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(imported.procedures).toHaveLength(1);
  return analyzeProcedure(imported.procedures[0]!);
}

const findingsOf = (result: ItemAnalysis, kind: string): string[][] => result.findings.filter((f) => f.kind === kind).map((f) => f.stepIds);

describe('analysis rules (public behaviour)', () => {
  it('mutant-hearing-before-approve: a declared 听证 → 审批 link is required, not parallelizable; 审批 declared before 听证 is an order conflict', () => {
    const declared = analyse(['S1,受理,窗口,受理,1,,,,,,', 'S2,听证,法制科,听证,1,S1,,,,,', 'S3,审批,审批科,审批,1,S2,,,,,']);
    expect(findingsOf(declared, 'parallelizable')).toEqual([]);
    const reversed = analyse(['S1,受理,窗口,受理,1,,,,,,', 'S2,审批,审批科,审批,1,S1,,,,,', 'S3,听证,法制科,听证,1,S2,,,,,']);
    // The required link 听证 → 审批 closes a cycle with the declared order: reported (as an order
    // problem, or an order-conflict finding where the analysis has that kind), whatever its form.
    expect(reversed.orderProblems.length + findingsOf(reversed, 'order-conflict').length).toBeGreaterThan(0);
  });

  it('mutant-expert-before-approve: a declared 专家评审 → 审批 link is required, not parallelizable', () => {
    const result = analyse(['S1,受理,窗口,受理,1,,,,,,', 'S2,专家评审,专家组,专家评审,1,S1,,,,,', 'S3,审批,审批科,审批,1,S2,,,,,']);
    expect(findingsOf(result, 'parallelizable')).toEqual([]);
  });

  it('mutant-parallelizable-reduced-order: a declared link implied by other declared links (S2 → S4) is not reported; the links of the chain are', () => {
    // 受理 → 审查A → 审查B → 审查C → 审批, plus S2 → S4; the three reviews share no material, so the
    // required order is only 受理 before them and them before 审批. After transitive reduction the
    // declared links among the reviews are S2 → S3 and S3 → S4; S2 → S4 is redundant, not parallelizable.
    // Every step lists what it uses and produces (lineage), so the analysis may judge the links.
    const result = analyse([
      'S1,受理,窗口,受理,1,,申请书,受理通知书,,,',
      'S2,审查A,甲科,审查,1,S1,申请书,意见A,,,',
      'S3,审查B,乙科,审查,1,S2,申请书,意见B,,,',
      'S4,审查C,丙科,审查,1,S2;S3,申请书,意见C,,,',
      'S5,审批,审批科,审批,1,S4,意见A;意见B;意见C,许可决定,,,',
    ]);
    expect(findingsOf(result, 'parallelizable')).toEqual([
      ['S2', 'S3'],
      ['S3', 'S4'],
    ]);
  });

  it('mutant-deliver-protected: a 送达 step with no materials is never a pass-through; a 流转 step with none is', () => {
    const result = analyse(['S1,受理,窗口,受理,1,,,,,,', 'S2,流转,窗口,流转,0,S1,,,,,', 'S3,审批,审批科,审批,1,S2,,,,,', 'S4,送达,窗口,送达,1,S3,,,,,']);
    expect(findingsOf(result, 'pass-through')).toEqual([['S2']]);
  });

  it('mutant-repeated-material-producers: a material a step produces is not the applicant\'s, however many visits use it', () => {
    // 告知书 is produced by S1 and used at two visits (S2, S3): not repeated. 身份证 is the applicant's own: repeated.
    const result = analyse([
      'S1,受理,窗口,受理,1,,申请书,告知书,否,,',
      'S2,现场核查,核查科,现场核查,1,S1,告知书;身份证,,是,,',
      'S3,面谈,审批科,审查,1,S2,告知书;身份证,,是,,',
      'S4,审批,审批科,审批,1,S3,,,否,,',
    ]);
    expect(findingsOf(result, 'repeated-material')).toEqual([['S2', 'S3']]);
    expect(result.findings.find((f) => f.kind === 'repeated-material')?.message).toContain('身份证');
    expect(result.findings.find((f) => f.kind === 'repeated-material')?.message).not.toContain('告知书');
  });

  it('mutant-visits-counted: one visit is no extra visit; two are', () => {
    const one = analyse(['S1,受理,窗口,受理,1,,,,是,,', 'S2,审批,审批科,审批,1,S1,,,否,,']);
    expect(one.applicantVisits).toBe(1);
    expect(findingsOf(one, 'extra-visit')).toEqual([]);
    const two = analyse(['S1,受理,窗口,受理,1,,,,是,,', 'S2,现场核查,核查科,现场核查,1,S1,,,是,,', 'S3,审批,审批科,审批,1,S2,,,否,,']);
    expect(two.applicantVisits).toBe(2);
    expect(findingsOf(two, 'extra-visit')).toEqual([['S1', 'S2']]);
  });

  it('mutant-limit-slack-clock: the promise is held against the best candidate\'s clock time, not its duration', () => {
    // 受理 1 + 流转 0 + 专家评审 5 (off the clock, Art. 45) + 审批 1: duration 7, clock 2. The candidate
    // without the hand-over has the same figures (the expert's opinion feeds the approval: it stays). Promised 3: 3 − 2 = 1 day of slack on the clock
    // (a finding); against the duration it would be 3 − 7 < 0 (none).
    const result = analyse([
      'S1,受理,窗口,受理,1,,,,,3,',
      'S2,流转,窗口,流转,0,S1,,,,3,',
      'S3,专家评审,专家组,专家评审,5,S2,申请书,专家意见,,3,否',
      'S4,审批,审批科,审批,1,S3,专家意见,许可证,,3,',
    ]);
    expect(result.criticalPath.durationDays).toBe(7);
    expect(result.clockDays).toBe(2);
    expect(result.candidates[0]).toMatchObject({ durationDays: 7, clockDays: 2 });
    expect(findingsOf(result, 'limit-slack')).toEqual([[]]);
  });

  it('mutant-pareto-tie-break: of redesigns tying on every figure, the smaller id is on the front, first', () => {
    // Exact ties never reach analyzeProcedure's output side by side (the front keeps one), so this
    // one is checked on the front itself: b and a tie on (4 steps, 6 days, 2 visits).
    const r = (id: string, steps: number, duration: number, visits: number): ScoredRedesign => ({ id, steps, duration, visits });
    const front = findParetoFront([r('b', 4, 600, 2), r('a', 4, 600, 2), r('c', 5, 500, 2)], { steps: 5, duration: 1000, visits: 2 });
    const ids = front.map((s) => s.id);
    expect(ids).toContain('a');
    expect(ids.indexOf('a')).toBeLessThan(ids.includes('b') ? ids.indexOf('b') : Infinity);
    expect(ids.filter((id) => id !== 'b')).toEqual(['c', 'a']);
  });
});

describe('import', () => {
  it('mutant-calendar-day-rounding: 自然日 × 5/7 rounds to the nearest hundredth (2 → 1.43, not 1.42)', () => {
    const imported = importFiles([
      {
        file: 'days.csv',
        bytes: new TextEncoder().encode('item_code,item_name,step_id,step_name,department,role,duration_days\nD-1,事项,S1,受理,窗口,受理,2个自然日\nD-1,事项,S2,审批,窗口,审批,3个自然日\n'),
      },
    ]);
    // 2 × 5/7 = 1.4286 → 1.43; 3 × 5/7 = 2.1429 → 2.14 (down, so the rule is not "always up").
    expect(imported.procedures[0]!.steps.map((s) => s.durationDays)).toEqual([1.43, 2.14]);
  });

  it('mutant-undecodable-crlf: with CRLF line ends the UNDECODABLE line is the physical line, CR LF counted once', () => {
    const head = Buffer.from('item_code,item_name,step_id,step_name,department\r\nU-1,事项,S1,受理,窗口\r\nU-1,事项,S2,', 'utf8');
    const bytes = Buffer.concat([head, Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(',窗口\r\n', 'utf8')]);
    const { diagnostics } = importFiles([{ file: 'crlf.csv', bytes }], { encoding: 'utf-8' });
    expect(diagnostics.filter((d) => d.code === 'UNDECODABLE').map((d) => d.line)).toEqual([3]);
  });
});

describe('graph and report', () => {
  it('mutant-bitset-words: 33 nodes need two 32-bit words per row, 64 two, 65 three; bit 32 is its own', () => {
    expect([1, 32, 33, 64, 65].map(wordsFor)).toEqual([1, 1, 2, 2, 3]);
    const words = wordsFor(33);
    const rows = new Uint32Array(33 * words);
    setBit(rows, words, 0, 32);
    expect(hasBit(rows, words, 0, 32)).toBe(true);
    expect(hasBit(rows, words, 1, 0)).toBe(false); // bit 32 of row 0 did not spill into row 1
    expect(hasBit(rows, words, 0, 0)).toBe(false);
  });

  it('mutant-bitset-words-analysis: a 40-step chain with a shortcut S1 → S40 reports that shortcut as redundant', () => {
    const rows = ['S1,受理,窗口,受理,1,,,,,,'];
    for (let i = 2; i < 40; i++) rows.push(`S${i},审查${i},科${i},审查,1,S${i - 1},,,,,`);
    rows.push('S40,审批,审批科,审批,1,S39;S1,,,,,');
    const result = analyse(rows);
    expect(findingsOf(result, 'redundant-precedence')).toEqual([['S1', 'S40']]);
  });

  it('mutant-xml-control: control characters become U+FFFD in XML/SVG text, tab and line feed stay', () => {
    expect(escapeXml('a\u0000b\u001b[8mc\u0008\u000b\u000c\u001f\ufffe\uffff\t\n\r<&>')).toBe('a\ufffdb\ufffd[8mc\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\t\n\r&lt;&amp;&gt;');
  });
});
