// A redesigned procedure in compact form: steps removed, dropped (a duplicate check whose outputs
// and later links pass to the kept step) or merged, the declared order relaxed or repaired so it
// keeps every required link, visits consolidated. Its order is the transitive reduction of the
// closure of (mapped declared order, unless parallelized) ∪ (mapped required order).

import type { Role } from '../domain/index.js';
import { closeRows, hasBit, orderRows, reduceRows, setBit, wordsFor } from './bitset.js';
import type { ItemContext } from './context.js';

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

/** Builds a design, or null when its transformations together would make the order cyclic. */
export function buildDesign(ctx: ItemContext, spec: DesignSpec): Design | null {
  const { n, steps, words } = ctx;
  const gone = new Uint8Array(n);
  const inNode = new Int32Array(n);
  const outNode = new Int32Array(n);
  const size = assignNodes(ctx, spec, gone, new Int32Array(n), new Int32Array(n), new Int32Array(n), inNode, outNode);
  // Every step is its own node exactly when nothing is removed, dropped or merged.
  const identity = size === n;
  const members: number[][] = [];
  for (let X = 0; X < size; X++) members.push([]);
  for (const v of ctx.order) if (inNode[v]! >= 0) members[inNode[v]!]!.push(v);

  const w = wordsFor(size);
  const base =
    spec.parallel === true ? null : spec.unlink === undefined ? ctx.declared.reach : closeWithout(ctx, spec.unlink);
  let req: Uint32Array;
  let rel: Uint32Array;
  if (identity) {
    // Node X is step X: the relations are the item's own rows.
    req = ctx.required.reach.slice();
    rel = req.slice();
    if (base !== null) for (let i = 0; i < rel.length; i++) rel[i]! |= base[i]!;
  } else {
    req = new Uint32Array(size * w);
    rel = new Uint32Array(size * w);
    mapRows(ctx.required.reach, words, n, outNode, inNode, req, w);
    rel.set(req);
    if (base !== null) mapRows(base, words, n, inNode, inNode, rel, w);
  }

  let collector = -1;
  const moved: string[] = [];
  if (spec.visits === true) {
    for (const v of ctx.order) {
      if (gone[v] === 0 && steps[v]!.role === 'accept') {
        collector = inNode[v]!;
        break;
      }
    }
    if (collector >= 0) collectMaterials(ctx, gone, inNode, collector, members[collector]![0]!, moved);
  }

  const order = orderRows(rel, size, w);
  if (order === null) return null;
  const reach = closeRows(rel, w, order);
  const reduced = reduceRows(reach, size, w);

  const role: Role[] = [];
  const visit = new Uint8Array(size);
  const time = new Int32Array(size);
  const clock = new Int32Array(size);
  let visits = 0;
  let consolidatedVisits = 0;
  for (let X = 0; X < size; X++) {
    const ms = members[X]!;
    let best: Role = steps[ms[0]!]!.role;
    let t = ctx.waitH[ms[0]!]!;
    let counts = false;
    let visited = false;
    // A merged step keeps the visit of a member whose role needs the person there (a 勘验 merged
    // into a 决定 still needs the applicant on site), whatever role the merged step is named for.
    let needed = false;
    for (const m of ms) {
      const step = steps[m]!;
      if (SENIORITY[step.role] > SENIORITY[best]) best = step.role;
      t += ctx.durationH[m]!;
      counts ||= step.countsTowardLimit;
      visited ||= step.applicantVisit;
      needed ||= step.applicantVisit && VISIT_ROLES.has(step.role);
    }
    if (spec.visits === true && !needed) visited = false;
    if (visited && needed) consolidatedVisits++;
    role.push(best);
    time[X] = t;
    clock[X] = counts ? t : 0;
    visit[X] = visited ? 1 : 0;
    if (visited) visits++;
  }
  const es = new Int32Array(size);
  const cs = new Int32Array(size);
  let duration = 0;
  let clockDuration = 0;
  for (const X of order) {
    const ef = es[X]! + time[X]!;
    const cf = cs[X]! + clock[X]!;
    if (ef > duration) duration = ef;
    if (cf > clockDuration) clockDuration = cf;
    for (let k = 0; k < w; k++) {
      let bits = reduced[X * w + k]!;
      while (bits !== 0) {
        const t = bits & -bits;
        const Y = (k << 5) + 31 - Math.clz32(t);
        if (es[Y]! < ef) es[Y] = ef;
        if (cs[Y]! < cf) cs[Y] = cf;
        bits ^= t;
      }
    }
  }
  return {
    size,
    words: w,
    inNode,
    outNode,
    members,
    role,
    visit,
    time,
    clock,
    reduced,
    requiredReach: closeRows(req, w, order),
    collector,
    moved,
    duration,
    clockDuration,
    visits,
    consolidatedVisits,
  };
}

/**
 * Numbers the design's nodes into inNode/outNode (see Design) and returns how many there are. The
 * other arrays are scratch of length ≥ n; `gone` ends up 1 for removed and dropped steps.
 */
export function assignNodes(
  ctx: ItemContext,
  spec: DesignSpec,
  gone: Uint8Array,
  keeper: Int32Array,
  root: Int32Array,
  nodeOfRoot: Int32Array,
  inNode: Int32Array,
  outNode: Int32Array,
): number {
  const { n, steps } = ctx;
  gone.fill(0, 0, n);
  keeper.fill(-1, 0, n);
  if (spec.removed !== undefined) for (const r of spec.removed) gone[r] = 1;
  if (spec.dropped !== undefined) {
    // A step dropped by several pairs passes to the keeper with the smallest id, whatever the row order.
    for (const [keep, drop] of spec.dropped) {
      const before = keeper[drop]!;
      if (gone[drop] === 1 && (before < 0 || steps[before]!.id <= steps[keep]!.id)) continue;
      gone[drop] = 1;
      keeper[drop] = keep;
    }
  }
  for (let v = 0; v < n; v++) root[v] = v;
  if (spec.merges !== undefined) {
    for (const [a, b] of spec.merges) {
      if (gone[a] === 1 || gone[b] === 1) continue;
      const ra = findRoot(root, a);
      const rb = findRoot(root, b);
      if (ra !== rb) root[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  nodeOfRoot.fill(-1, 0, n);
  let size = 0;
  for (let v = 0; v < n; v++) {
    if (gone[v] === 1) {
      inNode[v] = -1;
      continue;
    }
    const r = findRoot(root, v);
    if (nodeOfRoot[r] === -1) nodeOfRoot[r] = size++;
    inNode[v] = nodeOfRoot[r]!;
  }
  for (let v = 0; v < n; v++) {
    let t = v;
    while (t >= 0 && gone[t] === 1) t = keeper[t]!;
    outNode[v] = t >= 0 ? inNode[t]! : -1;
  }
  return size;
}

function findRoot(root: Int32Array, v: number): number {
  while (root[v] !== v) {
    root[v] = root[root[v]!]!;
    v = root[v]!;
  }
  return v;
}

/** Maps a relation over steps onto nodes: x→y becomes from[x]→to[y] where both exist and differ. */
export function mapRows(
  src: Uint32Array,
  words: number,
  n: number,
  from: Int32Array,
  to: Int32Array,
  dst: Uint32Array,
  w: number,
): void {
  for (let x = 0; x < n; x++) {
    const X = from[x]!;
    if (X < 0) continue;
    for (let k = 0; k < words; k++) {
      let bits = src[x * words + k]!;
      while (bits !== 0) {
        const t = bits & -bits;
        const Y = to[(k << 5) + 31 - Math.clz32(t)]!;
        if (Y >= 0 && Y !== X) dst[X * w + (Y >>> 5)]! |= 1 << (Y & 31);
        bits ^= t;
      }
    }
  }
}

/**
 * The applicant-supplied inputs of visit steps other than the collector. A material moves only when
 * every step using it already follows the collector in the required order, so forwarding it (the
 * collector lists it as an output) adds no new link.
 */
function collectMaterials(
  ctx: ItemContext,
  gone: Uint8Array,
  inNode: Int32Array,
  collector: number,
  collecting: number,
  moved: string[],
): void {
  const { steps, n } = ctx;
  const { producers, reach, words } = ctx.required;
  for (let v = 0; v < n; v++) {
    if (gone[v] === 1 || !steps[v]!.applicantVisit || inNode[v] === collector) continue;
    for (const d of steps[v]!.inputs) {
      if (producers.has(d) || moved.includes(d)) continue;
      let follows = true;
      for (let z = 0; z < n && follows; z++) {
        if (gone[z] === 1 || inNode[z] === collector || !steps[z]!.inputs.includes(d)) continue;
        follows = hasBit(reach, words, collecting, z);
      }
      if (follows) moved.push(d);
    }
  }
}

/** Closure of the reduced declared order without one link (file indices). */
export function closeWithout(ctx: ItemContext, [from, to]: readonly [number, number]): Uint32Array {
  const adjacency = new Uint32Array(ctx.n * ctx.words);
  for (const [u, v] of ctx.declared.reduced) if (u !== from || v !== to) setBit(adjacency, ctx.words, u, v);
  return closeRows(adjacency, ctx.words, ctx.order);
}
