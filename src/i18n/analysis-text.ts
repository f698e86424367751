// What the analysis says to people: one message per finding (and per variant of a finding), each
// written once per language with named parameters. The English catalogue fixes the keys and the
// parameters; the Chinese one must match it exactly (the compiler checks both), so a key missing in
// one language, or a parameter missing from a call, fails the type check.
// Chinese follows docs/glossary.md: formal written Chinese, full-width punctuation, "3.5 个工作日".

import type { FindingKind } from '../domain/index.js';
import type { Lang } from './lang.js';
import { nameCandidate, REPORT_TEXT } from './report-text.js';

/** Steps are passed already labelled ("S3 材料流转"); days as numbers (formatted here). */
/** A date of an item (--start-date): the schedule's, a candidate's, or one of the item's own. */
export type DatePart =
  | { kind: 'schedule' }
  | { kind: 'candidate'; id: string }
  | { kind: 'promised-due' }
  | { kind: 'legal-due' }
  | { kind: 'critical-path-end' }
  | { kind: 'clock-end' };

function enDatePart(part: DatePart): string {
  switch (part.kind) {
    case 'schedule':
      return 'schedule dates';
    case 'candidate':
      return `candidate ${part.id}`;
    case 'promised-due':
      return 'promisedDue (承诺时限)';
    case 'legal-due':
      return 'legalDue (法定时限)';
    case 'critical-path-end':
      return 'criticalPathEnd';
    case 'clock-end':
      return 'clockEnd';
  }
}

function zhDatePart(part: DatePart): string {
  switch (part.kind) {
    case 'schedule':
      return '各环节起止日期';
    case 'candidate':
      return `优化方案“${nameCandidate(part.id, 'zh-CN')}”`;
    case 'promised-due':
      return '承诺办结日';
    case 'legal-due':
      return '法定办结日';
    case 'critical-path-end':
      return '关键路径完成日';
    case 'clock-end':
      return '计时届满日';
  }
}

/** Steps named in a note: the first few of them by id, and how many there are in all. */
export interface StepList {
  readonly named: readonly string[];
  readonly total: number;
}

function enSteps(l: StepList): string {
  return l.total > l.named.length ? `${l.named.join(', ')} and ${l.total - l.named.length} more` : l.named.join(', ');
}

function zhSteps(l: StepList): string {
  return l.total > l.named.length ? `${l.named.join('、')} 等 ${l.total} 个环节` : l.named.join('、');
}

const en = {
  redundantPrecedence: (p: { from: string; to: string; fromId: string; toId: string }) =>
    `The link ${p.from} → ${p.to} is redundant: the declared order already runs from ${p.fromId} to ${p.toId} through other steps, so the 前置环节 entry can go.`,
  parallelizable: (p: { from: string; to: string }) =>
    `${p.to} need not wait for ${p.from}: it uses nothing that step produces and no rule puts it first, so they can run in parallel (并联审批).`,
  mergeable: (p: { first: string; second: string; department: string; absorbs: boolean }) =>
    `${p.first} and ${p.second} follow each other in the same department (${p.department}); ` +
    (p.absorbs
      ? 'the decision step can take in the work before it (审核审批合一) and save the hand-over between them.'
      : 'merge them into one step and drop the hand-over between them.'),
  intakeMerge: (p: { intake: string; accept: string }) =>
    `${p.intake} checks the same materials as ${p.accept} right before it in the same window; accept on receipt (收件即受理): one step instead of two, 受理 stays.`,
  duplicateCheck: (p: { kept: string; dropped: string; materials: string; department: string; keptId: string }) =>
    `${p.dropped} checks the same materials as ${p.kept} (${p.materials}) in the same department (${p.department}); drop the repeated check (不再重复审查) and let ${p.keptId} stand for its result.`,
  passThrough: (p: { step: string }) => `${p.step} only hands the file on (流转) and produces nothing; remove it and pass the file directly.`,
  repeatedMaterial: (p: { material: string; steps: string }) =>
    `The applicant must bring 《${p.material}》 in person to ${p.steps}; collect it once at 受理 and pass it on (不得要求重复提交).`,
  extraVisit: (p: { count: number; steps: string }) =>
    `The applicant must come in person ${p.count} times (${p.steps}); 最多跑一次 asks for one visit: collect every material at 受理 and deliver by post or online.`,
  clockOverPromised: (p: { clock: number; promised: number; lawful: boolean }) =>
    `${p.lawful ? 'The lawful clock time' : 'The clock time'} of ${p.clock} working days exceeds the 承诺时限 of ${p.promised} days.`,
  clockOverLegal: (p: { clock: number; legal: number; lawful: boolean }) =>
    `${p.lawful ? 'The lawful clock time' : 'The clock time'} of ${p.clock} working days exceeds the 法定时限 of ${p.legal} days.`,
  promiseOverLegal: (p: { promised: number; legal: number }) => `The 承诺时限 of ${p.promised} days is longer than the 法定时限 of ${p.legal} days.`,
  limitSlack: (p: { promised: number; clock: number; margin: number; candidateId: string | null }) =>
    `The 承诺时限 of ${p.promised} days exceeds ${p.candidateId === null ? 'the lawful clock time' : `the clock time of the best redesign (${p.candidateId})`}, ${p.clock} days, by ${p.margin} days; the promise can be cut to ${p.clock} days.`,
  orderGap: (p: { from: string; to: string; fromId: string; reason: string }) =>
    `As written, ${p.to} may start before ${p.from} ends, but ${p.reason}; add ${p.fromId} to its 前置环节.`,
  orderConflict: (p: { cycle: string; reasons: string }) =>
    `The written order contradicts the required order: ${p.cycle} (${p.reasons}); no lawful run follows the procedure as written.`,
  /** A link of an order conflict's cycle that the declared order gives. */
  declaredAfter: (p: { step: string; fromId: string }) => `${p.step} is declared after ${p.fromId}`,
  /** A link of an order conflict's cycle that is neither declared directly nor required. */
  link: (p: { fromId: string; toId: string }) => `${p.fromId} → ${p.toId}`,
  reasonData: (p: { fromId: string; toId: string; material: string }) => `${p.toId} uses 《${p.material}》, which ${p.fromId} produces`,
  reasonMaterial: (p: { fromId: string; toId: string; material: string }) =>
    `${p.toId} uses the applicant's 《${p.material}》, which arrives at ${p.fromId}`,
  reasonHard: (p: { fromId: string; toId: string }) => `${p.fromId} is a 法定前置 of ${p.toId}`,
  reasonNotice: (p: { fromId: string; toId: string }) => `${p.toId} notifies the decision ${p.fromId} takes`,
  reasonDeclared: (p: { fromId: string; toId: string }) => `the declared link ${p.fromId} → ${p.toId} is kept`,
  reasonAbsolute: (p: { fromId: string; toId: string }) => `the law puts ${p.fromId} (听证 / 专家评审) before the final decision ${p.toId}`,
  reasonApplication: (p: { fromId: string }) => `the application ${p.fromId} comes before every step of the office`,
  reasonIntake: (p: { fromId: string }) => `the window's pre-check ${p.fromId} comes first`,
  reasonAccept: (p: { fromId: string; toId: string }) => `受理 ${p.fromId} comes before ${p.toId}`,
  reasonPublicize: (p: { fromId: string; toId: string }) => `the 公示 ${p.fromId} must end before the decision ${p.toId}`,
  reasonEvidence: (p: { fromId: string; toId: string }) => `the decision ${p.toId} waits for ${p.fromId}`,
  reasonDeliver: (p: { fromId: string; toId: string }) => `${p.toId} delivers the outcome after ${p.fromId}`,
  reasonPublication: (p: { fromId: string; toId: string }) => `the 公示 ${p.toId} publishes the decision ${p.fromId} (批后公开)`,
  noteNoMaterials: () =>
    'No step lists its materials (所需材料 / 产出): the lineage rules (data dependencies, duplicate checks, repeated materials, parallel steps) were not applied and the declared order is kept as required; listing them would let procopt judge which steps can run in parallel.',
  noteKeptForMissingData: (p: { count: number; noOutputs: StepList; noInputs: StepList }) =>
    `${p.count} declared ${p.count > 1 ? 'links are' : 'link is'} kept as required only because ${[
      p.noOutputs.total > 0 ? `${enSteps(p.noOutputs)} ${p.noOutputs.total > 1 ? 'list' : 'lists'} no outputs` : '',
      p.noInputs.total > 0 ? `${enSteps(p.noInputs)} ${p.noInputs.total > 1 ? 'list' : 'lists'} no inputs` : '',
    ]
      .filter((x) => x !== '')
      .join(' and ')}; listing them would let procopt judge whether those steps can run in parallel.`,
  noteMissingDurations: (p: { missing: StepList }) =>
    `The durations of ${enSteps(p.missing)} are not given (时限未填): the item's times are lower bounds, no saving is claimed and the item stays out of the catalogue's day totals.`,
  noteSearchCut: (p: { count: number }) =>
    `The candidate search was cut for size (${p.count} steps): each redesign kind was tried alone and all of them together, not every combination.`,
  noteFindingsCut: (p: { kind: FindingKind; found: number; limit: number; exact: boolean }) =>
    `${p.exact ? '' : 'More than '}${p.found} ${p.kind} findings were found: only the first ${p.limit} (by step) are kept — listed, measured and, where they redesign, applied by the candidates; the search stopped there.`,
  noBestSlower: (p: { days: number; conflict: boolean }) =>
    `Every redesign is slower than ${p.conflict ? `the critical path (${p.days} days)` : `the lawful duration (${p.days} days)`}: it would trade days for fewer steps or visits.`,
  noBestNothingApplies: (p: { lineage: boolean }) =>
    `No redesign applies: no declared link can be relaxed${p.lineage ? '' : ' (no materials are listed, so no link can be shown to be unneeded)'}, and no step can be merged, dropped or removed without breaking a rule of what a redesign never does.`,
  noBestNoChange: () => 'No redesign changes the procedure within the required order.',
  noBestRequiredCycle: (p: { cycle: string }) =>
    `The required links form a cycle ${p.cycle}: the declared order links the steps one way and the law or the data the other, so no redesign can follow both; correct the procedure first.`,
  /** Joins step labels in a list inside a sentence. */
  list: (p: { items: readonly string[] }) => p.items.join(', '),
  /** Joins clauses (the reasons of an order conflict's links). */
  clauses: (p: { items: readonly string[] }) => p.items.join('; '),
  /** DATA_AGAINST_ORDER: step `to` uses what step `from`, declared after it, produces. */
  dataAgainstOrder: (p: { from: string; to: string; fromId: string; toId: string; material: string }) =>
    `${p.to} uses 《${p.material}》, which ${p.from} produces, but ${p.fromId} is declared after ${p.toId}: this is not taken as a required link; correct the 前置环节 or the materials`,
  /** Dates of an item left out because they fall beyond the working-day calendar; `reason` is the calendar's message. */
  datesLeftOut: (p: { parts: readonly DatePart[]; reason: string }) =>
    `dates beyond the working-day calendar left out (${p.parts.map(enDatePart).join(', ')}): ${p.reason}`,
};

/** The analysis catalogue's shape: every language has exactly these messages and parameters. */
export type AnalysisText = typeof en;

const zhCN: AnalysisText = {
  redundantPrecedence: (p) => `前置环节“${p.from} → ${p.to}”重复：按现行顺序，${p.fromId} 已经通过其他环节先于 ${p.toId}，该前置环节可以删除。`,
  parallelizable: (p) => `${p.to}不使用 ${p.from}的任何结果，也没有规定要求其在后，二者可以同时办理（并联审批）。`,
  mergeable: (p) =>
    `${p.first}与 ${p.second}由同一部门（${p.department}）先后办理，` +
    (p.absorbs ? '审批环节可以吸收之前的审核工作（审核审批合一），减少一次内部流转。' : '可以合并为一个环节，减少一次内部流转。'),
  intakeMerge: (p) => `${p.intake}与紧随其后的 ${p.accept}在同一窗口审查相同的材料；建议收件即受理，两个环节合为一个，受理环节保留。`,
  duplicateCheck: (p) =>
    `${p.dropped}与 ${p.kept}由同一部门（${p.department}）审查相同的材料（${p.materials}）；建议取消重复审查（不再重复审查），以 ${p.keptId} 的审查结果为准。`,
  passThrough: (p) => `${p.step}仅传递案卷（流转），不产生任何材料；建议取消该环节，案卷直接流转。`,
  repeatedMaterial: (p) => `申请人须将《${p.material}》分别送至 ${p.steps}；建议受理时一次收取，后续环节共享（不得要求重复提交）。`,
  extraVisit: (p) => `申请人须到场 ${p.count} 次（${p.steps}）；按“最多跑一次”要求，材料应在受理时一次收齐，办理结果通过邮寄或网上送达。`,
  clockOverPromised: (p) => `${p.lawful ? '依法计时时长' : '计时时长'} ${p.clock} 个工作日，超过承诺时限 ${p.promised} 个工作日。`,
  clockOverLegal: (p) => `${p.lawful ? '依法计时时长' : '计时时长'} ${p.clock} 个工作日，超过法定时限 ${p.legal} 个工作日。`,
  promiseOverLegal: (p) => `承诺时限 ${p.promised} 个工作日，长于法定时限 ${p.legal} 个工作日。`,
  limitSlack: (p) =>
    `承诺时限 ${p.promised} 个工作日，比${p.candidateId === null ? '本事项的依法计时时长' : `最优方案“${nameCandidate(p.candidateId, 'zh-CN')}”的计时时长`}（${p.clock} 个工作日）多出 ${p.margin} 个工作日；承诺时限可以压缩至 ${p.clock} 个工作日。`,
  orderGap: (p) => `按现行规程，${p.to}可能在 ${p.from}结束前开始，但${p.reason}；建议将 ${p.fromId} 列入其前置环节。`,
  orderConflict: (p) => `现行顺序与必要顺序相矛盾：${p.cycle}（${p.reasons}）；按现行规程无法依法办理。`,
  declaredAfter: (p) => `${p.step}排在 ${p.fromId} 之后`,
  link: (p) => `${p.fromId} → ${p.toId}（现行顺序）`,
  reasonData: (p) => `${p.toId} 使用 ${p.fromId} 产出的《${p.material}》`,
  reasonMaterial: (p) => `${p.toId} 使用申请人在 ${p.fromId} 提交的《${p.material}》`,
  reasonHard: (p) => `${p.fromId} 是 ${p.toId} 的法定前置`,
  reasonNotice: (p) => `${p.toId} 告知 ${p.fromId} 作出的决定`,
  reasonDeclared: (p) => `现行前置环节 ${p.fromId} → ${p.toId} 予以保留`,
  reasonAbsolute: (p) => `法律规定 ${p.fromId}（听证／专家评审）须在最终决定 ${p.toId} 之前`,
  reasonApplication: (p) => `申请 ${p.fromId} 须在办理机关的各环节之前`,
  reasonIntake: (p) => `窗口收件预审 ${p.fromId} 须最先办理`,
  reasonAccept: (p) => `受理 ${p.fromId} 须在 ${p.toId} 之前`,
  reasonPublicize: (p) => `公示 ${p.fromId} 须在决定 ${p.toId} 之前结束`,
  reasonEvidence: (p) => `决定 ${p.toId} 须等待 ${p.fromId}`,
  reasonDeliver: (p) => `${p.toId} 在 ${p.fromId} 之后送达办理结果`,
  reasonPublication: (p) => `公示 ${p.toId} 公开决定 ${p.fromId}（批后公开）`,
  noteNoMaterials: () =>
    '各环节均未列明材料（所需材料／产出）：未适用材料依赖规则（数据依赖、重复审查、重复提交、并联办理），现行顺序按必要顺序保留；列明材料后即可判断哪些环节能够并联办理。',
  noteKeptForMissingData: (p) =>
    `${p.count} 条现行前置环节仅因${[
      p.noOutputs.total > 0 ? `${zhSteps(p.noOutputs)} 未列产出` : '',
      p.noInputs.total > 0 ? `${zhSteps(p.noInputs)} 未列所需材料` : '',
    ]
      .filter((x) => x !== '')
      .join('、')}而按必要顺序保留；列明后即可判断这些环节能否并联办理。`,
  noteMissingDurations: (p) => `${zhSteps(p.missing)} 未填写办理时限（时限未填）：本事项的时长为下限，不计算节省，也不计入全部事项的时长合计。`,
  noteSearchCut: (p) => `因规模较大（${p.count} 个环节），方案搜索已截短：每种优化方式单独试算，并试算全部合用，未试算所有组合。`,
  noteFindingsCut: (p) =>
    `共发现${p.exact ? ' ' : '超过 '}${p.found} 条「${REPORT_TEXT['zh-CN'].findingKinds[p.kind]}」问题：仅保留按环节顺序的前 ${p.limit} 条（列出、测算，可优化者纳入优化方案），搜索至此为止。`,
  noBestSlower: (p) => `各优化方案均慢于${p.conflict ? '关键路径' : '依法时长'}（${p.days} 个工作日），只能以更长的时间换取更少的环节或到场次数。`,
  noBestNothingApplies: (p) =>
    `没有可行的优化：没有可以放宽的前置环节${p.lineage ? '' : '（未列明材料，无法证明任何前置环节不必要）'}，也没有环节可以在不违反再造规则的前提下合并、取消或删除。`,
  noBestNoChange: () => '在必要顺序之内，没有任何优化方式能改变本规程。',
  noBestRequiredCycle: (p) => `必要顺序自身构成循环 ${p.cycle}：现行顺序与法律或材料依赖方向相反，任何方案都无法同时满足；请先更正规程。`,
  list: (p) => p.items.join('、'),
  clauses: (p) => p.items.join('；'),
  dataAgainstOrder: (p) => `${p.to}使用《${p.material}》，该材料由 ${p.from}产生，但 ${p.fromId} 排在 ${p.toId} 之后：不作为必需的先后关系；请更正前置环节或材料`,
  datesLeftOut: (p) => `超出工作日历范围的日期未予推算（${p.parts.map(zhDatePart).join('、')}）：${p.reason}`,
};

/** The analysis messages in every language. */
export const ANALYSIS_TEXT: Readonly<Record<Lang, AnalysisText>> = { en, 'zh-CN': zhCN };
