// What a procedure diagram highlights, taken from the analysis: the critical path, parallelizable
// and redundant links, redundant and mergeable steps. Plain data, so any variant can be marked.

import type { Candidate, ItemAnalysis } from '../../domain/index.js';

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
}

/** No highlights at all. */
export const NO_MARKS: DiagramMarks = {
  criticalStepIds: [],
  criticalLinks: [],
  parallelizableLinks: [],
  redundantLinks: [],
  redundantStepIds: [],
  mergeableStepIds: [],
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
    criticalStepIds: item.criticalPath.stepIds,
    criticalLinks: pathLinks(item.criticalPath.stepIds),
    parallelizableLinks: parallelizable,
    redundantLinks,
    redundantStepIds: [...redundantSteps],
    mergeableStepIds: [...mergeable],
  };
}

/** Marks for a candidate's redesigned procedure: its critical path only. */
export function computeCandidateMarks(candidate: Candidate): DiagramMarks {
  return {
    ...NO_MARKS,
    criticalStepIds: candidate.criticalPath.stepIds,
    criticalLinks: pathLinks(candidate.criticalPath.stepIds),
  };
}
