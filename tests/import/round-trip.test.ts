// formatProcedureCsv ∘ encodeText ∘ importFiles is the identity on valid procedures (except line and
// source, and the readings the import makes of roles: the first pass settles them), in every
// encoding, with both header languages and all three delimiters; a second pass changes nothing.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Procedure, type Step } from '../../src/domain/index.js';
import { encodeText, formatProcedureCsv, importFiles, type EncodingName } from '../../src/import/index.js';

/** Characters GBK can write: ASCII, common hanzi, full-width punctuation, and the CSV specials. */
const GBK_CHARS = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp)) },
  { weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((cp) => String.fromCodePoint(cp)) },
  { weight: 2, arbitrary: fc.constantFrom(',', '"', '\n', ';', '\t', ' ', '，', '“', '”', '（', '）', '　', '；', '、', '|') },
);
/** Beyond GBK: characters GB18030 writes with 4 bytes (and UTF-8/16 of course). */
const WIDE_CHARS = fc.oneof(
  { weight: 6, arbitrary: GBK_CHARS },
  { weight: 1, arbitrary: fc.constantFrom('𠀀', '😀', '€', 'ǹ', '\u00a0x', 'é', '\u2028') },
);

/** A trimmed, non-empty text of the given characters. */
const textOf = (chars: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.array(chars, { minLength: 1, maxLength: 8 }).map((cs) => cs.join('').trim()).filter((s) => s !== '');

/** Like textOf, without list separators (ids and list entries). */
const wordOf = (chars: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  textOf(chars.filter((c) => !/[;；、|\n\r]/.test(c)));

const days = fc.nat({ max: 50_000 }).map((h) => h / 100);

/** Type words as windows write them: table words, compounds, guesses, unknown words, none. */
const TYPE_WORDS = ['', '审查', '受理', '审核并公示', '调查审核', '会办', '送达', '归档', '收件', '审批意见', '开具材料接收通知书', 'review', 'approve/deliver'];

/** A non-empty set of roles in table order, and the role that names it. */
const rolesArb = fc
  .uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 3 })
  .map((picked) => ROLES.filter((r) => picked.includes(r)));

function procedureArb(chars: fc.Arbitrary<string>, index: number): fc.Arbitrary<Procedure> {
  const text = textOf(chars);
  const word = wordOf(chars);
  const stepArb = fc.record({
    name: text,
    department: text,
    roles: rolesArb,
    typeWord: fc.oneof(fc.constantFrom(...TYPE_WORDS), text),
    durationDays: days,
    waitDays: days,
    durationMissing: fc.boolean(),
    // A three-point estimate around the duration (hundredths below and above it), or none.
    spread: fc.option(fc.tuple(fc.nat({ max: 5_000 }), fc.nat({ max: 5_000 })), { nil: null }),
    countsTowardLimit: fc.boolean(),
    predOffsets: fc.uniqueArray(fc.nat({ max: 4 }), { maxLength: 3 }),
    hardOffsets: fc.uniqueArray(fc.nat({ max: 4 }), { maxLength: 2 }),
    inputs: fc.uniqueArray(word, { maxLength: 3 }),
    outputs: fc.uniqueArray(word, { maxLength: 3 }),
    applicantVisit: fc.boolean(),
    condition: fc.option(text, { nil: '' }),
    returnTo: fc.option(fc.nat({ max: 5 }), { nil: null }),
    attributes: fc.dictionary(fc.constantFrom('备注', 'Note', '联系电话'), text, { maxKeys: 2 }),
  });
  return fc
    .record({
      codeWord: word,
      itemName: text,
      legalLimitDays: fc.option(days, { nil: null }),
      promisedLimitDays: fc.option(days, { nil: null }),
      ids: fc.uniqueArray(word, { minLength: 1, maxLength: 6 }),
      raw: fc.array(stepArb, { minLength: 6, maxLength: 6 }),
    })
    .map(({ codeWord, itemName, legalLimitDays, promisedLimitDays, ids, raw }) => {
      // Predecessors point back by relative offsets, so the declared order is acyclic by construction.
      const back = (i: number, offsets: number[]): string[] =>
        [...new Set(offsets.map((k) => i - 1 - k).filter((j) => j >= 0))].map((j) => ids[j] as string);
      const steps: Step[] = ids.map((id, i) => {
        const r = raw[i]!;
        return {
          id,
          name: r.name,
          department: r.department,
          role: r.roles.at(-1)!,
          roles: r.roles,
          typeWord: r.typeWord,
          durationDays: r.durationMissing ? 0 : r.durationDays,
          waitDays: r.waitDays,
          ...threePointOf(r.durationMissing ? null : r.durationDays, r.spread),
          durationMissing: r.durationMissing,
          countsTowardLimit: r.countsTowardLimit,
          predecessors: back(i, r.predOffsets),
          hardPredecessors: back(i, r.hardOffsets),
          inputs: r.inputs,
          outputs: r.outputs,
          applicantVisit: r.applicantVisit,
          condition: r.condition,
          returnTo: r.returnTo === null ? null : (ids[r.returnTo % ids.length] as string),
          attributes: r.attributes,
          line: 0,
        };
      });
      return {
        itemCode: `${codeWord}-${index}`, // distinct across the generated items
        itemName,
        legalLimitDays,
        promisedLimitDays,
        steps,
        source: { file: '', line: 0 },
      };
    });
}

/** durationMin and durationMax around a known duration, in exact hundredths (none without a spread). */
function threePointOf(duration: number | null, spread: [number, number] | null): Pick<Step, 'durationMin' | 'durationMax'> {
  if (duration === null || spread === null) return {};
  const h = Math.round(duration * 100);
  return { durationMin: Math.max(0, h - spread[0]) / 100, durationMax: (h + spread[1]) / 100 };
}

const proceduresArb = (chars: fc.Arbitrary<string>): fc.Arbitrary<Procedure[]> =>
  fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => procedureArb(chars, i))));

/** Procedures without the fields that reflect where they were read from. */
function comparable(procedures: readonly Procedure[]): unknown {
  return procedures.map((p) => ({ ...p, source: null, steps: p.steps.map((s) => ({ ...s, line: 0 })) }));
}

/**
 * `written` with the role readings of `read` (role, roles, typeWord) and, from them, whether an
 * unknown time makes the item incomplete (never on a submit or supervise step).
 */
function withReadings(written: readonly Procedure[], read: readonly Procedure[]): Procedure[] {
  return written.map((p, i) => ({
    ...p,
    steps: p.steps.map((s, k) => {
      const r = read[i]?.steps[k];
      if (r === undefined) return s;
      const timeless = r.roles.includes('submit') || r.roles.includes('supervise');
      return { ...s, role: r.role, roles: r.roles, typeWord: r.typeWord, durationMissing: s.durationMissing && !timeless };
    }),
  }));
}

interface Target {
  name: string;
  encoding: Exclude<EncodingName, 'auto'>;
  bom: boolean;
  /** The encoding to import with: auto unless the bytes cannot be told apart from UTF-8 without a BOM. */
  read: EncodingName;
  chars: fc.Arbitrary<string>;
}

const TARGETS: Target[] = [
  { name: 'utf-8', encoding: 'utf-8', bom: false, read: 'auto', chars: WIDE_CHARS },
  { name: 'utf-8 + BOM', encoding: 'utf-8', bom: true, read: 'auto', chars: WIDE_CHARS },
  { name: 'utf-16le', encoding: 'utf-16le', bom: true, read: 'auto', chars: WIDE_CHARS },
  { name: 'utf-16be', encoding: 'utf-16be', bom: true, read: 'auto', chars: WIDE_CHARS },
  // A few hanzi in GBK can also be valid UTF-8, so without a BOM the encoding is named.
  { name: 'gb18030', encoding: 'gb18030', bom: false, read: 'gb18030', chars: WIDE_CHARS },
  { name: 'gb18030 + BOM', encoding: 'gb18030', bom: true, read: 'auto', chars: WIDE_CHARS },
  { name: 'gbk', encoding: 'gbk', bom: false, read: 'gbk', chars: GBK_CHARS },
];

describe('round trip: procedures → CSV → bytes → procedures', () => {
  for (const target of TARGETS) {
    for (const headers of ['english', 'chinese'] as const) {
      for (const delimiter of [',', '\t', ';'] as const) {
        it(`${target.name}, ${headers} headers, delimiter ${JSON.stringify(delimiter)}`, () => {
          fc.assert(
            fc.property(proceduresArb(target.chars), (procedures) => {
              const csv = formatProcedureCsv(procedures, { headers, delimiter });
              const bytes = encodeText(csv, target.encoding, target.bom);
              const result = importFiles([{ file: 'out.csv', bytes }], { encoding: target.read });
              expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
              expect(result.leftOut).toEqual([]);
              expect(comparable(result.procedures)).toEqual(comparable(withReadings(procedures, result.procedures)));
              // What the import read, written and read again, is read the same: roles included.
              const again = formatProcedureCsv(result.procedures, { headers, delimiter });
              const second = importFiles([{ file: 'out.csv', bytes: encodeText(again, target.encoding, target.bom) }], { encoding: target.read });
              expect(comparable(second.procedures)).toEqual(comparable(result.procedures));
              // Lines and sources point into the new file: one header line, then rows (cells may span lines).
              expect(result.procedures.map((p) => p.source.file)).toEqual(procedures.map(() => 'out.csv'));
              expect(result.procedures[0]?.steps[0]?.line).toBe(2);
            }),
            { numRuns: 12 },
          );
        });
      }
    }
  }

  it('chain: the exact CSV for one small procedure', () => {
    const p: Procedure = {
      itemCode: 'FBL-001',
      itemName: '食品经营许可',
      legalLimitDays: 20,
      promisedLimitDays: null,
      source: { file: 'x.csv', line: 2 },
      steps: [
        {
          id: 'S1', name: '受理, 收件', department: '窗口', role: 'accept', roles: ['accept'], typeWord: '', durationDays: 0.5, waitDays: 0, durationMissing: false,
          countsTowardLimit: true, predecessors: [], hardPredecessors: [], inputs: ['申请书', '营业执照'], outputs: [],
          applicantVisit: true, condition: '', returnTo: null, attributes: { 备注: '说"明"' }, line: 2,
        },
        {
          id: 'S2', name: '专家评审', department: '专家组', role: 'expert', roles: ['expert'], typeWord: '', durationDays: 0, waitDays: 1, durationMissing: true,
          countsTowardLimit: false, predecessors: ['S1'], hardPredecessors: ['S1'], inputs: [], outputs: [],
          applicantVisit: false, condition: '需要时', returnTo: 'S1', attributes: {}, line: 3,
        },
      ],
    };
    expect(formatProcedureCsv([p])).toBe(
      'item_code,item_name,step_id,step_name,department,role,duration_days,duration_unit,wait_days,counts_toward_limit,' +
        'predecessors,hard_predecessors,inputs,outputs,applicant_visit,condition,return_to,legal_limit_days,promised_limit_days,备注\r\n' +
        'FBL-001,食品经营许可,S1,"受理, 收件",窗口,accept,0.5,workday,0,yes,,,申请书;营业执照,,yes,,,20,,"说""明"""\r\n' +
        'FBL-001,食品经营许可,S2,专家评审,专家组,expert,,workday,1,no,S1,S1,,,no,需要时,S1,20,,\r\n',
    );
    expect(formatProcedureCsv([p], { headers: 'chinese', delimiter: ';' }).split('\r\n')[2]).toBe(
      'FBL-001;食品经营许可;S2;专家评审;专家组;专家评审;;工作日;1;否;S1;S1;;;否;需要时;S1;20;;',
    );
  });
});
