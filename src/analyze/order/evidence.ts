// The evidence of the required order (procedure-csv.md "Meaning"), found before any gate: data links
// (B uses what A produces, unless A is declared after B: then a warning, no link), the applicant's
// materials (a material no step produces arrives at the submit, intake and accept steps listing it; a
// step using it follows the latest arrivals its declared order puts before it), 法定前置, a decision
// before the notice declared after it, and the declared links lineage cannot vouch to drop.

import { hasBit, mapList } from '../../graph/index.js';
import type { StepGraph } from '../../model/index.js';
import type { Materials } from '../materials.js';
import { ARRIVAL, KEEP_LINKS, ROLE_BIT } from '../roles.js';
import { addLink, type LinkBuilder } from './required-links.js';

/** A data dependency that runs against the declared order: `user` lists `material`, which `producer` (declared after it) outputs. */
export interface DataAgainstOrder {
  readonly user: number;
  readonly producer: number;
  readonly material: number;
}

/** What the evidence reads of an item. */
export interface EvidenceInput {
  readonly graph: StepGraph;
  readonly roleBits: Uint32Array;
  readonly materials: Materials;
  /** Declared order's closure rows. */
  readonly declaredReach: Uint32Array;
  readonly words: number;
}

/**
 * Adds the evidence links to `links` in the order of the rules; returns the data dependencies
 * against the declared order, and the declared links kept only for lack of data (A lists no
 * outputs or B no inputs in an item with lineage) as pairs.
 */
export function collectEvidence(input: EvidenceInput, links: LinkBuilder): { againstOrder: DataAgainstOrder[]; keptForMissingData: [number, number][] } {
  const { graph, roleBits, materials, declaredReach, words } = input;
  const { n } = graph;
  const before = (a: number, b: number): boolean => hasBit(declaredReach, words, a, b);
  const againstOrder: DataAgainstOrder[] = [];

  // Data links, and where each applicant material arrives.
  // Stryker disable next-line ArrayDeclaration: an entry that is no step index is never before any step, so it links nothing (equivalent)
  const arrivals: number[][] = mapList(materials.names, () => []);
  for (let v = 0; v < n; v++) {
    if ((roleBits[v]! & ARRIVAL) === 0) continue;
    for (const m of materials.inputs[v]!) if (materials.producers[m]!.length === 0) arrivals[m]!.push(v);
  }
  for (let b = 0; b < n; b++) {
    for (const m of materials.inputs[b]!) {
      const makers = materials.producers[m]!;
      if (makers.length === 0) {
        linkArrivals(arrivals[m]!, b, m, before, links);
        continue;
      }
      for (const p of makers) {
        if (p === b) continue;
        if (before(b, p)) againstOrder.push({ user: b, producer: p, material: m });
        else addLink(links, p, b, 'data', m);
      }
    }
  }

  const hard = graph.hard;
  for (let b = 0; b < n; b++) for (let i = hard.predStart[b]!; i < hard.predStart[b + 1]!; i++) addLink(links, hard.pred[i]!, b, 'hard');

  for (let a = 0; a < n; a++) {
    if ((roleBits[a]! & ROLE_BIT.approve) === 0) continue;
    for (let b = 0; b < n; b++) if (b !== a && (roleBits[b]! & ROLE_BIT.notify) !== 0 && before(a, b)) addLink(links, a, b, 'notice');
  }

  const keptForMissingData: [number, number][] = [];
  const d = graph.declared;
  for (let a = 0; a < n; a++) {
    for (let i = d.succStart[a]!; i < d.succStart[a + 1]!; i++) {
      const b = d.succ[i]!;
      const byRole = ((roleBits[a]! | roleBits[b]!) & KEEP_LINKS) !== 0;
      const noData = materials.outputs[a]!.length === 0 || materials.inputs[b]!.length === 0;
      if (!materials.lineage || byRole || noData) addLink(links, a, b, 'declared');
      if (materials.lineage && !byRole && noData) keptForMissingData.push([a, b]);
    }
  }
  return { againstOrder, keptForMissingData };
}

/** A step using an applicant material follows each arrival its declared order puts before it that no other such arrival follows. */
function linkArrivals(arrivals: readonly number[], user: number, material: number, before: (a: number, b: number) => boolean, links: LinkBuilder): void {
  for (const a of arrivals) {
    if (a === user || !before(a, user)) continue;
    let latest = true;
    for (const other of arrivals) {
      if (other !== a && other !== user && before(other, user) && before(a, other)) {
        latest = false;
        break;
      }
    }
    if (latest) addLink(links, a, user, 'material', material);
  }
}
