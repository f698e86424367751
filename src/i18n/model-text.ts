// What the machine check says about an item's state machine (src/model): each problem kind written
// once per language with named parameters, the English object fixing keys and parameters (checked by
// the compiler). Event names (COMPLETE.s3, RETURN.s5) and state keys are the machine's own and stay
// as they are; step states and the final states are worded. Chinese follows docs/glossary.md.

import type { Catalogue, Lang } from './lang.js';
import { enList, zhList } from './words.js';

/** A step as a problem names it: its id and name. */
export interface StepName {
  id: string;
  name: string;
}

/** A step's state in the machine (null: the machine has no such step state). */
export type StepStateName = 'waiting' | 'active' | 'done' | 'skipped' | null;

/** A running state of the machine as a problem names it: each step's machine key (s0, s1 …), id, name and state. */
export type MachineStateName = readonly { key: string; step: StepName; state: StepStateName }[];

/** English keeps the machine's own notation: {s0:done,s1:waiting}. */
const enMachineState = (steps: MachineStateName): string => `{${steps.map((s) => `${s.key}:${s.state ?? 'none'}`).join(',')}}`;
/** Chinese names the steps by id with their states worded: （S1 已完成，S2 等待）. */
const zhMachineState = (steps: MachineStateName): string => `（${steps.map((s) => `${s.step.id} ${zhState(s.state)}`).join('，')}）`;

const enStep = (s: StepName): string => `${s.id} (${s.name})`;
const zhStep = (s: StepName): string => `${s.id}（${s.name}）`;
const ZH_STATE: Readonly<Record<NonNullable<StepStateName>, string>> = { waiting: '等待', active: '办理中', done: '已完成', skipped: '已跳过' };
const zhState = (s: StepStateName): string => (s === null ? '无' : ZH_STATE[s]);

const en = {
  duplicateId: (p: { stepId: string }) => `step id ${p.stepId} is used twice; the second step is unreachable by name`,
  unknownPredecessor: (p: { id: string; step: StepName }) => `predecessor ${p.id} of step ${enStep(p.step)} is not a step of the item (ignored)`,
  unknownReturn: (p: { id: string; step: StepName }) => `return_to ${p.id} of step ${enStep(p.step)} is not a step of the item (ignored)`,
  cycle: (p: { stepIds: readonly string[] }) => `the declared order has a cycle (${p.stepIds.join(' → ')}): its steps can never start`,
  notActive: (p: { step: StepName }) => `step ${enStep(p.step)} is not active after all its predecessors finished`,
  eventRefused: (p: { step: StepName; event: string }) => `step ${enStep(p.step)} is active but ${p.event} is not accepted`,
  eventAcceptedAgain: (p: { step: StepName; event: string }) => `${p.event} is accepted again after step ${enStep(p.step)} finished`,
  eventAcceptedEarly: (p: { step: StepName; event: string; waitsFor: StepName }) =>
    `${p.event} is accepted while step ${enStep(p.step)} waits for ${enStep(p.waitsFor)}`,
  eventResult: (p: { step: StepName; event: string; state: StepStateName; expected: StepStateName }) =>
    `${p.event} leaves step ${enStep(p.step)} ${p.state}, expected ${p.expected}`,
  returnGuard: (p: { event: string; accepted: boolean; step: StepName; stepState: StepStateName; target: StepName; targetState: StepStateName }) =>
    `${p.event} is ${p.accepted ? 'accepted' : 'refused'} while ${enStep(p.step)} is ${p.stepState} and ${enStep(p.target)} is ${p.targetState}`,
  returnReset: (p: { event: string; target: StepName; wrong: readonly { stepId: string; state: StepStateName; expected: StepStateName }[] }) =>
    `${p.event} (back to ${enStep(p.target)}): ${p.wrong.map((w) => `${w.stepId} is ${w.state}, expected ${w.expected}`).join('; ')}`,
  neverReaches: (p: { step: StepName; states: readonly NonNullable<StepStateName>[] }) => `step ${enStep(p.step)} never reaches: ${enList(p.states)}`,
  deadlock: (p: { state: MachineStateName }) => `deadlock: no step can act in state ${enMachineState(p.state)}`,
  approvedUnreachable: () => 'approved is not reachable',
  approvedUnreachableFrom: (p: { state: MachineStateName }) => `approved cannot be reached from state ${enMachineState(p.state)}`,
  runNotApproved: (p: { value: string }) => `finishing every step does not reach approved (${p.value})`,
  /** Why an item's machine was not checked: its size over the limit. */
  overLimit: (p: { what: 'steps' | 'links'; count: number; limit: number }) => `${p.count} ${p.what === 'steps' ? 'steps' : 'order links'} > ${p.limit}`,
};

/** The machine-check catalogue's shape: every language has exactly these messages and parameters. */
export type ModelText = Catalogue<typeof en>;

const zhCN: ModelText = {
  duplicateId: (p) => `环节编号 ${p.stepId} 重复使用，后一个环节无法按编号引用`,
  unknownPredecessor: (p) => `环节 ${zhStep(p.step)} 的前置环节 ${p.id} 不是本事项的环节（已忽略）`,
  unknownReturn: (p) => `环节 ${zhStep(p.step)} 的退回环节 ${p.id} 不是本事项的环节（已忽略）`,
  cycle: (p) => `现行顺序存在循环（${p.stepIds.join(' → ')}）：其中的环节永远无法开始`,
  notActive: (p) => `环节 ${zhStep(p.step)} 的前置环节均已完成，但该环节未进入办理`,
  eventRefused: (p) => `环节 ${zhStep(p.step)} 正在办理，却不接受事件 ${p.event}`,
  eventAcceptedAgain: (p) => `环节 ${zhStep(p.step)} 完成后仍接受事件 ${p.event}`,
  eventAcceptedEarly: (p) => `环节 ${zhStep(p.step)} 尚在等待环节 ${zhStep(p.waitsFor)} 时即接受事件 ${p.event}`,
  eventResult: (p) => `事件 ${p.event} 使环节 ${zhStep(p.step)} 处于“${zhState(p.state)}”状态，应为“${zhState(p.expected)}”`,
  returnGuard: (p) =>
    `环节 ${zhStep(p.step)} 为“${zhState(p.stepState)}”、环节 ${zhStep(p.target)} 为“${zhState(p.targetState)}”时，事件 ${p.event} ${p.accepted ? '被接受' : '被拒绝'}`,
  returnReset: (p) =>
    `事件 ${p.event}（退回至环节 ${zhStep(p.target)}）之后：${p.wrong.map((w) => `环节 ${w.stepId} 为“${zhState(w.state)}”，应为“${zhState(w.expected)}”`).join('；')}`,
  neverReaches: (p) => `环节 ${zhStep(p.step)} 从未进入以下状态：${zhList(p.states.map(zhState))}`,
  deadlock: (p) => `死锁：在状态${zhMachineState(p.state)}下没有环节可以办理`,
  approvedUnreachable: () => '无法到达“办结”状态',
  approvedUnreachableFrom: (p) => `从状态${zhMachineState(p.state)}无法到达“办结”状态`,
  runNotApproved: (p) => `全部环节办理完毕后未到达“办结”状态（${p.value}）`,
  overLimit: (p) => `${p.what === 'steps' ? `${p.count} 个环节` : `${p.count} 条顺序关系`}，超过上限 ${p.limit}`,
};

/** The machine-check messages in every language. */
export const MODEL_TEXT: Readonly<Record<Lang, ModelText>> = { en, 'zh-CN': zhCN };
