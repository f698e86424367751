// Every zh-CN message of every catalogue, rendered with sample parameters (Chinese, digits and ids,
// so that a Latin word in the result is the message's own), has no Latin word of three letters or
// more outside a short allow-list: codes, option names, formats and file names, the P(…) notation.
// Every English message, rendered the same way, has no Han text but quoted data, glosses in
// parentheses and a short list of terms kept inline.
import { describe, expect, it } from 'vitest';
import { ANALYSIS_TEXT, CALENDAR_TEXT, CASE_LOG_TEXT, CLI_TEXT, IMPORT_TEXT, MODEL_TEXT, REPORT_TEXT } from '../../src/i18n/index.js';
import { latinWords } from '../support/latin-words.js';

const CATALOGUES = { ANALYSIS_TEXT, CALENDAR_TEXT, CASE_LOG_TEXT, CLI_TEXT, IMPORT_TEXT, MODEL_TEXT, REPORT_TEXT } as const;

/** Variants of a parameter, rendered in turn (enums, yes/no, null or not); any other value is used as it is. */
class Variants {
  constructor(readonly values: readonly unknown[]) {}
}
const v = (...values: unknown[]): Variants => new Variants(values);

const COLUMN = { name: 'duration_days', chinese: '办理时限' };
const STEP = { id: '第2步', name: '受理' };
const ROLE = { role: 'review', word: '审查' };
const DAY_COLUMNS = v('duration_days', 'duration_min', 'duration_max', 'wait_days', 'legal_limit_days', 'promised_limit_days');
const AMOUNT = v({ days: '10', unit: 'workday' }, { days: '10', unit: 'calendar-day' }, { days: '8', unit: 'hour' });
const STEP_STATE = v('waiting', 'active', 'done', 'skipped', null);
const PART = 'xl/worksheets/sheet1.xml';
const DAMAGE = [
  { kind: 'directory-outside' }, { kind: 'no-end-record' }, { kind: 'entry', entry: 3 }, { kind: 'no-local-header', part: PART }, { kind: 'part-past-end', part: PART },
  { kind: 'stored-sizes', part: PART }, { kind: 'inflate', part: PART, detail: '细节' }, { kind: 'inflated-size', part: PART, bytes: 9, declared: 8 }, { kind: 'method', part: PART, method: 99 },
];

/** Sample values by parameter name: Chinese text, digits and ids, so that a Latin word in a result is the message's own. */
const COMMON: Readonly<Record<string, unknown>> = {
  absorbs: v(true, false), bareYear: v(true, false), conflict: v(true, false), lawful: v(true, false), lineage: v(true, false), offClock: v(true, false), critical: v(true, false), likely: 3,
  count: 3, cases: 4, items: ['第1步 收件', '第2步 受理'], fitting: 1, unaligned: v(0, 2), errors: 1, warnings: 2, ok: 2, pages: v(0, 3), candidates: 5, problems: 2, states: 120, steps: 6, links: 9,
  maxStates: 50000, maxSteps: 200, maxLinks: 400, shapes: 3, line: 17, year: 2027, firstYear: 2020, lastYear: 2026, n: 3, total: 9, perPage: 500, more: 4, shown: 10, rows: 12, width: 3,
  expected: 2, got: 3, given: 2, handoffs: 2, merges: 1, visits: 2, visit: 1, counted: 3, members: ['第2步 初审', '第3步 复审'], first: '第2步 初审', last: 20,
  days: '3.5', clock: 6.5, promised: 10, legal: 20, margin: 3.5, slack: '2', wait: '1', time: '3.5', start: '2', finish: '5.5', amount: '10',
  item: '甲-1 建设工程规划许可', itemCode: '甲-1', step: '环节 2 受理', stepId: '第2步', stepIds: ['第2步', '第3步'], from: '第1步 收件', to: '第2步 受理', fromId: '第1步', toId: '第2步',
  second: '第3步 复审', department: '业务科', material: '申请表', materials: '《申请表》', keptId: '第2步', kept: '第2步 初审', dropped: '第3步 复审', intake: '第1步 收件', accept: '第2步 受理',
  cell: '某值', cells: ['某值', '另一值'], value: '某值', word: '会办', words: ['审查', '审核'], name: '名称', label: '标签', title: '标题', heading: '标题', note: '备注', header: '表头', headers: ['表头甲', '表头乙'],
  path: '窗口/办理规程.csv', file: '窗口.csv', out: '报告', dir: '方案', sheet: '工作表一', sheets: ['工作表一', '工作表二'], caseId: '办件-001', firstCase: '办件-001', event: '受理', trace: '办件-001',
  code: '甲-1', firstCode: '甲-1', lastCode: '甲-9', candidate: '并联审批', candidateId: v(null, '方案-1'), best: v(null, '并联审批'), target: '甲', condition: '需要时', role: '审查', roles: ['审查', '决定'],
  reason: '原因', reasons: '原因一；原因二', detail: '细节', why: '原因', cycle: '第2步 → 第3步 → 第2步', problem: '问题', list: '甲、乙', date: '2027-01-04', timestamp: '2027-01-04 09:00',
  left: ['甲-2'], leftOut: v([], ['甲-2']), noOutputs: v({ named: ['第3步'], total: 1 }, { named: ['第3步'], total: 30 }), noInputs: v({ named: ['第5步'], total: 1 }, { named: [], total: 0 }), missing: v({ named: ['第2步'], total: 1 }, { named: ['第2步', '第4步'], total: 30 }), itemCodes: ['甲-1', '甲-2'], known: ['第一方案', '第二方案'], kinds: ['并联'], langs: ['zh-CN', 'en'], choices: ['json', 'md'],
  suggestions: v([], ['--format'], ['--out', '--own']), flag: '--某选项', flags: '--某选项 <值>', description: v('说明', ''), extra: ['可选：甲'], logFitness: '0.93', averageFitness: '0.9', pert: '96.32%', monteCarlo: v(null, '93.60%'),
  promisedDue: '2027-01-04', legalDue: '2027-01-18', clockEnd: '2027-01-11', end: '2027-01-11', encoding: 'GBK', closest: v([], [{ word: '审查', role: ROLE }]), other: '另一项', place: '第 3 行', limit: '10', limits: '法定 20',
  machines: v(null, { notExhaustive: 1, tooLarge: 1, failed: 1 }), notChecked: v(null, '规模过大'), status: v('ok', 'failed', 'not-exhaustively-checked', 'not-checked'),
  whose: v('item', 'items'), what: v('file', 'folder'), unit: v('items', 'files'), task: v('analysing', 'checking-machines', 'drawing', 'bpmn'), command: v(null, 'template'), instead: v('unknown-time', 'no-wait', 'not-given'),
  id: '第2步', state: '{第1步:已完成}', column: COLUMN, columns: [COLUMN], kind: v('bad-quote', 'unterminated-quote'), accepted: ['办理时限', '时限'],
  parts: [{ kind: 'schedule' }, { kind: 'candidate', id: '方案-1' }, { kind: 'promised-due' }, { kind: 'legal-due' }, { kind: 'critical-path-end' }, { kind: 'clock-end' }],
  context: v({ kind: 'date' }, { kind: 'start' }, { kind: 'start-option' }, { kind: 'run-after', days: 9, start: '2026-12-21', lastYear: 2026 }, { kind: 'run-through', days: 9, start: '2026-12-21', year: 2027 }),
  years: v([[2020, 2026]], [[2020, 2026], [2028, 2028]]), builtInLastYear: 2026,
};

/** Where a catalogue uses a name for something else than COMMON's. */
const BY_CATALOGUE: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  CLI_TEXT: { heading: v('usage', 'arguments', 'options', 'commands', 'global-options'), best: v(null, { name: '并联审批', clockEnd: '2027-01-11' }), items: 2 },
  CALENDAR_TEXT: { first: v('holiday', 'workday', 'covered'), kind: v('holiday', 'workday', 'covered', 'holiday', 'covered', 'workday') },
  REPORT_TEXT: { best: v(null, { name: '并联审批', clockEnd: '2027-01-11' }), first: 1, unit: v('calendar-day', 'hour'), items: 2 },
  IMPORT_TEXT: {
    first: 2, unit: v('workday', 'calendar-day', 'hour'), amount: AMOUNT, roles: [ROLE], role: ROLE, what: v('case-log', 'calendar'), reason: v('missing', 'directory', 'permission', 'other'),
    refusal: v(
      { kind: 'not-a-workbook' }, { kind: 'zip-not-a-workbook' }, { kind: 'office-not-excel' }, { kind: 'unreadable', detail: '细节' }, { kind: 'cannot-parse', detail: '细节' }, { kind: 'encrypted' },
      { kind: 'too-large', bytes: 1, maxBytes: 2 }, { kind: 'zip64' }, { kind: 'unpacks-too-large', mib: '1', maxMib: '2' }, { kind: 'part-bomb', part: PART, bytes: 1 },
      ...DAMAGE.map((damage) => ({ kind: 'zip-damaged', damage })),
    ),
  },
  MODEL_TEXT: {
    step: STEP, target: STEP, waitsFor: STEP, state: STEP_STATE, expected: v('done', 'waiting', 'skipped', 'active', null), stepState: STEP_STATE, targetState: v('done', 'waiting', null),
    accepted: v(true, false), wrong: [{ stepId: '第2步', state: 'done', expected: 'waiting' }], states: ['done', 'skipped'], what: v('steps', 'links'),
  },
  CASE_LOG_TEXT: { timestamp: ['时间'], start: ['开始时间'], end: ['完成时间'], place: v({ trace: 3, event: 5, caseId: '办件-001' }, { trace: 3, event: null, caseId: null }), items: 2 },
};

/** Where one message uses a name for something else again. */
const BY_MESSAGE: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'CLI_TEXT.placeholder': { name: v('code', 'command', 'date', 'dir', 'figure', 'file', 'files', 'format', 'kinds', 'lang', 'n', 'name', 'seconds', 'variant') },
  'CLI_TEXT.helpDefault': { value: v(false, true, [], ['甲'], 8, '某值'), description: v(undefined, '说明') },
  'CLI_TEXT.helpPreset': { value: v(true, '某值') },
  'CLI_TEXT.helpEnv': { name: 'PROCOPT_LANG' },
  'CLI_TEXT.unwritable': { reason: v(null, 'EACCES', 'EPERM', 'EROFS', 'ENAMETOOLONG', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENOSPC', 'EDQUOT', 'ENOENT', 'EMFILE', 'EIO'), code: 'EACCES' },
  'CLI_TEXT.unknownFindingKind': { kind: '某类' },
  'ANALYSIS_TEXT.noteFindingsCut': { kind: v('mergeable', 'duplicate-check', 'order-gap'), found: 4998, limit: 500, exact: v(true, false) },
  'REPORT_TEXT.oddsLine': { best: v(null, '并联审批') },
  'REPORT_TEXT.unknownVariant': { variant: '某方案', known: ['original', 'best'] },
  'IMPORT_TEXT.unitConflict': { header: v('workday', 'calendar-day', 'hour'), row: v('hour', 'workday', 'calendar-day') },
  'IMPORT_TEXT.threePointIncomplete': { given: v('duration_min', 'duration_max'), missing: v('duration_max', 'duration_min') },
  'IMPORT_TEXT.threePointOrder': { column: v('duration_min', 'duration_max'), days: 2, likely: 3 },
  'IMPORT_TEXT.unknownReference': { column: v('predecessors', 'hard_predecessors', 'return_to') },
  'IMPORT_TEXT.rolesConflict': { other: { role: 'decide', word: '决定' } },
  'IMPORT_TEXT.duplicateItem': { first: v({ file: null, line: 3 }, { file: '窗口.csv', line: 3 }) },
  'IMPORT_TEXT.unreadableFile': { what: v('file', 'case-log') },
  'IMPORT_TEXT.roleFromName': { roles: [ROLE, { role: 'decide', word: '决定' }] },
  'IMPORT_TEXT.roleGuessed': { roles: [ROLE, { role: 'decide', word: '决定' }] },
  'MODEL_TEXT.deadlock': { state: [{ key: 's0', step: { id: '第1步', name: '受理' }, state: 'done' }, { key: 's1', step: { id: '第2步', name: '审查' }, state: null }] },
  'MODEL_TEXT.approvedUnreachableFrom': { state: [{ key: 's0', step: { id: '第1步', name: '受理' }, state: 'waiting' }] },
  'CASE_LOG_TEXT.missingItem': { reason: v('left-out', 'unknown') },
  'CASE_LOG_TEXT.needTimestamp': { start: ['开始时间'] },
};
for (const key of ['negativeDays', 'threePointUnreadable', 'unparsedDays', 'ambiguousDays', 'durationRange', 'durationMinimum', 'durationDeadline', 'durationFromAcceptance', 'durationNote', 'emptyDays']) {
  (BY_MESSAGE as Record<string, Record<string, unknown>>)[`IMPORT_TEXT.${key}`] = { column: DAY_COLUMNS };
}

const ROUNDS = 24;

function params(where: string, round: number): object {
  const own = BY_CATALOGUE[where.split('.')[0]!] ?? {};
  const mine = BY_MESSAGE[where] ?? {};
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        const source = [mine, own, COMMON].find((samples) => Object.hasOwn(samples, name));
        if (source === undefined) throw new Error(`no sample for parameter "${name}" (${where})`);
        const sample = source[name];
        return sample instanceof Variants ? sample.values[round % sample.values.length] : sample;
      },
      has: () => true,
    },
  );
}

/** Every text of a catalogue entry: a string, a message rendered in every variant, or the texts of a nested object. */
function render(catalogue: string, key: string, entry: unknown): [string, string][] {
  if (typeof entry === 'string') return [[key, entry]];
  if (typeof entry === 'function') {
    const texts = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      try {
        texts.add(String((entry as (p: object) => unknown)(params(`${catalogue}.${key}`, round))));
      } catch (error) {
        texts.add(`[cannot render: ${String(error)}]`);
      }
    }
    return [...texts].map((text) => [key, text]);
  }
  if (entry !== null && typeof entry === 'object') return Object.entries(entry).flatMap(([k, v]) => render(catalogue, `${key}.${k}`, v));
  return [];
}

describe('every zh-CN catalogue message', () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    it(`${name}: no Latin word of its own outside the allow-list`, () => {
      const found: string[] = [];
      for (const [key, entry] of Object.entries(catalogue['zh-CN'])) {
        for (const [where, text] of render(name, key, entry)) {
          const words = latinWords(text);
          if (words.length > 0 || /undefined|\[object|\[cannot render/.test(text)) found.push(`${where}: ${words.join(' ')} — ${text}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});

/** Every Han string a sample holds (input data a message quotes). */
function hanSamples(): string[] {
  const out = new Set<string>();
  const walk = (x: unknown): void => {
    if (typeof x === 'string') out.add(x);
    else if (x instanceof Variants) x.values.forEach(walk);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === 'object') Object.values(x).forEach(walk);
  };
  [COMMON, BY_CATALOGUE, BY_MESSAGE].forEach(walk);
  return [...out].filter((s) => /\p{Script=Han}/u.test(s));
}

/**
 * The Chinese terms English messages use inline, as the window knows them: the official names of
 * the limits, links and reforms, and the input words a message lists (units, 是/否, 天/日). Chinese in
 * parentheses is a gloss of the English before it — `(承诺时限)`, `(收件即受理)`, Excel's Chinese menu
 * path — and also kept.
 */
const KEPT_INLINE = ['最多跑一次', '法定节假日', '前置环节', '承诺时限', '法定时限', '法定前置', '工作日', '自然日', '受理', '公示', '调休', '小时', '是', '否', '天', '日'];

describe('every English catalogue message', () => {
  // Longest first, so that a sample holding a kept term (环节 2 受理) or a term holding a sample (承诺时限, 时限) goes whole.
  const removed = [...hanSamples(), ...KEPT_INLINE].sort((a, b) => b.length - a.length);
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    it(`${name}: no Han text outside quoted data, glosses in parentheses and the kept terms`, () => {
      const found: string[] = [];
      for (const [key, entry] of Object.entries(catalogue.en)) {
        for (const [where, text] of render(name, key, entry)) {
          let rest = text;
          for (const part of removed) rest = rest.split(part).join(' ');
          rest = rest.replace(/\([^()]*\)/g, ' ');
          const han = rest.match(/\p{Script=Han}+/gu) ?? [];
          if (han.length > 0) found.push(`${where}: ${han.join(' ')} — ${text}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});
