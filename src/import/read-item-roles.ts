// The readings of procedure-csv.md "Roles" that need an item's declared order, made once all its
// rows are read: a step whose only role is review and that comes before some accept step is the
// window's pre-check (intake); a step after a deliver step and before no approve or deliver step is
// after the outcome (supervise) unless it reads as submit, accept, approve, deliver, hearing or
// expert; a supervise word on a step that an approve or deliver step follows is a check during the
// procedure (inspect). Then each step's role, counts_toward_limit default and unknown time follow.
// Reachability by one pass each way over Kahn's order (linear in steps + links).

import type { DiagnosticCode, Role, Step } from '../domain/index.js';
import { buildDigraph, predecessors, successors, topologicalOrder } from '../graph/index.js';
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

/** Reports a warning about a step's row. */
export type StepReport = (code: DiagnosticCode, step: Step, message: string) => void;

/**
 * Settles the roles that depend on the declared order, then each step's `role`,
 * `countsTowardLimit` (unless its row gives it) and `durationMissing` (unknown time, except on
 * submit and supervise steps, whose empty time is 0), reporting EMPTY_DURATION where the item's
 * durations become incomplete. Steps are changed in place. With a cycle in the declared order (an
 * error that leaves the item out) the order-dependent readings are skipped.
 */
export function settleItemRoles(rows: readonly RowStep[], report: StepReport): void {
  const next = readRolesByOrder(rows.map((r) => r.step));
  rows.forEach(({ step, countsGiven, durationEmpty }, v) => {
    step.roles = next[v] ?? step.roles;
    step.role = primaryRole(step.roles);
    if (!countsGiven) step.countsTowardLimit = !CLOCK_EXEMPT_ROLES.has(step.role);
    if (step.durationMissing && step.roles.some((r) => TIMELESS_ROLES.has(r))) step.durationMissing = false;
    if (durationEmpty && step.durationMissing) {
      report('EMPTY_DURATION', step, "duration (办理时限) is empty; the step counts as 0 days and the item's durations are incomplete");
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
  const from: number[] = [];
  const to: number[] = [];
  steps.forEach((s, v) => {
    for (const p of s.predecessors) {
      const u = indexOf.get(p);
      if (u !== undefined && u !== v) {
        from.push(u);
        to.push(v);
      }
    }
  });
  const graph = buildDigraph(n, from, to);
  const order = topologicalOrder(graph);
  if (order === null) return steps.map((s) => s.roles);

  const has = (v: number, role: Role): boolean => steps[v]!.roles.includes(role);
  const afterDeliver = new Uint8Array(n);
  for (const v of order) {
    for (const u of predecessors(graph, v)) if (afterDeliver[u] === 1 || has(u, 'deliver')) afterDeliver[v] = 1;
  }
  const beforeOutcome = new Uint8Array(n); // some approve or deliver step follows
  const beforeAccept = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    for (const w of successors(graph, v)) {
      if (beforeOutcome[w] === 1 || has(w, 'approve') || has(w, 'deliver')) beforeOutcome[v] = 1;
      if (beforeAccept[w] === 1 || has(w, 'accept')) beforeAccept[v] = 1;
    }
  }

  return steps.map((s, v) => {
    const roles = s.roles;
    if (roles.length === 1 && roles[0] === 'review' && beforeAccept[v] === 1) return ['intake'];
    if (afterDeliver[v] === 1 && beforeOutcome[v] === 0 && !roles.some((r) => NOT_SUPERVISED_ROLES.has(r))) return ['supervise'];
    if (roles.includes('supervise') && beforeOutcome[v] === 1) return sortRoles(roles.map((r) => (r === 'supervise' ? 'inspect' : r)));
    return roles;
  });
}
