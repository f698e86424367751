// What a procedure diagram highlights, taken from the analysis: the critical path, and either what
// the findings say could change (parallelizable and redundant links, steps that could go or merge) or
// what a redesign changes (steps it removes, steps it merges, links it makes parallel). Plain data,
// so any variant can be marked.

import type { Candidate, ItemAnalysis, Step } from '../../domain/index.js';

export type Link = readonly [from: string, to: string];

export interface DiagramMarks {
  criticalStepIds: readonly string[];
  criticalLinks: readonly Link[];
  /** Declared links the required order does not imply (并联 possible). */
  parallelizableLinks: readonly Link[];
  /** Declared links already implied by other links (redundant-precedence). */
  redundantLinks: readonly Link[];
  /** Steps that could go: pass-through steps and the later step of a duplicate check. */
  redundantStepIds: readonly string[];
  /** Steps that could be merged with a neighbour of the same department. */
  mergeableStepIds: readonly string[];
  /** Steps a redesign removes (drawn ghosted in the "before"). */
  removedStepIds: readonly string[];
  /** Steps a redesign merges, each with the merged step's id (S2 → S2+S5). */
  mergedInto: readonly (readonly [member: string, merged: string])[];
  /** Declared links a redesign no longer keeps between two steps it keeps: they now run in parallel. */
  madeParallelLinks: readonly Link[];
  /** Steps of a redesign made by merging (ids like S2+S5). */
  mergedStepIds: readonly string[];
}

/** No highlights at all. */
export const NO_MARKS: DiagramMarks = {
  criticalStepIds: [],
  criticalLinks: [],
  parallelizableLinks: [],
  redundantLinks: [],
  redundantStepIds: [],
  mergeableStepIds: [],
  removedStepIds: [],
  mergedInto: [],
  madeParallelLinks: [],
  mergedStepIds: [],
};

function pathLinks(stepIds: readonly string[]): Link[] {
  const links: Link[] = [];
  for (let i = 1; i < stepIds.length; i++) links.push([stepIds[i - 1] ?? '', stepIds[i] ?? '']);
  return links;
}

/** Marks for an item's declared procedure, from its critical path and findings. */
export function computeDiagramMarks(item: ItemAnalysis): DiagramMarks {
  const parallelizable: Link[] = [];
  const redundantLinks: Link[] = [];
  const redundantSteps = new Set<string>();
  const mergeable = new Set<string>();
  for (const finding of item.findings) {
    const [a, b] = finding.stepIds;
    switch (finding.kind) {
      case 'parallelizable':
        if (a !== undefined && b !== undefined) parallelizable.push([a, b]);
        break;
      case 'redundant-precedence':
        if (a !== undefined && b !== undefined) redundantLinks.push([a, b]);
        break;
      case 'pass-through':
        for (const id of finding.stepIds) redundantSteps.add(id);
        break;
      case 'duplicate-check':
        // The first check stays; the repeat is what could go.
        if (b !== undefined) redundantSteps.add(b);
        break;
      case 'mergeable':
        for (const id of finding.stepIds) mergeable.add(id);
        break;
      default:
        break;
    }
  }
  return {
    ...NO_MARKS,
    criticalStepIds: item.criticalPath.stepIds,
    criticalLinks: pathLinks(item.criticalPath.stepIds),
    parallelizableLinks: parallelizable,
    redundantLinks,
    redundantStepIds: [...redundantSteps],
    mergeableStepIds: [...mergeable],
  };
}

/** Marks for a candidate's redesigned procedure: its critical path and its merged steps. */
export function computeCandidateMarks(candidate: Candidate): DiagramMarks {
  return {
    ...NO_MARKS,
    criticalStepIds: candidate.criticalPath.stepIds,
    criticalLinks: pathLinks(candidate.criticalPath.stepIds),
    mergedStepIds: candidate.steps.filter((s) => s.id.includes('+') && s.id.split('+').length > 1).map((s) => s.id),
  };
}

/**
 * Marks for the declared procedure in a before/after picture: its critical path and what `candidate`
 * changes — the steps it removes, the steps it merges (with the merged step's id), and the declared
 * links between two kept steps that the redesign no longer orders (directly or through other steps).
 */
export function computeChangeMarks(item: ItemAnalysis, candidate: Candidate): DiagramMarks {
  const kept = new Set(candidate.steps.map((s) => s.id));
  const nodeOf = new Map<string, string>();
  const mergedInto: [string, string][] = [];
  for (const s of candidate.steps) {
    nodeOf.set(s.id, s.id);
    const members = s.id.split('+');
    if (members.length < 2) continue;
    for (const member of members) {
      // A merged id names original steps; an original id that itself holds '+' stays itself.
      if (kept.has(member) || !item.steps.some((o) => o.id === member)) continue;
      nodeOf.set(member, s.id);
      mergedInto.push([member, s.id]);
    }
  }
  const removed = item.steps.filter((s) => !nodeOf.has(s.id)).map((s) => s.id);
  const reach = reachability(candidate.steps);
  const madeParallel: Link[] = [];
  for (const step of item.steps) {
    const to = nodeOf.get(step.id);
    if (to === undefined) continue;
    for (const pred of new Set(step.predecessors)) {
      const from = nodeOf.get(pred);
      if (from === undefined || from === to || pred === step.id) continue;
      if (!reach(from, to)) madeParallel.push([pred, step.id]);
    }
  }
  return {
    ...NO_MARKS,
    criticalStepIds: item.criticalPath.stepIds,
    criticalLinks: pathLinks(item.criticalPath.stepIds),
    removedStepIds: removed,
    mergedInto,
    madeParallelLinks: madeParallel,
  };
}

/** Whether `to` follows `from` in the steps' declared order (through any number of links); answers memoised per source. */
function reachability(steps: readonly Step[]): (from: string, to: string) => boolean {
  const successors = new Map<string, string[]>();
  for (const step of steps) {
    for (const pred of step.predecessors) {
      const list = successors.get(pred) ?? [];
      list.push(step.id);
      successors.set(pred, list);
    }
  }
  const reached = new Map<string, Set<string>>();
  return (from, to) => {
    let seen = reached.get(from);
    if (seen === undefined) {
      seen = new Set<string>();
      const stack = [from];
      while (stack.length > 0) {
        for (const next of successors.get(stack.pop()!) ?? []) {
          if (!seen.has(next)) {
            seen.add(next);
            stack.push(next);
          }
        }
      }
      reached.set(from, seen);
    }
    return seen.has(to);
  };
}
