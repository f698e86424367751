// What every analysis of one item shares, computed once: the step graph, step times in hundredths
// of a day, the steps' roles as bits, its materials, the declared order's closure and reduction, and
// the required order.

import type { Procedure, Step } from '../domain/index.js';
import { longestPathsOfTwo } from '../graph/index.js';
import { ANALYSIS_TEXT, type AnalysisText, type Lang } from '../i18n/index.js';
import { buildStepGraph, type StepGraph } from '../model/index.js';
import { toHundredths } from './days.js';
import { UNLIMITED, type ItemBudget } from './item-budget.js';
import { internMaterials, type Materials } from './materials.js';
import { analyzeDeclaredOrder, type DeclaredOrder } from './order/declared-order.js';
import { findRequiredOrder, type RequiredOrder } from './order/required-order.js';
import type { BaseEdges, Design, DesignFigures } from './redesign/design-spec.js';
import { ROLE_BIT, roleBitsOf } from './roles.js';

/**
 * What the analysis works out once per item and reads again: the findings' savings and the
 * candidates measure the same single transformations and the same baseline (redesign/); two
 * detectors read the same consecutive pairs (findings/).
 */
export interface ContextSlots {
  /** Figures of single transformations' designs, by a number per transformation (0 for none). */
  singles?: Map<number, DesignFigures | null>;
  /** Designs of single merges, drops and removals (keyed as `singles`), shared with the candidates that apply only one. */
  singleDesigns?: Map<number, Design | null>;
  /** The design of no transformation (null: its order is cyclic). */
  base?: Design | null;
  /** The edges every design starts from. */
  baseEdges?: BaseEdges;
  /** The declared links that pass mergeable's structural test (findings/consecutive-pairs.ts), shared with intake-merge. */
  consecutivePairs?: readonly (readonly [number, number])[];
}

/** One item prepared for analysis; node v is the step at file index v. */
export interface ItemContext {
  readonly procedure: Procedure;
  readonly steps: readonly Step[];
  readonly graph: StepGraph;
  readonly n: number;
  readonly words: number;
  /** Declared topological order (smallest file index first among ready steps). */
  readonly order: readonly number[];
  /** Wait and duration per step in hundredths of a day. */
  readonly waitH: Int32Array;
  readonly durationH: Int32Array;
  /** Step time (wait + duration) in hundredths of a day; 0 for a supervise step (after the outcome, weighed 0 in every duration). */
  readonly time: Int32Array;
  /** Step time that runs the statutory clock (0 where countsTowardLimit is false). */
  readonly clock: Int32Array;
  /** Each step's roles as bits (roles.ts). */
  readonly roleBits: Uint32Array;
  readonly materials: Materials;
  /** Whether some step's duration is unknown (时限未填): no savings, no limit-slack, out of the day totals. */
  readonly incomplete: boolean;
  readonly declared: DeclaredOrder;
  readonly required: RequiredOrder;
  /**
   * The lawful figures in hundredths of a day: the longest path over the declared order together
   * with the required links, weighed by time and by clock; null where the two form a cycle.
   */
  readonly lawful: { readonly duration: number; readonly clock: number } | null;
  readonly budget: ItemBudget;
  readonly slots: ContextSlots;
  /** The analysis messages in the language asked for. */
  readonly text: AnalysisText;
}

/** Prepares one procedure (valid: acyclic declared order, known references) for analysis. */
export function buildItemContext(procedure: Procedure, lang: Lang = 'en', budget: ItemBudget = UNLIMITED): ItemContext {
  const graph = buildStepGraph(procedure);
  const steps = procedure.steps;
  const n = graph.n;
  const declared = analyzeDeclaredOrder(graph);
  const waitH = new Int32Array(n);
  const durationH = new Int32Array(n);
  const time = new Int32Array(n);
  const clock = new Int32Array(n);
  const roleBits = new Uint32Array(n);
  let incomplete = false;
  for (let v = 0; v < n; v++) {
    const step = steps[v]!;
    roleBits[v] = roleBitsOf(step);
    const after = (roleBits[v]! & ROLE_BIT.supervise) !== 0;
    waitH[v] = after ? 0 : toHundredths(step.waitDays);
    durationH[v] = after ? 0 : toHundredths(step.durationDays);
    time[v] = waitH[v]! + durationH[v]!;
    clock[v] = step.countsTowardLimit ? time[v]! : 0;
    if (step.durationMissing) incomplete = true;
  }
  const materials = internMaterials(steps);
  budget.check('declared order');
  const required = findRequiredOrder({ graph, roleBits, materials, declared }, budget);
  const lawful = required.conflicts.length > 0 ? null : lawfulFigures(graph, required, time, clock);
  return {
    procedure,
    steps,
    graph,
    n,
    words: declared.words,
    order: declared.order,
    waitH,
    durationH,
    time,
    clock,
    roleBits,
    materials,
    incomplete,
    declared,
    required,
    lawful,
    budget,
    slots: {},
    text: ANALYSIS_TEXT[lang],
  };
}

/** The longest paths over the declared order and the required links together (acyclic), by time and by clock. */
function lawfulFigures(graph: StepGraph, required: RequiredOrder, time: Int32Array, clock: Int32Array): { duration: number; clock: number } {
  // Stryker disable next-line ArrayDeclaration: equivalent — the union is acyclic here, so both entries are written
  const out = [0, 0];
  longestPathsOfTwo(graph.declared, required.graph, time, clock, out);
  return { duration: out[0]!, clock: out[1]! };
}
