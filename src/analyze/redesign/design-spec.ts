// What a redesign is made of, as plain types: the transformations a design applies (DesignSpec), the
// design built from them (Design) and the figures the findings' savings keep (DesignFigures). A leaf:
// the item's context keeps DesignFigures in its memo.

import type { Digraph } from '../../graph/index.js';

/** Which transformations a design applies; step numbers are file indices. */
export interface DesignSpec {
  /** Pure hand-overs removed; each is contracted (its predecessors pass to its successors). */
  readonly removed?: readonly number[];
  /** Duplicate checks [keep, drop]: drop goes, keep stands for its outputs and its required successors. */
  readonly dropped?: readonly (readonly [number, number])[];
  /** Pairs merged into one step (pairs along a chain compose). */
  readonly merges?: readonly (readonly [number, number])[];
  /** Every parallelizable link applied: the order is the required order alone (并联审批). */
  readonly parallel?: boolean;
  /** One declared link taken out (a single parallelizable finding). */
  readonly unlink?: readonly [number, number];
  /**
   * Visits only where the role needs the person (受理, 勘验, 听证); the applicant-supplied inputs of
   * the other visit steps are collected at the first 受理 and forwarded (最多跑一次).
   */
  readonly visits?: boolean;
}

/**
 * A redesigned procedure; node X is a step of the redesign, numbered in file order of its first
 * member. Its order is given by edges (repeats allowed) whose closure is the order.
 */
export interface Design {
  readonly size: number;
  /** File index → node, −1 for removed and dropped steps. */
  readonly inNode: readonly number[];
  /** File index → node holding its outputs and required successors (a dropped step's keeper), −1 when removed. */
  readonly outNode: readonly number[];
  /** File indices per node, in declared topological order (the first member's wait starts the node). */
  readonly members: readonly (readonly number[])[];
  /** Node time (first member's wait + every member's duration) and clock time, hundredths of a day. */
  readonly time: readonly number[];
  readonly clock: readonly number[];
  /** 1 where the node needs the applicant in person. */
  readonly visit: Uint8Array;
  /** The order as edges between nodes (its closure is the order). */
  readonly graph: Digraph;
  /** A topological order of the nodes. */
  readonly order: readonly number[];
  readonly duration: number;
  readonly clockDuration: number;
  readonly visits: number;
  /** Visits before consolidation (equal to `visits` without spec.visits). */
  readonly rawVisits: number;
  /** The edges `graph` was built from, repeats allowed: the first `requiredEdges` map the required order (what a re-import must keep), the rest declared links. */
  readonly edgeFrom: readonly number[];
  readonly edgeTo: readonly number[];
  readonly requiredEdges: number;
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
