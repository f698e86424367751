// The readings of procedure-csv.md "Roles" that need an item's declared order, made once all its
// rows are read: a step whose only role is review and that comes before some accept step is the
// window's pre-check (intake); a step after a deliver step and before no approve or deliver step is
// after the outcome (supervise) unless it reads as submit, accept, approve, deliver, hearing or
// expert; a supervise word on a step that an approve or deliver step follows is a check during the
// procedure (inspect). Then each step's role, counts_toward_limit default and unknown time follow.
// Reachability by one pass each way over a topological order (linear in steps + links).

import type { DiagnosticCode, Role, Step } from '../domain/index.js';
import { buildDigraph, mapList, topologicalOrder } from '../graph/index.js';
import { primaryRole, sortRoles } from './read-type-word.js';
import { CLOCK_EXEMPT_ROLES, NOT_SUPERVISED_ROLES, TIMELESS_ROLES } from './role-words.js';

/** One step of the item with what its row said beyond the step. */
export interface RowStep {
  step: Step;
  /** The row gives counts_toward_limit. */
  countsGiven: boolean;
  /** The duration cell is empty in a file that has the column. */
  durationEmpty: boolean;
}

/** Reports a warning about a step's row (its message is the code's). */
export type StepReport = (code: DiagnosticCode, step: Step) => void;

/**
 * Settles the roles that depend on the declared order, then each step's `role`,
 * `countsTowardLimit` (unless its row gives it) and `durationMissing` (unknown time, except on
 * submit and supervise steps, whose empty time is 0), reporting EMPTY_DURATION where the item's
 * durations become incomplete. Steps are changed in place. With a cycle in the declared order (an
 * error that leaves the item out) the order-dependent readings are skipped.
 */
export function settleItemRoles(rows: readonly RowStep[], report: StepReport): void {
  const next = readRolesByOrder(mapList(rows, (r) => r.step));
  rows.forEach(({ step, countsGiven, durationEmpty }, v) => {
    step.roles = next[v] ?? step.roles;
    step.role = primaryRole(step.roles);
    if (!countsGiven) step.countsTowardLimit = !CLOCK_EXEMPT_ROLES.has(step.role);
    if (step.durationMissing && step.roles.some((r) => TIMELESS_ROLES.has(r))) step.durationMissing = false;
    if (durationEmpty && step.durationMissing) {
      report('EMPTY_DURATION', step);
    }
  });
}

/** What the order-dependent readings look at: a step's id, declared predecessors and roles as its row gives them. */
export type OrderedStep = Pick<Step, 'id' | 'predecessors' | 'roles'>;

/**
 * Each step's roles after the order-dependent readings (its own roles where none applies), in step
 * order; the steps' own roles where the declared order has a cycle.
 */
export function readRolesByOrder(steps: readonly OrderedStep[]): Role[][] {
  const n = steps.length;
  const indexOf = new Map<string, number>();
  steps.forEach((s, v) => {
    if (!indexOf.has(s.id)) indexOf.set(s.id, v);
  });
  // Predecessor indices per step; file order is a topological order when every link points back
  // (the usual case), else Kahn's order is computed.
  const preds: number[][] = [];
  let backward = false;
  steps.forEach((s, v) => {
    const own: number[] = [];
    for (const p of s.predecessors) {
      const u = indexOf.get(p);
      if (u === undefined || u === v) continue;
      own.push(u);
      if (u > v) backward = true;
    }
    preds.push(own);
  });
  const order = backward ? kahnOrder(preds) : null;
  if (backward && order === null) return mapList(steps, (s) => s.roles);
  const at = (k: number): number => (order === null ? k : order[k]!);

  const has = (v: number, role: Role): boolean => steps[v]!.roles.includes(role);
  const afterDeliver = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const v = at(k);
    for (const u of preds[v]!) if (afterDeliver[u] === 1 || has(u, 'deliver')) afterDeliver[v] = 1;
  }
  // Pushed back along each link, in reverse topological order: some approve or deliver step follows; some accept step follows.
  const beforeOutcome = new Uint8Array(n);
  const beforeAccept = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const w = at(k);
    const outcome = beforeOutcome[w] === 1 || has(w, 'approve') || has(w, 'deliver');
    const accept = beforeAccept[w] === 1 || has(w, 'accept');
    for (const v of preds[w]!) {
      if (outcome) beforeOutcome[v] = 1;
      if (accept) beforeAccept[v] = 1;
    }
  }

  return mapList(steps, (s, v) => {
    const roles = s.roles;
    if (roles.length === 1 && roles[0] === 'review' && beforeAccept[v] === 1) return ['intake'];
    if (afterDeliver[v] === 1 && beforeOutcome[v] === 0 && !roles.some((r) => NOT_SUPERVISED_ROLES.has(r))) return ['supervise'];
    if (roles.includes('supervise') && beforeOutcome[v] === 1) return sortRoles(roles.map((r) => (r === 'supervise' ? 'inspect' : r)));
    return roles;
  });
}

/** Kahn's order of steps given their predecessor indices, or null when they form a cycle. */
function kahnOrder(preds: readonly (readonly number[])[]): number[] | null {
  const from: number[] = [];
  const to: number[] = [];
  preds.forEach((own, v) => {
    for (const u of own) {
      from.push(u);
      to.push(v);
    }
  });
  return topologicalOrder(buildDigraph(preds.length, from, to));
}
