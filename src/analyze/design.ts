// A redesigned procedure in compact form: steps removed, dropped (a duplicate check whose outputs
// and later links pass to the kept step) or merged, the declared order relaxed or repaired so it
// keeps every required link, visits consolidated. Its order is the transitive reduction of the
// closure of (mapped declared order, unless parallelized) ∪ (mapped required order).

import type { Role } from '../domain/index.js';
import { closeRows, hasBit, orderRows, reduceRows, setBit, wordsFor } from './bitset.js';
import type { ItemContext } from './context.js';
import type { Transformation } from './finding-detector.js';

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
const VISIT_ROLES: ReadonlySet<Role> = new Set<Role>(['accept', 'inspect', 'hearing']);

/** Seniority used to name a merged step's role: the more senior member's role wins. */
const SENIORITY: Readonly<Record<Role, number>> = {
  handoff: 0,
  review: 1,
  intermediary: 2,
  expert: 3,
  inspect: 4,
  publicize: 5,
  hearing: 6,
  approve: 7,
  accept: 8,
  deliver: 9,
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
  const keeper = new Int32Array(n).fill(-1);
  for (const r of spec.removed ?? []) gone[r] = 1;
  // A step dropped by several pairs passes to the keeper with the smallest id, whatever the row order.
  for (const [keep, drop] of spec.dropped ?? []) {
    const before = keeper[drop]!;
    if (gone[drop] === 1 && (before < 0 || steps[before]!.id <= steps[keep]!.id)) continue;
    gone[drop] = 1;
    keeper[drop] = keep;
  }
  const root = new Int32Array(n);
  for (let v = 0; v < n; v++) root[v] = v;
  let identity = (spec.removed?.length ?? 0) === 0 && (spec.dropped?.length ?? 0) === 0;
  for (const [a, b] of spec.merges ?? []) {
    if (gone[a] === 1 || gone[b] === 1) continue;
    const ra = findRoot(root, a);
    const rb = findRoot(root, b);
    if (ra !== rb) {
      root[Math.max(ra, rb)] = Math.min(ra, rb);
      identity = false;
    }
  }
  const inNode = new Int32Array(n).fill(-1);
  const nodeOfRoot = new Int32Array(n).fill(-1);
  let size = 0;
  for (let v = 0; v < n; v++) {
    if (gone[v] === 1) continue;
    const r = findRoot(root, v);
    if (nodeOfRoot[r] === -1) nodeOfRoot[r] = size++;
    inNode[v] = nodeOfRoot[r]!;
  }
  const outNode = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let t = v;
    while (t >= 0 && gone[t] === 1) t = keeper[t]!;
    outNode[v] = t >= 0 ? inNode[t]! : -1;
  }
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
    for (const m of ms) {
      const step = steps[m]!;
      if (SENIORITY[step.role] > SENIORITY[best]) best = step.role;
      t += ctx.durationH[m]!;
      counts ||= step.countsTowardLimit;
      visited ||= step.applicantVisit;
    }
    const needed = VISIT_ROLES.has(best);
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

function findRoot(root: Int32Array, v: number): number {
  while (root[v] !== v) {
    root[v] = root[root[v]!]!;
    v = root[v]!;
  }
  return v;
}

/** Maps a relation over steps onto nodes: x→y becomes from[x]→to[y] where both exist and differ. */
function mapRows(
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
function closeWithout(ctx: ItemContext, [from, to]: readonly [number, number]): Uint32Array {
  const adjacency = new Uint32Array(ctx.n * ctx.words);
  for (const [u, v] of ctx.declared.reduced) if (u !== from || v !== to) setBit(adjacency, ctx.words, u, v);
  return closeRows(adjacency, ctx.words, ctx.order);
}

/**
 * The design of one finding's transformation alone, or of no transformation (the procedure with its
 * required links in place), memoized on the context; null when it cannot apply.
 */
export function buildSingleDesign(ctx: ItemContext, t: Transformation | null): Design | null {
  const key = t === null ? 'none' : `${t.kind}:${Object.values(t).slice(1).join(':')}`;
  const singles = (ctx.slots.singles ??= new Map());
  let design = singles.get(key);
  if (design === undefined) {
    design = buildDesign(ctx, specOf(t));
    singles.set(key, design);
  }
  return design;
}

function specOf(t: Transformation | null): DesignSpec {
  if (t === null) return {};
  switch (t.kind) {
    case 'unlink':
      return { unlink: [t.from, t.to] };
    case 'merge':
      return { merges: [[t.first, t.second]] };
    case 'drop':
      return { dropped: [[t.keep, t.drop]] };
    case 'remove':
      return { removed: [t.step] };
    case 'visits':
      return { visits: true };
  }
}
