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
import { addLink, type LinkKind, type RequiredLinks } from './required-links.js';

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

/** Links every gate into `links` and `closure` (declared order ∪ evidence, updated as gates are linked). */
export function linkGates(input: GateInput, closure: IncrementalClosure, links: RequiredLinks, budget: ItemBudget): void {
  const { steps, roleBits, declaredReach, words } = input;
  const n = steps.length;
  const has = (v: number, bit: number): boolean => (roleBits[v]! & bit) !== 0;
  const conditionOf = (v: number): string => steps[v]!.condition;
  const branch = findAlternativeBranches(input);
  const application = findApplications(input);
  const declaredBefore = (a: number, b: number): boolean => hasBit(declaredReach, words, a, b);
  const approveRow = new Uint32Array(words);
  for (let v = 0; v < n; v++) if (has(v, ROLE_BIT.approve)) approveRow[v >>> 5]! |= 1 << (v & 31);
  const isFinalApprove = (v: number): boolean => {
    if (!has(v, ROLE_BIT.approve)) return false;
    for (let k = 0; k < words; k++) if ((declaredReach[v * words + k]! & approveRow[k]!) !== 0) return false;
    return true;
  };

  const allowed = (a: number, b: number): boolean => {
    if (a === b || ((roleBits[a]! | roleBits[b]!) & NO_GATE) !== 0) return false;
    const ca = conditionOf(a);
    const cb = conditionOf(b);
    return ca === '' || cb === '' || ca === cb;
  };
  const stepsWhere = (test: (v: number) => boolean): number[] => {
    const out: number[] = [];
    for (let v = 0; v < n; v++) if (test(v)) out.push(v);
    return out;
  };
  let pairs = 0;
  /** Runs one rule over its pairs, A in file order, then B; `fits` checks what a pair needs beyond its roles. */
  const rule = (sources: readonly number[], targets: readonly number[], fits: (a: number, b: number) => boolean, link: (a: number, b: number) => void): void => {
    for (const a of sources) {
      for (const b of targets) {
        // Stryker disable next-line UpdateOperator: counting down, −4096 & 4095 is 0 too: the checks fall on the same pairs (equivalent)
        if ((++pairs & 4095) === 0) budget.check('role gates');
        if (fits(a, b) && allowed(a, b)) link(a, b);
      }
    }
  };
  const always = (kind: LinkKind) => (a: number, b: number): void => {
    addLink(links, a, b, kind);
    addEdge(closure, a, b);
  };
  const unlessAfter = (kind: LinkKind) => (a: number, b: number): void => {
    if (reaches(closure, b, a)) return;
    addLink(links, a, b, kind);
    addEdge(closure, a, b);
  };
  const any = (): boolean => true;
  // A notice on an alternative branch (不予受理 / 补正告知) is not made to wait for the step it replaces.
  const notBranchFrom = (a: number, b: number): boolean => branch[b] === 0 || !has(b, ROLE_BIT.notify) || declaredBefore(a, b);
  const approves = stepsWhere((v) => has(v, ROLE_BIT.approve));

  rule(stepsWhere((a) => has(a, ABSOLUTE)), approves.filter(isFinalApprove), any, always('absolute'));
  rule(stepsWhere((a) => application[a] === 1), stepsWhere((b) => !has(b, ROLE_BIT.submit)), any, unlessAfter('application'));
  rule(stepsWhere((a) => has(a, ROLE_BIT.intake)), stepsWhere((b) => !has(b, ROLE_BIT.submit | ROLE_BIT.intake)), notBranchFrom, unlessAfter('intake'));
  rule(
    stepsWhere((a) => has(a, ROLE_BIT.accept)),
    stepsWhere((b) => !has(b, ROLE_BIT.submit | ROLE_BIT.intake | ROLE_BIT.accept)),
    notBranchFrom,
    unlessAfter('accept'),
  );
  rule(stepsWhere((a) => has(a, ROLE_BIT.publicize)), approves, any, (a, b) => {
    if (reaches(closure, b, a)) {
      // Withheld: the 公示 comes after this decision, so it is the decision's publication (批后公开).
      addLink(links, b, a, 'publication');
      return;
    }
    addLink(links, a, b, 'publicize');
    addEdge(closure, a, b);
  });
  rule(stepsWhere((a) => has(a, EVIDENCE)), approves, any, unlessAfter('evidence'));
  rule(stepsWhere((a) => !has(a, ROLE_BIT.deliver) && branch[a] === 0), stepsWhere((b) => has(b, ROLE_BIT.deliver)), any, unlessAfter('deliver'));
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
