// What a redesign is made of, as plain types: the transformations a design applies (DesignSpec), the
// design built from them (Design) and the figures the findings' savings keep (DesignFigures). A leaf:
// the item's context keeps DesignFigures in its memo.

import type { Digraph } from '../../graph/index.js';

/**
 * Which transformations a design applies; step numbers are file indices. Every field is always present
 * (make one with designSpec): specs of one shape keep buildDesign's reads of them monomorphic.
 */
export interface DesignSpec {
  /** Pure hand-overs removed; each is contracted (its predecessors pass to its successors). */
  readonly removed: readonly number[];
  /** Duplicate checks [keep, drop]: drop goes, keep stands for its outputs and its required successors. */
  readonly dropped: readonly (readonly [number, number])[];
  /** Pairs merged into one step (pairs along a chain compose). */
  readonly merges: readonly (readonly [number, number])[];
  /** Every parallelizable link applied: the order is the required order alone (并联审批). */
  readonly parallel: boolean;
  /** One declared link taken out (a single parallelizable finding), or null. */
  readonly unlink: readonly [number, number] | null;
  /**
   * Visits only where the role needs the person (受理, 勘验, 听证); the applicant-supplied inputs of
   * the other visit steps are collected at the first 受理 and forwarded (最多跑一次).
   */
  readonly visits: boolean;
}

/** No steps, no pairs: the shared empty lists of a spec (nothing writes to a spec's lists). */
export const NO_STEPS: readonly number[] = [];
/**
 * Sliced from a list holding a pair, so it has the elements kind of the lists of pairs that
 * collectOffers and resolveSpec push to (an empty literal has the kind of a list of small integers):
 * buildDesign and assignNodes, which read both, then see one kind (see graph/lists.ts).
 */
export const NO_PAIRS: readonly (readonly [number, number])[] = [[0, 0] as const].slice(0, 0);

/** A DesignSpec with the transformations given, none of the others. */
export function designSpec(parts: Partial<DesignSpec>): DesignSpec {
  return {
    removed: parts.removed ?? NO_STEPS,
    dropped: parts.dropped ?? NO_PAIRS,
    merges: parts.merges ?? NO_PAIRS,
    parallel: parts.parallel ?? false,
    unlink: parts.unlink ?? null,
    visits: parts.visits ?? false,
  };
}

/**
 * A redesigned procedure; node X is a step of the redesign, numbered in file order of its first
 * member. Its order is given by edges (repeats allowed) whose closure is the order. Most designs are
 * only measured (size, times, visits); their graph, topological order and members are made on first
 * read (designGraph, designOrder, designMembers in design.ts).
 */
export interface Design {
  readonly size: number;
  /** File index → node, −1 for removed and dropped steps. */
  readonly inNode: readonly number[];
  /** File index → node holding its outputs and required successors (a dropped step's keeper), −1 when removed. */
  readonly outNode: readonly number[];
  /** Node time (first member's wait + every member's duration) and clock time, hundredths of a day. */
  readonly time: readonly number[];
  readonly clock: readonly number[];
  /** 1 where the node needs the applicant in person. */
  readonly visit: Uint8Array;
  readonly duration: number;
  readonly clockDuration: number;
  readonly visits: number;
  /** Visits before consolidation (equal to `visits` without spec.visits). */
  readonly rawVisits: number;
  /** The edges of the order, repeats allowed: the first `requiredEdges` map the required order (what a re-import must keep), the rest declared links. */
  readonly edgeFrom: readonly number[];
  readonly edgeTo: readonly number[];
  readonly requiredEdges: number;
  /** What is made on first read; shared with the same design's visits-consolidated copy. */
  readonly lazy: DesignParts;
}

/** The parts of a design made on first read (null until then). */
export interface DesignParts {
  /** The order as a graph of the edges. */
  graph: Digraph | null;
  /** A topological order of the nodes (Kahn's, smallest index first). */
  order: number[] | null;
  /** File indices per node, in declared topological order (the first member's wait starts the node). */
  members: number[][] | null;
  /** The order's transitive reduction, sorted by (from, to). */
  reduced: [number, number][] | null;
}

/** The edges every design starts from, once per item: the required order's reduction and the declared links it keeps. */
export interface BaseEdges {
  readonly req: readonly (readonly [number, number])[];
  /** Declared links after reduction that lie on no cycle with the required links. */
  readonly decl: readonly (readonly [number, number])[];
}

/** What the findings' savings read of a design. */
export interface DesignFigures {
  readonly size: number;
  readonly duration: number;
  readonly visits: number;
}
