// What a redesign is made of, as plain types: the transformations a design applies (DesignSpec),
// the design built from them (Design) and the figures measured without building it (DesignFigures),
// plus the role tables a redesign follows. A leaf: the item's context keeps DesignFigures in its memo.

import type { Role } from '../../domain/index.js';

/** Which transformations a design applies; step numbers are file indices. */
export interface DesignSpec {
  /** Pass-through steps removed; their links are kept transitively. */
  readonly removed?: readonly number[];
  /** Duplicate checks [keep, drop]: drop goes, keep takes over its outputs and its later links. */
  readonly dropped?: readonly (readonly [number, number])[];
  /** Pairs merged into one step (chains of pairs become one step). */
  readonly merges?: readonly (readonly [number, number])[];
  /** Declared order := transitive reduction of the required order (并联审批). */
  readonly parallel?: boolean;
  /**
   * Visits only where the role needs the person (受理, 勘验, 听证; 送达 by post or online); the
   * applicant-supplied inputs of the other visit steps are collected at the first 受理 and forwarded.
   */
  readonly visits?: boolean;
  /** One declared link taken out (the declared order is otherwise kept). */
  readonly unlink?: readonly [number, number];
}

/** Roles whose step needs the applicant in person: 受理, 现场勘验, 听证. */
export const VISIT_ROLES: ReadonlySet<Role> = new Set<Role>(['accept', 'inspect', 'hearing']);

/**
 * Seniority used to name a merged step's role: the more senior member's role wins. One-to-one and
 * below 16 (design-figures.ts packs it in 4 bits); the roles of the CSV contract's first table keep
 * their relative order, the newer roles are placed beside their nearest old ones.
 */
export const SENIORITY: Readonly<Record<Role, number>> = {
  handoff: 0,
  register: 1,
  review: 2,
  intermediary: 3,
  expert: 4,
  inspect: 5,
  publicize: 6,
  hearing: 7,
  notify: 8,
  approve: 9,
  intake: 10,
  accept: 11,
  deliver: 12,
  submit: 13,
  supervise: 14,
  other: 15,
};

/** A redesigned procedure; node X is a step of the redesign, numbered in file order of its first member. */
export interface Design {
  readonly size: number;
  readonly words: number;
  /** File index → node, −1 for removed and dropped steps. */
  readonly inNode: Int32Array;
  /** File index → node holding its outputs and later links (a dropped step's keeper), −1 when removed. */
  readonly outNode: Int32Array;
  /** File indices per node, in declared topological order. */
  readonly members: readonly (readonly number[])[];
  readonly role: readonly Role[];
  readonly visit: Uint8Array;
  /** Node time (first member's wait + all members' durations) and clock time, hundredths of a day. */
  readonly time: Int32Array;
  readonly clock: Int32Array;
  /** Successor rows of the redesign's declared order (transitively reduced). */
  readonly reduced: Uint32Array;
  /** Closure of the mapped required order. */
  readonly requiredReach: Uint32Array;
  /** Node of the 受理 step that collects moved materials, or −1. */
  readonly collector: number;
  readonly moved: readonly string[];
  readonly duration: number;
  readonly clockDuration: number;
  readonly visits: number;
  /** Visits once consolidated (equal to `visits` when the spec already consolidates them); consolidation changes no link or time. */
  readonly consolidatedVisits: number;
}

/** What candidates and finding savings read of a design; equal to the same fields of buildDesign's Design. */
export interface DesignFigures {
  readonly size: number;
  readonly duration: number;
  readonly visits: number;
  readonly consolidatedVisits: number;
}
