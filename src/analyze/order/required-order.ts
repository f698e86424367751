// The required order of the CSV contract ("Meaning"): the evidence first (evidence.ts), then the role
// gates into a closure of the declared order and the links so far (gates.ts). From the links: the
// required order's closure (cycles allowed: the law's hearing before the decision against a declared
// link nothing vouches to drop), its transitive reduction, the union with the declared order (its
// cycles are order conflicts, one shortest cycle per strongly connected group) and its topological
// order for the lawful duration. O(n + m) for the links, O(m · n/32) for each closure, plus the
// gates' updates (gates.ts).

import { buildDigraph, closeDigraph, componentsOfOrder, createIncrementalClosure, findShortestCycle, findStrongComponents, hasBit, reduceEdges, topologicalOrder, transposeRows, wordsFor, type Digraph } from '../../graph/index.js';
import type { StepGraph } from '../../model/index.js';
import type { ItemBudget } from '../item-budget.js';
import type { Materials } from '../materials.js';
import type { DeclaredOrder } from './declared-order.js';
import { collectEvidence, type DataAgainstOrder } from './evidence.js';
import { linkGates } from './gates.js';
import { finishLinks, startLinks, type LinkBuilder, type RequiredLinks } from './required-links.js';

/** Up to this many steps the backward closure is the forward one transposed (at most n² set bits), else computed. */
const TRANSPOSE_LIMIT = 64;

/** The required order of one item. */
export interface RequiredOrder {
  readonly words: number;
  /** Every required link as found (evidence, then gates), with its reason; pairs may repeat. */
  readonly links: RequiredLinks;
  /** The required links as a digraph (each pair once). */
  readonly graph: Digraph;
  /** Closure of the required links alone: reach row u = the steps that must come after u (u itself only on a cycle). */
  readonly reach: Uint32Array;
  /** Closure of the declared order together with the required links. */
  readonly unionReach: Uint32Array;
  /** A shortest cycle of the required links alone (through the first step in the file on one), or null. */
  readonly requiredCycle: readonly number[] | null;
  /**
   * The order conflicts: one shortest cycle per strongly connected group of the declared order and
   * the required links together (groups in file order of their first step); empty where they are acyclic.
   */
  readonly conflicts: readonly (readonly number[])[];
  /** The required order's transitive reduction, sorted by (from, to); empty where the required links form a cycle. */
  readonly reduced: readonly (readonly [number, number])[];
  /** Data dependencies against the declared order: warnings, not links. */
  readonly againstOrder: readonly DataAgainstOrder[];
  /** Declared links kept as required only because a step lists no outputs or no inputs (items with lineage). */
  readonly keptForMissingData: readonly (readonly [number, number])[];
}

/** What the required order reads of an item. */
export interface RequiredOrderInput {
  readonly graph: StepGraph;
  readonly roleBits: Uint32Array;
  readonly materials: Materials;
  readonly declared: DeclaredOrder;
}

/** Builds the required order of one item (its declared order must be acyclic). */
export function findRequiredOrder(input: RequiredOrderInput, budget: ItemBudget): RequiredOrder {
  const { graph, roleBits, materials, declared } = input;
  const n = graph.n;
  const words = wordsFor(n);
  const links = startLinks();
  const { againstOrder, keptForMissingData } = collectEvidence({ graph, roleBits, materials, declaredReach: declared.reach, words }, links);
  budget.check('evidence');

  // The declared order and the evidence, closed both ways; the gates keep both closures up to date.
  const d = graph.declared;
  const unionOf = (): { from: number[]; to: number[] } => {
    const from: number[] = [];
    const to: number[] = [];
    for (let a = 0; a < n; a++) {
      for (let i = d.succStart[a]!; i < d.succStart[a + 1]!; i++) {
        from.push(a);
        to.push(d.succ[i]!);
      }
    }
    for (let i = 0; i < links.count; i++) {
      from.push(links.from[i]!);
      to.push(links.to[i]!);
    }
    return { from, to };
  };
  // Evidence inside the declared order's closure (data along the order, declared links kept) adds no
  // reachability: the closure is the declared one, copied since the gates extend it.
  let forward: Uint32Array;
  let evidence: { from: number[]; to: number[] } | null = null;
  if (withinReach(declared.reach, words, links)) forward = declared.reach.slice();
  else {
    evidence = unionOf();
    forward = closeDigraph(buildDigraph(n, evidence.from, evidence.to), words);
  }
  // The reversed graph's closure is the transpose: cheaper to flip while the closure is small.
  let backward: Uint32Array;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the transpose of the closure and the closure of the reversed graph are the same rows; the bound only picks the cheaper (equivalent)
  if (n <= TRANSPOSE_LIMIT) backward = transposeRows(forward, n, words);
  else {
    evidence ??= unionOf();
    backward = closeDigraph(buildDigraph(n, evidence.to, evidence.from), words);
  }
  const closure = createIncrementalClosure(n, words, forward, backward);
  budget.check('evidence closure');
  linkGates(
    {
      steps: graph.procedure.steps,
      roleBits,
      order: declared.order,
      declaredReach: declared.reach,
      words,
      declared: d,
    },
    closure,
    links,
    budget,
  );

  const found = finishLinks(links);
  const linkGraph = buildDigraph(n, found.from, found.to);
  // Null where the links form a cycle; else the components are the order's (no search for them).
  const linkOrder = topologicalOrder(linkGraph);
  // Stryker disable next-line ConditionalExpression: equivalent — Tarjan's components of an acyclic graph close it to the same rows
  const components = linkOrder === null ? findStrongComponents(linkGraph) : componentsOfOrder(linkOrder);
  const reach = closeDigraph(linkGraph, words, components);
  budget.check('required closure');
  // Stryker disable next-line ConditionalExpression: equivalent — an acyclic graph has no cycle to find
  const requiredCycle = linkOrder === null ? firstCycle(linkGraph, components) : null;
  // Stryker disable next-line ArrayDeclaration: the reduction is read only where there is no required cycle, and then it is set below (equivalent)
  let reduced: [number, number][] = [];
  if (linkOrder !== null) {
    const pos = new Int32Array(n);
    linkOrder.forEach((v, k) => (pos[v] = k));
    reduced = reduceEdges(n, linkGraph.succStart, linkGraph.succ, reach, words, pos);
  }

  const unionReach = closure.forward;
  // Only spares the acyclic union the strongly connected groups, which would find no group of two steps.
  // Stryker disable next-line BooleanLiteral: equivalent, as above
  let cyclic = false;
  for (let v = 0; v < n && !cyclic; v++) cyclic = hasBit(unionReach, words, v, v);
  const conflicts: number[][] = [];
  // Stryker disable next-line ConditionalExpression: equivalent, as above
  if (cyclic) {
    // The union as one graph only here: acyclic, its longest paths are read off the two graphs (item-context.ts).
    const all = unionOf();
    const union = buildDigraph(n, all.from, all.to);
    const groups = findStrongComponents(union);
    const seen = new Uint8Array(groups.count);
    for (let v = 0; v < n; v++) {
      const c = groups.component[v]!;
      if (groups.size[c]! < 2 || seen[c] === 1) continue;
      seen[c] = 1;
      conflicts.push(findShortestCycle(union, v, groups.component)!);
    }
  }
  return {
    words,
    links: found,
    graph: linkGraph,
    reach,
    unionReach,
    requiredCycle,
    conflicts,
    reduced,
    againstOrder,
    keptForMissingData,
  };
}

/** Whether every link so far is already in the closure rows `reach`. */
// Stryker disable next-line BlockStatement: answering no (undefined) closes the union instead: the same rows, by the longer way (equivalent)
function withinReach(reach: Uint32Array, words: number, links: LinkBuilder): boolean {
  // Stryker disable next-line UpdateOperator: counting down reads link 0, then no link (a miss): no, and the union is closed instead (equivalent)
  for (let i = 0; i < links.count; i++) if (!hasBit(reach, words, links.from[i]!, links.to[i]!)) return false;
  // Stryker disable next-line BooleanLiteral: answering no closes the union instead: the same rows, by the longer way (equivalent)
  return true;
}

/** A shortest cycle through the first step (in file order) that lies on a cycle, or null. */
function firstCycle(g: Digraph, components: ReturnType<typeof findStrongComponents>): number[] | null {
  for (let v = 0; v < g.n; v++) {
    if (components.size[components.component[v]!]! > 1) return findShortestCycle(g, v, components.component);
  }
  return null;
}
