// What the analysis says to people: one message per finding (and per variant of a finding), each
// written once per language with named parameters. The English catalogue fixes the keys and the
// parameters; the Chinese one must match it exactly (the compiler checks both), so a key missing in
// one language, or a parameter missing from a call, fails the type check.
// Chinese follows docs/glossary.md: formal written Chinese, full-width punctuation, "3.5 个工作日".

import type { Lang } from './lang.js';

/** Steps are passed already labelled ("S3 材料流转"); days as numbers (formatted here). */
const en = {
  redundantPrecedence: (p: { from: string; to: string; fromId: string; toId: string }) =>
    `The link ${p.from} → ${p.to} is redundant: the declared order already runs from ${p.fromId} to ${p.toId} through other steps, so the 前置环节 entry can go.`,
  parallelizable: (p: { from: string; to: string }) =>
    `${p.to} need not wait for ${p.from}: it uses nothing that step produces and no rule puts it first, so they can run in parallel (并联审批).`,
  mergeable: (p: { first: string; second: string; department: string }) =>
    `${p.first} and ${p.second} follow each other in the same department (${p.department}); merge them into one step (审核审批合一) and drop the hand-over between them.`,
  duplicateCheckSideBySide: (p: { first: string; second: string; materials: string }) =>
    `${p.second} checks the same materials as ${p.first} (${p.materials}) in the same role; they run side by side, so it costs no time today, but one check could serve both (不再重复审查).`,
  duplicateCheck: (p: { first: string; second: string; materials: string; keptId: string }) =>
    `${p.second} checks the same materials as ${p.first} (${p.materials}) in the same role; drop the repeated check (不再重复审查) and let ${p.keptId} hand on its result.`,
  passThroughEmptyHandoff: (p: { step: string }) =>
    `${p.step} is a hand-over (流转) that checks nothing and produces nothing; remove it and pass the file directly.`,
  passThroughHandoff: (p: { step: string }) =>
    `${p.step} is a hand-over (流转) that moves the file without deciding anything; remove it and pass the file directly.`,
  passThroughIdle: (p: { step: string }) => `${p.step} checks nothing and produces nothing (no inputs, no outputs); remove it.`,
  repeatedMaterial: (p: { material: string; steps: string }) =>
    `The applicant must bring 《${p.material}》 in person to ${p.steps}; collect it once at 受理 and pass it on (不得要求重复提交).`,
  extraVisit: (p: { count: number; steps: string }) =>
    `The applicant must come in person ${p.count} times (${p.steps}); 最多跑一次 asks for one visit: collect every material at 受理 and deliver by post or online.`,
  clockOverPromised: (p: { clock: number; promised: number }) =>
    `The clock time of ${p.clock} working days exceeds the 承诺时限 of ${p.promised} days.`,
  clockOverLegal: (p: { clock: number; legal: number }) => `The clock time of ${p.clock} working days exceeds the 法定时限 of ${p.legal} days.`,
  promiseOverLegal: (p: { promised: number; legal: number }) => `The 承诺时限 of ${p.promised} days is longer than the 法定时限 of ${p.legal} days.`,
  limitSlack: (p: { promised: number; clock: number; margin: number; candidateId: string | null }) =>
    `The 承诺时限 of ${p.promised} days exceeds ${p.candidateId === null ? 'the item’s clock time' : `the clock time of the fastest redesign (${p.candidateId})`}, ${p.clock} days, by ${p.margin} days; the promise can be cut to ${p.clock} days.`,
  /** Joins step labels in a list inside a sentence. */
  list: (p: { items: readonly string[] }) => p.items.join(', '),
  // Order problems (orderProblems): links left out of the required order.
  backwardData: (p: { stepId: string; stepName: string; document: string; producers: readonly string[] }) =>
    `${p.stepId} ${p.stepName} uses 《${p.document}》, which only ${p.producers.join(', ')} ${p.producers.length > 1 ? 'produce' : 'produces'}, ` +
    `and ${p.producers.length > 1 ? 'they come' : 'it comes'} after ${p.stepId} in the declared order; this data dependency is ignored.`,
  linkClosesCycle: (p: { fromId: string; toId: string; why: string }) =>
    `The required link ${p.fromId} → ${p.toId} (${p.why}) closes a cycle with the declared order; it is ignored.`,
  linkData: (p: { fromId: string; toId: string; document: string }) => `${p.toId} uses 《${p.document}》 from ${p.fromId}`,
  linkHard: (p: { fromId: string; toId: string }) => `${p.fromId} is a 法定前置 of ${p.toId}`,
  linkAcceptGate: (p: { fromId: string }) => `受理 step ${p.fromId} precedes every other step`,
  linkApproveGate: (p: { fromId: string }) => `${p.fromId} must come before every 审批 (approve) step`,
  linkDeliverGate: (p: { toId: string }) => `送达 step ${p.toId} follows every other step`,
};

/** The analysis catalogue's shape: every language has exactly these messages and parameters. */
export type AnalysisText = typeof en;

const zhCN: AnalysisText = {
  redundantPrecedence: (p) => `前置环节“${p.from} → ${p.to}”重复：按现行顺序，${p.fromId} 已经通过其他环节先于 ${p.toId}，该前置环节可以删除。`,
  parallelizable: (p) => `${p.to}不使用${p.from}的任何结果，也没有规定要求其在后，二者可以同时办理（并联审批）。`,
  mergeable: (p) => `${p.first}与${p.second}由同一部门（${p.department}）先后办理，可以合并为一个环节（审核审批合一），减少一次内部流转。`,
  duplicateCheckSideBySide: (p) =>
    `${p.second}与${p.first}审查相同的材料（${p.materials}），环节类型相同；二者同时办理，目前不占用时间，但可以由一次审查同时满足（不再重复审查）。`,
  duplicateCheck: (p) => `${p.second}与${p.first}审查相同的材料（${p.materials}），环节类型相同；建议取消重复审查（不再重复审查），由 ${p.keptId} 的审查结果直接流转。`,
  passThroughEmptyHandoff: (p) => `${p.step}为流转环节，既不审查也不产生任何材料；建议取消该环节，案卷直接流转。`,
  passThroughHandoff: (p) => `${p.step}为流转环节，仅传递案卷、不作任何决定；建议取消该环节，案卷直接流转。`,
  passThroughIdle: (p) => `${p.step}既不审查也不产生任何材料（未列输入、输出）；建议取消该环节。`,
  repeatedMaterial: (p) => `申请人须将《${p.material}》分别送至${p.steps}；建议受理时一次收取，后续环节共享（不得要求重复提交）。`,
  extraVisit: (p) => `申请人须到场 ${p.count} 次（${p.steps}）；按“最多跑一次”要求，材料应在受理时一次收齐，办理结果通过邮寄或网上送达。`,
  clockOverPromised: (p) => `计时时长 ${p.clock} 个工作日，超过承诺时限 ${p.promised} 个工作日。`,
  clockOverLegal: (p) => `计时时长 ${p.clock} 个工作日，超过法定时限 ${p.legal} 个工作日。`,
  promiseOverLegal: (p) => `承诺时限 ${p.promised} 个工作日，长于法定时限 ${p.legal} 个工作日。`,
  limitSlack: (p) =>
    `承诺时限 ${p.promised} 个工作日，比${p.candidateId === null ? '本事项的计时时长' : `最快优化方案（${p.candidateId}）的计时时长`}（${p.clock} 个工作日）多出 ${p.margin} 个工作日；承诺时限可以压缩至 ${p.clock} 个工作日。`,
  list: (p) => p.items.join('、'),
  backwardData: (p) =>
    `${p.stepId} ${p.stepName}使用《${p.document}》，而该材料仅由 ${p.producers.join('、')} 产生，按现行顺序其均在 ${p.stepId} 之后；该数据依赖不予采用。`,
  linkClosesCycle: (p) => `必需的先后关系 ${p.fromId} → ${p.toId}（${p.why}）与现行顺序构成循环，不予采用。`,
  linkData: (p) => `${p.toId} 使用 ${p.fromId} 产生的《${p.document}》`,
  linkHard: (p) => `${p.fromId} 是 ${p.toId} 的法定前置`,
  linkAcceptGate: (p) => `受理环节 ${p.fromId} 先于其他所有环节`,
  linkApproveGate: (p) => `${p.fromId} 须在所有审批环节之前`,
  linkDeliverGate: (p) => `送达环节 ${p.toId} 在其他所有环节之后`,
};

/** The analysis messages in every language. */
export const ANALYSIS_TEXT: Readonly<Record<Lang, AnalysisText>> = { en, 'zh-CN': zhCN };
