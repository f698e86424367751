// What every analysis of one item shares, computed once: the step graph, step times in hundredths
// of a day, the declared order's closure and reduction, and the required order.

import type { Procedure, Step } from '../domain/index.js';
import { ANALYSIS_TEXT, type AnalysisText, type Lang } from '../i18n/index.js';
import { buildStepGraph, type StepGraph } from '../model/index.js';
import { analyzeDeclaredOrder, type DeclaredOrder } from './order/declared-order.js';
import { toHundredths } from './days.js';
import type { DesignFigures } from './redesign/design-spec.js';
import { findRequiredOrder, type RequiredOrder } from './order/required-order.js';

/**
 * What the redesign measures once per item and reads again (redesign/design-figures.ts): the
 * findings' savings and the candidates measure the same single transformations and the same baseline.
 */
export interface ContextSlots {
  /** Figures of single transformations' designs, by a number per transformation (0 for none). */
  singles?: Map<number, DesignFigures | null>;
  /** Per step, the role's seniority and whether it needs a visit (see design-figures.ts). */
  traits?: Uint8Array;
  /** A topological order of the baseline design (declared ∪ required order), once measured. */
  baselineOrder?: Int32Array;
  /** The reduced declared order as bitset rows. */
  reducedRows?: Uint32Array;
}

/** One item prepared for analysis; node v is the step at file index v. */
export interface ItemContext {
  readonly procedure: Procedure;
  readonly steps: readonly Step[];
  readonly graph: StepGraph;
  readonly n: number;
  readonly words: number;
  /** Declared topological order (smallest file index first among ready steps). */
  readonly order: Int32Array;
  /** Wait and duration per step in hundredths of a day. */
  readonly waitH: Int32Array;
  readonly durationH: Int32Array;
  /** Step time (wait + duration) in hundredths of a day. */
  readonly time: Int32Array;
  /** Step time that runs the statutory clock (0 where countsTowardLimit is false). */
  readonly clock: Int32Array;
  readonly declared: DeclaredOrder;
  readonly required: RequiredOrder;
  readonly slots: ContextSlots;
  /** The analysis messages in the language asked for. */
  readonly text: AnalysisText;
}

/** Prepares one procedure (valid: acyclic declared order, known references) for analysis. */
export function buildItemContext(procedure: Procedure, lang: Lang = 'en'): ItemContext {
  const graph = buildStepGraph(procedure);
  const steps = procedure.steps;
  const n = graph.n;
  const declared = analyzeDeclaredOrder(graph);
  const waitH = new Int32Array(n);
  const durationH = new Int32Array(n);
  const time = new Int32Array(n);
  const clock = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const step = steps[v]!;
    waitH[v] = toHundredths(step.waitDays);
    durationH[v] = toHundredths(step.durationDays);
    time[v] = waitH[v]! + durationH[v]!;
    clock[v] = step.countsTowardLimit ? time[v]! : 0;
  }
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
    declared,
    required: findRequiredOrder(graph, declared, ANALYSIS_TEXT[lang]),
    slots: {},
    text: ANALYSIS_TEXT[lang],
  };
}
