// The required order of the CSV contract: B requires A for a data dependency (B's inputs hold an
// output of A), a hard predecessor (法定前置) or a role gate, transitively. Kept as bitset rows
// (closure O(n·m/32) word operations — fine for items of ~10–200 steps).

import { InternalError, type Role, type Step } from '../../domain/index.js';
import type { StepGraph } from '../../model/index.js';
import { buildDigraph, closeRows, findReachable, forEachBit, hasBit, orderRows, setBit, successors } from '../../graph/index.js';
import { ANALYSIS_TEXT, type AnalysisText } from '../../i18n/index.js';
import type { DeclaredOrder } from './declared-order.js';

/** The required order of one item, with what had to be left out of it. */
export interface RequiredOrder {
  readonly words: number;
  /** reach row u = the steps that must come after u (strict, transitive). */
  readonly reach: Uint32Array;
  /** Backward data dependencies and links that close a cycle, as messages (they are left out of `reach`). */
  readonly problems: string[];
  /** Document → the steps that output it, in file order. */
  readonly producers: ReadonlyMap<string, readonly number[]>;
}

type LinkKind = 'data' | 'hard' | 'accept-gate' | 'approve-gate' | 'deliver-gate';

interface Link {
  from: number;
  to: number;
  kind: LinkKind;
  document: string;
}

/** Roles an approve step must follow (the approve gate of the CSV contract). */
const BEFORE_APPROVE: ReadonlySet<Role> = new Set<Role>(['review', 'inspect', 'expert', 'publicize', 'hearing', 'intermediary']);

/** Maps every document to the steps producing it, in file order. */
export function findProducers(steps: readonly Step[]): Map<string, number[]> {
  const producers = new Map<string, number[]>();
  steps.forEach((step, v) => {
    for (const d of step.outputs) {
      const list = producers.get(d);
      if (list === undefined) producers.set(d, [v]);
      else if (list[list.length - 1] !== v) list.push(v);
    }
  });
  return producers;
}

/**
 * Builds the required order. Two kinds of links are left out, each reported as a message:
 * (1) a data dependency whose every producer comes after the consumer in the declared order;
 * (2) a link inside a cycle of (declared order ∪ required links) that the declared order does not
 * imply. Every edge left inside a strongly connected component then follows the declared order, so
 * the union becomes acyclic, and the rule does not depend on the order of the rows.
 */
export function findRequiredOrder(graph: StepGraph, declared: DeclaredOrder, text: AnalysisText = ANALYSIS_TEXT.en): RequiredOrder {
  const { n } = graph;
  const steps = graph.procedure.steps;
  const { words, reach: declaredReach } = declared;
  const problems: string[] = [];
  const producers = findProducers(steps);
  let rel: Uint32Array = new Uint32Array(n * words);
  collectLinks(graph, declaredReach, words, producers, problems, rel, null, text);
  const combined = rel.slice();
  for (let i = 0; i < combined.length; i++) combined[i]! |= declared.adjacency[i]!;
  let order = orderRows(combined, n, words);
  if (order === null) {
    // Rare: list the links one by one (in the order of the rules) to report the ones that close a cycle.
    const links: Link[] = [];
    collectLinks(graph, declaredReach, words, producers, null, new Uint32Array(n * words), links, text);
    const reachAll = reachWithCycles(combined, n, words);
    const dropped = new Uint32Array(n * words);
    const kept: Link[] = [];
    for (const link of links) {
      const { from, to } = link;
      if (hasBit(reachAll, words, to, from) && !hasBit(declaredReach, words, from, to)) {
        if (!hasBit(dropped, words, from, to)) {
          setBit(dropped, words, from, to);
          problems.push(text.linkClosesCycle({ fromId: steps[from]!.id, toId: steps[to]!.id, why: describeLink(link, steps, text) }));
        }
      } else {
        kept.push(link);
      }
    }
    rel = relationOf(kept, n, words);
    for (let i = 0; i < rel.length; i++) rel[i]! &= ~dropped[i]!;
    order = orderRows(rel, n, words);
    // Unreachable: `rel` is a subgraph of an acyclic union by construction.
    if (order === null) throw new InternalError('required order is cyclic after conflict removal');
  }
  // Any topological order of a superset of `rel` serves the closure.
  return { words, reach: closeRows(rel, words, order), problems, producers };
}

/**
 * Sets the required links in `rel` (data, hard, then role gates, step by step); also lists them
 * in that order when `links` is given, and reports ignored backward data dependencies when
 * `problems` is given.
 */
function collectLinks(
  graph: StepGraph,
  declaredReach: Uint32Array,
  words: number,
  producers: ReadonlyMap<string, readonly number[]>,
  problems: string[] | null,
  rel: Uint32Array,
  links: Link[] | null,
  text: AnalysisText,
): void {
  const { n } = graph;
  const steps = graph.procedure.steps;
  for (let b = 0; b < n; b++) {
    const inputs = steps[b]!.inputs;
    for (let k = 0; k < inputs.length; k++) {
      const d = inputs[k]!;
      if (inputs.indexOf(d) !== k) continue;
      const makers = producers.get(d);
      if (makers === undefined) continue;
      let others = 0;
      let usable = 0;
      for (const p of makers) {
        if (p === b) continue;
        others++;
        if (!hasBit(declaredReach, words, b, p)) usable++;
      }
      if (others === 0) continue;
      if (usable === 0) {
        if (problems !== null) {
          const producers = makers.filter((p) => p !== b).map((p) => steps[p]!.id);
          problems.push(text.backwardData({ stepId: steps[b]!.id, stepName: steps[b]!.name, document: d, producers }));
        }
        continue;
      }
      for (const p of makers) {
        if (p === b || hasBit(declaredReach, words, b, p)) continue;
        setBit(rel, words, p, b);
        links?.push({ from: p, to: b, kind: 'data', document: d });
      }
    }
    for (const h of steps[b]!.hardPredecessors) {
      const a = graph.indexOf.get(h);
      if (a === undefined || a === b) continue;
      setBit(rel, words, a, b);
      links?.push({ from: a, to: b, kind: 'hard', document: '' });
    }
  }
  for (let a = 0; a < n; a++) {
    const ra = steps[a]!.role;
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      const rb = steps[b]!.role;
      if (ra === 'accept' && rb !== 'accept') {
        setBit(rel, words, a, b);
        links?.push({ from: a, to: b, kind: 'accept-gate', document: '' });
      }
      if (rb === 'approve' && BEFORE_APPROVE.has(ra)) {
        setBit(rel, words, a, b);
        links?.push({ from: a, to: b, kind: 'approve-gate', document: '' });
      }
      if (rb === 'deliver' && ra !== 'deliver') {
        setBit(rel, words, a, b);
        links?.push({ from: a, to: b, kind: 'deliver-gate', document: '' });
      }
    }
  }
}

function relationOf(links: readonly Link[], n: number, words: number): Uint32Array {
  const rel = new Uint32Array(n * words);
  for (const { from, to } of links) setBit(rel, words, from, to);
  return rel;
}

/** Reachability of a relation that may have cycles: per node, what its successors reach (graph/reachability.ts). */
function reachWithCycles(rel: Uint32Array, n: number, words: number): Uint32Array {
  const from: number[] = [];
  const to: number[] = [];
  for (let x = 0; x < n; x++) {
    forEachBit(rel, words, x, (y) => {
      from.push(x);
      to.push(y);
    });
  }
  const g = buildDigraph(n, from, to);
  const reach = new Uint32Array(n * words);
  for (let s = 0; s < n; s++) for (const y of findReachable(g, successors(g, s))) setBit(reach, words, s, y);
  return reach;
}

function describeLink(link: Link, steps: readonly Step[], text: AnalysisText): string {
  const fromId = steps[link.from]!.id;
  const toId = steps[link.to]!.id;
  switch (link.kind) {
    case 'data':
      return text.linkData({ fromId, toId, document: link.document });
    case 'hard':
      return text.linkHard({ fromId, toId });
    case 'accept-gate':
      return text.linkAcceptGate({ fromId });
    case 'approve-gate':
      return text.linkApproveGate({ fromId });
    case 'deliver-gate':
      return text.linkDeliverGate({ toId });
  }
}
