// Reading a type word (procedure-csv.md): one named case per rule with its exact answer, the step's
// reading (empty cell → name; the applicant's steps), the position-aware readings an item's declared
// order decides (intake, supervise, inspect), and a property: every type cell the writer produces
// reads back as the step's roles.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Procedure, type Role, type Step } from '../../src/domain/index.js';
import {
  createRoleTable,
  defaultRoleTable,
  importFiles,
  primaryRole,
  readStepRoles,
  readTypeWord,
  typeCells,
  type TypeWordReading,
} from '../../src/import/index.js';
import { textFile } from './fixtures.js';

const read = (cell: string): TypeWordReading => readTypeWord(cell, defaultRoleTable());
const table = (...roles: Role[]): TypeWordReading => ({ kind: 'table', roles });
const guessed = (roles: Role[], words: string[]): TypeWordReading => ({ kind: 'guessed', roles, words });
const suggesting = (...suggestions: [string, Role][]): TypeWordReading => ({ kind: 'unknown', suggestions: suggestions.map(([word, role]) => ({ word, role })) });

describe('reading a type word, rule by rule', () => {
  it('rule 1: a word of the table is that word (并联审批 is one review word; role names in any case)', () => {
    expect(read('受理')).toEqual(table('accept'));
    expect(read('并联审批')).toEqual(table('review'));
    expect(read(' 归档 ')).toEqual(table('register'));
    expect(read('出具受理通知书')).toEqual(table('notify'));
    expect(read('Review')).toEqual(table('review'));
    expect(read('其他')).toEqual(table('other'));
  });

  it('rule 2: split at 、 / 并 及 和 into acts, each read by rules 1, 3 and 4; roles in table order', () => {
    expect(read('审核并公示')).toEqual(table('review', 'publicize'));
    expect(read('审核、确认')).toEqual(table('review', 'approve'));
    expect(read('公示/审查')).toEqual(table('review', 'publicize'));
    expect(read('受理及审查')).toEqual(table('accept', 'review'));
    expect(read('review/approve')).toEqual(table('review', 'approve'));
    // Spaces around a separator belong to no act.
    expect(read('审核 、公示')).toEqual(table('review', 'publicize'));
    expect(read('受理 / 审核')).toEqual(table('accept', 'review'));
    // A part read by rule 3 or 4 makes the whole a guess naming that part's word.
    expect(read('调查审核并公示')).toEqual(guessed(['review', 'publicize'], ['审核']));
  });

  it('rule 2: a split that leaves an empty part is no split; a part nothing reads sends the whole cell to rules 3 and 4', () => {
    expect(read('审批并')).toEqual(guessed(['approve'], ['审批']));
    expect(read('审核和会办')).toEqual(guessed(['review'], ['审核']));
    expect(read('研究和会办').kind).toBe('unknown');
  });

  it('rule 3: a notice ending is notify; 意见 takes the role of the word just before it, else review', () => {
    expect(read('开具材料接收通知书')).toEqual(guessed(['notify'], ['通知书']));
    expect(read('不予许可告知书')).toEqual(guessed(['notify'], ['告知书']));
    expect(read('发送补正通知')).toEqual(guessed(['notify'], ['通知']));
    expect(read('审批意见')).toEqual(guessed(['approve'], ['审批']));
    expect(read('受理意见')).toEqual(guessed(['accept'], ['受理']));
    expect(read('审查意见书')).toEqual(guessed(['review'], ['审查']));
    expect(read('出具意见')).toEqual(guessed(['review'], ['意见']));
  });

  it('rule 4: the head word (the table word that ends last) reads the compound', () => {
    expect(read('调查审核')).toEqual(guessed(['review'], ['审核']));
    expect(read('拟审批公示')).toEqual(guessed(['publicize'], ['公示']));
    expect(read('局务会审查')).toEqual(guessed(['review'], ['审查']));
    expect(read('委托第三方检测')).toEqual(guessed(['intermediary'], ['检测']));
  });

  it('rule 4: a word followed by a document noun names a document and is skipped', () => {
    expect(read('审查申请材料')).toEqual(guessed(['review'], ['审查']));
    expect(read('送达不予许可决定书')).toEqual(guessed(['deliver'], ['送达']));
    expect(read('告知申请人')).toEqual(guessed(['notify'], ['告知']));
  });

  it('rule 4: a word that is the object of the word before it is skipped (申请 after any word; any word after handoff or submit)', () => {
    expect(read('受理申请')).toEqual(guessed(['accept'], ['受理']));
    expect(read('上报审批')).toEqual(guessed(['handoff'], ['上报']));
    expect(read('报送审核')).toEqual(guessed(['handoff'], ['报送']));
    // 报送 names a document here (报送材料), so 审核 is no object of it.
    expect(read('报送材料审核')).toEqual(guessed(['review'], ['审核']));
  });

  it('rule 4: on a tie the longer word wins; when every word is skipped the last is taken all the same', () => {
    expect(read('组织并联审批')).toEqual(guessed(['review'], ['并联审批']));
    expect(read('现场核查整改')).toEqual(guessed(['supervise'], ['核查整改']));
    expect(read('决定书')).toEqual(guessed(['approve'], ['决定']));
  });

  it("words of real guides the table adds beyond the contract's minimum (models/real): each read as the act the guide means", () => {
    expect(['预受理', '现地勘验', '实地核查', '现场审核', '抽查', '同意', '裁决', '公布', '审理', '核实', '核验', '造册', '出证', '核发'].map((w) => [w, read(w)])).toEqual([
      ['预受理', table('intake')],
      ['现地勘验', table('inspect')],
      ['实地核查', table('inspect')],
      ['现场审核', table('inspect')],
      ['抽查', table('inspect')],
      ['同意', table('approve')],
      ['裁决', table('approve')],
      ['公布', table('publicize')],
      ['审理', table('review')],
      ['核实', table('review')],
      ['核验', table('review')],
      ['造册', table('register')],
      ['出证', table('deliver')],
      ['核发', table('deliver')],
    ]);
    // By their heads, 预受理 would be accept (受理) and 现场审核 review (审核): the table words decide first.
    expect(read('公布确认结果')).toEqual(guessed(['publicize'], ['公布']));
  });

  it('unknown: nothing reads it; up to three table words sharing the most characters are suggested', () => {
    expect(read('会办')).toEqual({ kind: 'unknown', suggestions: [{ word: '会签', role: 'review' }, { word: '局务会议', role: 'review' }, { word: '承办', role: 'review' }] });
    expect(read('盖章')).toEqual({ kind: 'unknown', suggestions: [] });
    expect(read('')).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('suggestions: the most characters shared first (case aside), then the table\'s order', () => {
    expect(read('务局会')).toEqual(suggesting(['局务会议', 'review'], ['会签', 'review'], ['中介服务', 'intermediary']));
    expect(read('会批签')).toEqual(suggesting(['会签', 'review'], ['签批', 'approve'], ['局务会议', 'review']));
    expect(read('ABC')).toEqual(suggesting(['accept', 'accept'], ['publicize', 'publicize'], ['submit', 'submit']));
  });

  it("a centre's word already in the table takes the centre's role, is suggested once, and is read in any case", () => {
    const words = createRoleTable([
      { word: '会签', role: 'approve' },
      { word: ' Fast-Track ', role: 'accept' },
    ]);
    expect(readTypeWord('签会', words)).toEqual(suggesting(['会签', 'approve'], ['局务会议', 'review'], ['签收', 'handoff']));
    expect(readTypeWord('FAST-TRACK', words)).toEqual(table('accept'));
    // The same cell read again comes from the table's cache, the same answer.
    expect(readTypeWord('FAST-TRACK', words)).toEqual(table('accept'));
  });

  it("a centre's words are read before the table's, and take part in rules 2-4", () => {
    const words = createRoleTable([
      { word: '会办', role: 'review' },
      { word: '审查', role: 'inspect' },
    ]);
    expect(readTypeWord('会办', words)).toEqual(table('review'));
    expect(readTypeWord('审查', words)).toEqual(table('inspect'));
    expect(readTypeWord('会办并公示', words)).toEqual(table('review', 'publicize'));
    expect(readTypeWord('研究会办', words)).toEqual(guessed(['review'], ['会办']));
  });

  it('a step of several roles is named by the last of them in the table: approve before review, publicize before review', () => {
    expect(primaryRole(['review', 'approve'])).toBe('approve');
    expect(primaryRole(['review', 'publicize'])).toBe('publicize');
    expect(primaryRole(['accept', 'review'])).toBe('review');
    expect(primaryRole(['approve', 'deliver'])).toBe('deliver');
    expect(primaryRole(['submit', 'intake'])).toBe('intake');
    expect(primaryRole(['approve'])).toBe('approve');
    expect(primaryRole([])).toBe('other');
  });
});

describe("a step's roles from its row", () => {
  const roles = (type: string, name: string, department: string): [Role[], string | null] => {
    const r = readStepRoles(type, name, department, defaultRoleTable());
    return [r.roles, r.note?.code ?? null];
  };

  it('rule 5: a table word gives no warning, a guess ROLE_GUESSED, nothing UNKNOWN_ROLE (the step is other)', () => {
    expect(roles('审核并公示', 'x', '街道')).toEqual([['review', 'publicize'], null]);
    expect(roles('调查审核', 'x', '街道')).toEqual([['review'], 'ROLE_GUESSED']);
    expect(roles('会办', 'x', '民政局')).toEqual([['other'], 'UNKNOWN_ROLE']);
  });

  it('an empty type cell: the step name is read the same way (ROLE_FROM_NAME); nothing known → other', () => {
    expect(roles('', '窗口收件', '综合窗口')).toEqual([['intake'], 'ROLE_FROM_NAME']);
    expect(roles('', '受理', '综合窗口')).toEqual([['accept'], 'ROLE_FROM_NAME']);
    expect(roles('', '研究会办', '民政局')).toEqual([['other'], 'ROLE_FROM_NAME']);
  });

  it("the applicant's steps (申请… departments, 建设单位, 当事人, 办事人, 个人) are submit unless the word reads as deliver", () => {
    expect(roles('补正材料', 'x', '申请人')).toEqual([['submit'], null]);
    expect(roles('会办', 'x', '申请单位')).toEqual([['submit'], null]);
    expect(roles('审查', 'x', '申请企业')).toEqual([['submit'], null]);
    expect(roles('', '按评审意见修改报告', '建设单位')).toEqual([['submit'], null]);
    expect(roles('提交材料', 'x', '当事人')).toEqual([['submit'], null]);
    expect(roles('申报', 'x', '办事人')).toEqual([['submit'], null]);
    expect(roles('咨询', 'x', '个人')).toEqual([['submit'], null]);
    expect(roles('领证', 'x', '申请人')).toEqual([['deliver'], null]);
    expect(roles('领取', 'x', '个人')).toEqual([['deliver'], null]);
    // The department cell is read trimmed; a 申请… department by its start.
    expect(roles('审查', 'x', ' 申请人 ')).toEqual([['submit'], null]);
    expect(roles('审查', 'x', '申请单位（盖章）')).toEqual([['submit'], null]);
    expect(roles('审查', 'x', '代申请人窗口')).toEqual([['review'], null]);
    // 个人独资企业登记科 is a window, not the applicant: only the exact 个人 is.
    expect(roles('审查', 'x', '个人独资企业登记科')).toEqual([['review'], null]);
    // A lower office reporting up (申报 by a window) is a hand-over.
    expect(roles('申报', 'x', '区局')).toEqual([['handoff'], null]);
  });
});

/** The roles importFiles reads for an item of rows `id,name,department,type,duration,predecessors`. */
function importRoles(rows: string[], header = 'item_code,item_name,step_id,step_name,department,role,duration_days,predecessors'): { roles: [string, Role[]][]; steps: Step[]; codes: [string, number][] } {
  const text = [header, ...rows.map((r) => `X,事项,${r}`)].join('\n');
  const result = importFiles([textFile('x.csv', text)], { lang: 'en' });
  const steps = result.procedures[0]?.steps ?? [];
  return { roles: steps.map((s) => [s.id, s.roles]), steps, codes: result.diagnostics.map((d) => [d.code, d.line]) };
}

describe('readings the declared order decides', () => {
  it('intake: a step whose only role is review and that comes before some accept step (审查 → 受理)', () => {
    const { roles } = importRoles(['S1,材料审查,窗口,审查,1,', 'S2,受理,窗口,受理,1,S1', 'S3,审核,科室,审核,2,S2', 'S4,审核并公示,科室,审核并公示,5,S1']);
    expect(roles).toEqual([
      ['S1', ['intake']],
      ['S2', ['accept']],
      ['S3', ['review']],
      // Not a review only: it keeps its roles, though 受理 does not follow it either way.
      ['S4', ['review', 'publicize']],
    ]);
  });

  it('supervise: after a deliver step and before no approve or deliver step, whatever its word (归档 after 送达)', () => {
    const { roles, steps } = importRoles([
      'S1,受理,窗口,受理,1,',
      'S2,审批,局,审批,1,S1',
      'S3,送达,窗口,送达,1,S2',
      'S4,归档,档案室,归档,,S3',
      'S5,第三方评估,中介,评估,,S3',
      'S6,听证,局,听证,10,S3',
      'S7,事后监管,局,事后监管,,S3',
    ]);
    expect(roles).toEqual([
      ['S1', ['accept']],
      ['S2', ['approve']],
      ['S3', ['deliver']],
      ['S4', ['supervise']],
      ['S5', ['supervise']],
      // A hearing keeps its role after the delivery (the analysis makes it an order-conflict).
      ['S6', ['hearing']],
      ['S7', ['supervise']],
    ]);
    // Counted 0 without making the item incomplete; counts_toward_limit follows the final role.
    expect(steps.map((s) => [s.id, s.durationMissing, s.countsTowardLimit])).toEqual([
      ['S1', false, true],
      ['S2', false, true],
      ['S3', false, true],
      ['S4', false, true],
      ['S5', false, true],
      ['S6', false, false],
      ['S7', false, true],
    ]);
  });

  it('not supervise: a step that an approve or deliver step still follows (告知 between 制证 and 领证); a supervise word there is inspect', () => {
    const { roles } = importRoles([
      'S1,受理,窗口,受理,1,',
      'S2,监督检查,科室,监督检查,2,S1',
      'S3,审批,局,审批,1,S2',
      'S4,制证,窗口,制证,1,S3',
      'S5,通知领证,窗口,告知,0,S4',
      'S6,领证,窗口,领证,0,S5',
    ]);
    expect(roles).toEqual([
      ['S1', ['accept']],
      ['S2', ['inspect']],
      ['S3', ['approve']],
      ['S4', ['deliver']],
      ['S5', ['notify']],
      ['S6', ['deliver']],
    ]);
  });

  it('empty durations: unknown (EMPTY_DURATION, incomplete) except on submit and supervise steps, which count 0', () => {
    const { steps, codes } = importRoles([
      'S1,网上申请,申请人,申请,,',
      'S2,受理,窗口,受理,1,S1',
      'S3,发放,局,发放,,S2',
      'S4,归档,档案室,归档,,S3',
    ]);
    expect(steps.map((s) => [s.id, s.role, s.durationDays, s.durationMissing, s.countsTowardLimit])).toEqual([
      ['S1', 'submit', 0, false, false],
      ['S2', 'accept', 1, false, true],
      ['S3', 'deliver', 0, true, true],
      ['S4', 'supervise', 0, false, true],
    ]);
    expect(codes).toEqual([['EMPTY_DURATION', 4]]);
  });

  it('no predecessors column: the rows of each item are a chain in file order (one note per item), and the readings use it', () => {
    const { steps, codes } = importRoles(['S1,材料审查,窗口,审查,1', 'S2,受理,窗口,受理,1', 'S3,送达,窗口,送达,1', 'S4,归档,档案室,归档,'], 'item_code,item_name,step_id,step_name,department,role,duration_days');
    expect(steps.map((s) => [s.id, s.predecessors, s.role])).toEqual([
      ['S1', [], 'intake'],
      ['S2', ['S1'], 'accept'],
      ['S3', ['S2'], 'deliver'],
      ['S4', ['S3'], 'supervise'],
    ]);
    expect(codes).toEqual([['NO_PREDECESSORS_COLUMN', 2]]);
  });

  it('no duration column: every time unknown, one warning for the file, no warning per step', () => {
    const { steps, codes } = importRoles(['S1,申请,申请人,申请,', 'S2,受理,窗口,受理,S1', 'S3,审查,科室,审查,S2'], 'item_code,item_name,step_id,step_name,department,role,predecessors');
    expect(steps.map((s) => [s.id, s.durationMissing])).toEqual([
      ['S1', false],
      ['S2', true],
      ['S3', true],
    ]);
    expect(codes).toEqual([['NO_DURATION_COLUMN', 1]]);
  });
});

describe('the type cells the writer produces', () => {
  const step = (roles: Role[], typeWord: string, i: number, predecessors: string[] = []): Step => ({
    id: `S${i}`,
    name: `环节${i}`,
    department: '科室',
    role: primaryRole(roles),
    roles,
    typeWord,
    durationDays: 1,
    waitDays: 0,
    durationMissing: false,
    countsTowardLimit: true,
    predecessors,
    hardPredecessors: [],
    inputs: [],
    outputs: [],
    applicantVisit: false,
    condition: '',
    returnTo: null,
    attributes: {},
    line: 0,
  });
  const procedure = (steps: Step[]): Procedure => ({ itemCode: 'X', itemName: 'x', legalLimitDays: null, promisedLimitDays: null, steps, source: { file: '', line: 0 } });
  const rolesArb = fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 4 }).map((picked) => ROLES.filter((r) => picked.includes(r)));
  const wordArb = fc.oneof(fc.constantFrom('', '审查', '审核并公示', '调查审核', '会办', '归档', '收件', '送达', 'approve/review'), fc.string({ maxLength: 6 }));

  it('property: any cell written for a step reads back, on its row alone, as the step\'s roles (both header languages)', () => {
    fc.assert(
      fc.property(rolesArb, wordArb, fc.boolean(), (roles, typeWord, chinese) => {
        const [cell] = typeCells(procedure([step(roles, typeWord, 1)]), chinese);
        expect(readStepRoles(cell!, '环节1', '科室', defaultRoleTable()).roles).toEqual(roles);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the step's own words where they read back, with the order's help (审查 before 受理 is intake); else the roles' words", () => {
    const steps = [
      step(['intake'], '审查', 1),
      step(['accept'], '受理', 2, ['S1']),
      step(['review', 'publicize'], '审核并公示', 3, ['S2']),
      step(['approve'], '审核', 4, ['S3']),
      step(['review', 'approve'], '', 5, ['S4']),
      step(['deliver'], '送达', 6, ['S5']),
      step(['supervise'], '归档', 7, ['S6']),
    ];
    expect(typeCells(procedure(steps), true)).toEqual(['审查', '受理', '审核并公示', '审批', '审查、审批', '送达', '归档']);
    expect(typeCells(procedure(steps), false)).toEqual(['审查', '受理', '审核并公示', 'approve', 'review/approve', '送达', '归档']);
    // Without the 受理 after it, 审查 would read as review: the intake step is written as 收件.
    expect(typeCells(procedure([step(['intake'], '审查', 1)]), true)).toEqual(['收件']);
  });
});
