// The role gates of the required order (procedure-csv.md "Roles", footnotes ¹ ²), linked after the
// evidence into a closure of the declared order, the evidence and the gates so far. First the
// absolute gates (听证, 专家评审 → every final approve step), linked whatever the order says; then the
// position-aware rules one at a time — application, intake, accept, publicize → approve, the other
// evidence → approve, deliver — pair by pair in file order of A, then B: A → B is linked unless B
// already comes before A (a withheld 公示 → 审批 gate makes the 公示 that decision's publication:
// 审批 → 公示). No gate links a supervise or other step, nor two steps whose conditions are both
// given and differ. The deliver gate leaves out the steps of an alternative branch that does not
// rejoin (a conditional step all of whose later steps are conditional or after the outcome); the
// intake and accept gates leave out a notify step of such a branch where the declared order does not
// already put it after the gate's step (a 不予受理 notice is the alternative to 受理, not its consequence).

import type { Step } from '../../domain/index.js';
import { addEdge, hasBit, reaches, type Digraph, type IncrementalClosure } from '../../graph/index.js';
import type { ItemBudget } from '../item-budget.js';
import { ABSOLUTE, EVIDENCE, NO_GATE, ROLE_BIT } from '../roles.js';
import { addLink, type LinkBuilder, type LinkKind } from './required-links.js';

/** What the gates read of an item. */
export interface GateInput {
  readonly steps: readonly Step[];
  readonly roleBits: Uint32Array;
  /** Declared order: a topological order, its closure rows and its links. */
  readonly order: readonly number[];
  readonly declaredReach: Uint32Array;
  readonly words: number;
  readonly declared: Digraph;
}

/** How a rule links a pair it allows. */
const enum Linking {
  /** Always (the absolute gates). */
  Always,
  /** Unless B already comes before A in the closure. */
  UnlessAfter,
  /** Unless B already comes before A — then the 公示 is B's publication: B → A (批后公开). */
  Publicize,
}

/** What every rule reads and writes while the gates of one item are linked. */
interface GateRun {
  readonly steps: readonly Step[];
  readonly roleBits: Uint32Array;
  readonly declaredReach: Uint32Array;
  readonly words: number;
  readonly branch: Uint8Array;
  readonly closure: IncrementalClosure;
  readonly links: LinkBuilder;
  readonly budget: ItemBudget;
  /** Pairs looked at so far (the budget is checked every 4096). */
  pairs: number;
}

/**
 * Links every gate into `links` and `closure` (declared order ∪ evidence, updated as gates are linked).
 * Written without per-item closures: each rule is a call of linkRule with its steps and how it links
 * (closures passed to a shared loop made its calls megamorphic; the gates took 58 ms of a first pass
 * over the 10k bench catalogue).
 */
export function linkGates(input: GateInput, closure: IncrementalClosure, links: LinkBuilder, budget: ItemBudget): void {
  const { steps, roleBits, declaredReach, words } = input;
  const n = steps.length;
  const branch = findAlternativeBranches(input);
  const run: GateRun = { steps, roleBits, declaredReach, words, branch, closure, links, budget, pairs: 0 };
  const approves = stepsWithRole(n, roleBits, ROLE_BIT.approve);
  const submit = ROLE_BIT.submit;
  const intake = ROLE_BIT.intake;

  linkRule(run, stepsWithRole(n, roleBits, ABSOLUTE), findFinalApproves(input, approves), 'absolute', Linking.Always, false);
  linkRule(run, stepsMarked(findApplications(input)), stepsWithoutRole(n, roleBits, submit), 'application', Linking.UnlessAfter, false);
  linkRule(run, stepsWithRole(n, roleBits, intake), stepsWithoutRole(n, roleBits, submit | intake), 'intake', Linking.UnlessAfter, true);
  linkRule(run, stepsWithRole(n, roleBits, ROLE_BIT.accept), stepsWithoutRole(n, roleBits, submit | intake | ROLE_BIT.accept), 'accept', Linking.UnlessAfter, true);
  linkRule(run, stepsWithRole(n, roleBits, ROLE_BIT.publicize), approves, 'publicize', Linking.Publicize, false);
  linkRule(run, stepsWithRole(n, roleBits, EVIDENCE), approves, 'evidence', Linking.UnlessAfter, false);
  linkRule(run, stepsBeforeDelivery(n, roleBits, branch), stepsWithRole(n, roleBits, ROLE_BIT.deliver), 'deliver', Linking.UnlessAfter, false);
}

/**
 * One rule over its pairs, A in file order, then B. `sparesBranchNotices` (the intake and accept
 * gates): a notice on an alternative branch (不予受理 / 补正告知) is not made to wait for the step it replaces.
 */
function linkRule(run: GateRun, sources: readonly number[], targets: readonly number[], kind: LinkKind, linking: Linking, sparesBranchNotices: boolean): void {
  const { closure, links } = run;
  for (const a of sources) {
    for (const b of targets) {
      // Stryker disable next-line UpdateOperator: counting down, −4096 & 4095 is 0 too: the checks fall on the same pairs (equivalent)
      if ((++run.pairs & 4095) === 0) run.budget.check('role gates');
      if (!allowed(run, a, b) || (sparesBranchNotices && !notBranchFrom(run, a, b))) continue;
      if (linking !== Linking.Always && reaches(closure, b, a)) {
        // Withheld: the 公示 comes after this decision, so it is the decision's publication (批后公开).
        if (linking === Linking.Publicize) addLink(links, b, a, 'publication');
        continue;
      }
      addLink(links, a, b, kind);
      addEdge(closure, a, b);
    }
  }
}

/** No gate links a step to itself, a supervise or other step, or two steps whose conditions are both given and differ. */
function allowed(run: GateRun, a: number, b: number): boolean {
  if (a === b || ((run.roleBits[a]! | run.roleBits[b]!) & NO_GATE) !== 0) return false;
  const ca = run.steps[a]!.condition;
  const cb = run.steps[b]!.condition;
  return ca === '' || cb === '' || ca === cb;
}

/** Whether B may wait for A: B is not a notice of an alternative branch, or the declared order already puts it after A. */
function notBranchFrom(run: GateRun, a: number, b: number): boolean {
  return run.branch[b] === 0 || (run.roleBits[b]! & ROLE_BIT.notify) === 0 || hasBit(run.declaredReach, run.words, a, b);
}

/** The steps with any of `bits`, in file order. */
function stepsWithRole(n: number, roleBits: Uint32Array, bits: number): number[] {
  const out: number[] = [];
  for (let v = 0; v < n; v++) if ((roleBits[v]! & bits) !== 0) out.push(v);
  return out;
}

/** The steps with none of `bits`, in file order. */
function stepsWithoutRole(n: number, roleBits: Uint32Array, bits: number): number[] {
  const out: number[] = [];
  for (let v = 0; v < n; v++) if ((roleBits[v]! & bits) === 0) out.push(v);
  return out;
}

/** The steps marked 1, in file order. */
function stepsMarked(marks: Uint8Array): number[] {
  const out: number[] = [];
  for (let v = 0; v < marks.length; v++) if (marks[v] === 1) out.push(v);
  return out;
}

/** The steps that can precede delivery: not deliver steps themselves, nor steps of an alternative branch. */
function stepsBeforeDelivery(n: number, roleBits: Uint32Array, branch: Uint8Array): number[] {
  const out: number[] = [];
  for (let v = 0; v < n; v++) if ((roleBits[v]! & ROLE_BIT.deliver) === 0 && branch[v] === 0) out.push(v);
  return out;
}

/** The final approve steps: those after which the declared order has no other approve step. */
function findFinalApproves(input: GateInput, approves: readonly number[]): number[] {
  const { declaredReach, words } = input;
  const approveRow = new Uint32Array(words);
  for (const v of approves) approveRow[v >>> 5]! |= 1 << (v & 31);
  const out: number[] = [];
  for (const v of approves) {
    let final = true;
    for (let k = 0; k < words && final; k++) if ((declaredReach[v * words + k]! & approveRow[k]!) !== 0) final = false;
    if (final) out.push(v);
  }
  return out;
}

/**
 * Per step, 1 when it is a step of an alternative branch that does not rejoin: conditional, and
 * every step after it in the declared order conditional or after the outcome (supervise).
 */
function findAlternativeBranches(input: GateInput): Uint8Array {
  const { steps, roleBits, order } = input;
  const n = steps.length;
  const laterOk = new Uint8Array(n);
  const branch = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    let ok = 1;
    const { succStart, succ } = input.declared;
    for (let i = succStart[v]!; i < succStart[v + 1]! && ok === 1; i++) {
      const s = succ[i]!;
      if ((steps[s]!.condition === '' && (roleBits[s]! & ROLE_BIT.supervise) === 0) || laterOk[s] === 0) ok = 0;
    }
    laterOk[v] = ok;
    branch[v] = steps[v]!.condition !== '' && ok === 1 ? 1 : 0;
  }
  return branch;
}

/** Per step, 1 when it is the application: a submit step that only submit steps precede in the declared order. */
function findApplications(input: GateInput): Uint8Array {
  const { steps, roleBits, order } = input;
  const application = new Uint8Array(steps.length);
  for (const v of order) {
    if ((roleBits[v]! & ROLE_BIT.submit) === 0) continue;
    let only = 1;
    const { predStart, pred } = input.declared;
    for (let i = predStart[v]!; i < predStart[v + 1]! && only === 1; i++) if (application[pred[i]!] === 0) only = 0;
    application[v] = only;
  }
  return application;
}
