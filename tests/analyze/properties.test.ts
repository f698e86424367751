import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeProcedure } from '../../src/analyze/index.js';
import { buildItemContext } from '../../src/analyze/item-context.js';
import { analyzeDeclaredOrder } from '../../src/analyze/order/declared-order.js';
import { ROLES, type ItemAnalysis, type Procedure, type Step } from '../../src/domain/index.js';
import { buildStepGraph } from '../../src/model/index.js';
import { makeProcedure, type StepInit } from '../support/procedures.js';

// Random procedures: predecessors as relative offsets (step i lists i-1-k), which keeps the declared
// order acyclic by construction and shrinks well; hard predecessors may point either way.
const DOCS = ['申请书', '图纸', '意见', '证照', '报告'];
const rowArb = fc.record({
  preds: fc.uniqueArray(fc.nat({ max: 5 }), { maxLength: 3 }),
  hard: fc.uniqueArray(fc.integer({ min: -4, max: 4 }), { maxLength: 1 }),
  role: fc.constantFrom(...ROLES),
  department: fc.constantFrom('甲', '乙', '丙'),
  duration: fc.integer({ min: 0, max: 500 }),
  wait: fc.integer({ min: 0, max: 100 }),
  inputs: fc.uniqueArray(fc.constantFrom(...DOCS), { maxLength: 2 }),
  outputs: fc.uniqueArray(fc.constantFrom(...DOCS), { maxLength: 1 }),
  visit: fc.boolean(),
  conditional: fc.boolean(),
  counts: fc.boolean(),
});
const limitArb = fc.option(fc.integer({ min: 0, max: 3000 }).map((h) => h / 100), { nil: null });
const procedureArb = fc.tuple(fc.array(rowArb, { minLength: 1, maxLength: 9 }), limitArb, limitArb).map(([rows, legal, promised]) =>
  makeProcedure(
    rows.map((r, i): StepInit => ({
      id: `T${i}`,
      name: `步骤${i}`,
      role: r.role,
      department: r.department,
      durationDays: r.duration / 100,
      waitDays: r.wait / 100,
      countsTowardLimit: r.counts,
      predecessors: [...new Set(r.preds.map((k) => i - 1 - k).filter((j) => j >= 0))].map((j) => `T${j}`),
      hardPredecessors: r.hard.map((k) => i + (k >= 0 ? k + 1 : k)).filter((j) => j >= 0 && j < rows.length).map((j) => `T${j}`),
      inputs: r.inputs,
      outputs: r.outputs,
      applicantVisit: r.visit,
      condition: r.conditional ? '特定情形' : '',
    })),
    { legal, promised },
  ),
);

/** Reachability by depth-first search over predecessor lists, as a set of "from>to" strings. */
function reachability(steps: readonly Pick<Step, 'id' | 'predecessors'>[]): Set<string> {
  const succ = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  for (const s of steps) for (const p of s.predecessors) succ.get(p)!.push(s.id);
  const out = new Set<string>();
  for (const s of steps) {
    const stack = [...succ.get(s.id)!];
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (out.has(`${s.id}>${x}`)) continue;
      out.add(`${s.id}>${x}`);
      stack.push(...succ.get(x)!);
    }
  }
  return out;
}

/** Required pairs "from>to" of the item, by step id. */
function requiredPairs(p: Procedure): string[] {
  const ctx = buildItemContext(p);
  const pairs: string[] = [];
  for (let x = 0; x < ctx.n; x++) {
    for (let y = 0; y < ctx.n; y++) {
      if ((ctx.required.reach[x * ctx.required.words + (y >>> 5)]! & (1 << (y & 31))) !== 0) pairs.push(`${p.steps[x]!.id}>${p.steps[y]!.id}`);
    }
  }
  return pairs;
}

/** The procedure with every required link added to the declared order (so it keeps the required order). */
function withRequiredOrder(p: Procedure): Procedure {
  const extra = new Map<string, string[]>();
  for (const pair of requiredPairs(p)) {
    const [from, to] = pair.split('>') as [string, string];
    extra.set(to, [...(extra.get(to) ?? []), from]);
  }
  return { ...p, steps: p.steps.map((s) => ({ ...s, predecessors: [...new Set([...s.predecessors, ...(extra.get(s.id) ?? [])])] })) };
}

const keepsRequiredOrder = (p: Procedure): boolean => {
  const reach = reachability(p.steps);
  return requiredPairs(p).every((pair) => reach.has(pair));
};

const figures = (x: Pick<ItemAnalysis, 'stepCount' | 'applicantVisits'> & { durationDays: number; clockDays: number }) => [
  x.stepCount,
  x.durationDays,
  x.clockDays,
  x.applicantVisits,
];

describe('analysis properties (random procedures)', () => {
  it('CPM: passes agree, slack ≥ 0, the critical path is a declared path summing to the duration', () => {
    fc.assert(
      fc.property(procedureArb, (p) => {
        const item = analyzeProcedure(p);
        const byId = new Map(p.steps.map((s) => [s.id, s]));
        const time = (id: string) => Math.round(byId.get(id)!.waitDays * 100) + Math.round(byId.get(id)!.durationDays * 100);
        const entry = new Map(item.schedule.map((e) => [e.stepId, e]));
        const h = (d: number) => Math.round(d * 100);
        const total = h(item.criticalPath.durationDays);
        for (const s of p.steps) {
          const e = entry.get(s.id)!;
          const succs = p.steps.filter((t) => t.predecessors.includes(s.id));
          expect(h(e.earliestFinish)).toBe(h(e.earliestStart) + time(s.id));
          expect(h(e.earliestStart)).toBe(Math.max(0, ...s.predecessors.map((q) => h(entry.get(q)!.earliestFinish))));
          expect(h(e.latestFinish)).toBe(Math.min(total, ...succs.map((t) => h(entry.get(t.id)!.latestStart))));
          expect(h(e.latestStart)).toBe(h(e.latestFinish) - time(s.id));
          expect(e.slack).toBeGreaterThanOrEqual(0);
          expect(e.critical).toBe(e.slack === 0);
        }
        const path = item.criticalPath.stepIds;
        expect(path.length).toBeGreaterThan(0);
        expect(byId.get(path[0]!)!.predecessors).toEqual([]);
        expect(p.steps.some((t) => t.predecessors.includes(path.at(-1)!))).toBe(false);
        path.slice(1).forEach((id, k) => expect(byId.get(id)!.predecessors).toContain(path[k]));
        expect(path.reduce((sum, id) => sum + time(id), 0)).toBe(total);
        const times = p.steps.map((s) => time(s.id));
        expect(total).toBeGreaterThanOrEqual(Math.max(...times));
        expect(total).toBeLessThanOrEqual(times.reduce((a, b) => a + b, 0));
        expect(h(item.clockDays)).toBeLessThanOrEqual(total);
        expect(h(item.fewestStepsPath.durationDays)).toBeLessThanOrEqual(total);
      }),
    );
  });

  it('transitive reduction keeps reachability and is minimal', () => {
    fc.assert(
      fc.property(procedureArb, (p) => {
        const graph = buildStepGraph(p);
        const declared = analyzeDeclaredOrder(graph);
        const ids = graph.ids;
        const asSteps = (edges: readonly (readonly [number, number])[]) =>
          ids.map((id, v) => ({ id, predecessors: edges.filter(([, to]) => to === v).map(([from]) => ids[from]!) }));
        const full = reachability(p.steps);
        expect(reachability(asSteps(declared.reduced))).toEqual(full);
        for (const edge of declared.reduced) {
          const without = reachability(asSteps(declared.reduced.filter((e) => e !== edge)));
          expect(without.has(`${ids[edge[0]]}>${ids[edge[1]]}`)).toBe(false);
        }
        const redundant = analyzeProcedure(p).findings.filter((f) => f.kind === 'redundant-precedence').map((f) => f.stepIds.join('>'));
        expect(redundant).toEqual(declared.redundant.map(([a, b]) => `${ids[a]}>${ids[b]}`));
      }),
    );
  });

  it('every candidate keeps every required link between the steps it keeps, and re-analyses to the same figures', () => {
    fc.assert(
      fc.property(procedureArb, (p) => {
        const item = analyzeProcedure(p);
        const required = requiredPairs(p);
        for (const c of item.candidates) {
          const nodeOf = new Map<string, string>();
          for (const s of c.steps) for (const member of s.id.split('+')) nodeOf.set(member, s.id);
          const reach = reachability(c.steps);
          for (const pair of required) {
            const [from, to] = pair.split('>') as [string, string];
            const x = nodeOf.get(from);
            const y = nodeOf.get(to);
            if (x !== undefined && y !== undefined && x !== y) expect(reach.has(`${x}>${y}`), `${c.id}: ${pair}`).toBe(true);
          }
          const again = analyzeProcedure({ ...p, steps: c.steps });
          expect(figures({ ...again, durationDays: again.criticalPath.durationDays })).toEqual(figures(c));
          expect(again.criticalPath).toEqual(c.criticalPath);
          if (c.applied.includes('parallelizable')) {
            expect(again.findings.filter((f) => f.kind === 'parallelizable')).toEqual([]);
          }
        }
      }),
    );
  });

  it('where the declared order keeps the required order, no candidate is slower or longer than the original', () => {
    fc.assert(
      fc.property(procedureArb.map(withRequiredOrder), (p) => {
        fc.pre(keepsRequiredOrder(p));
        const item = analyzeProcedure(p);
        for (const c of item.candidates) {
          expect(c.durationDays).toBeLessThanOrEqual(item.criticalPath.durationDays);
          expect(c.stepCount).toBeLessThanOrEqual(item.stepCount);
          expect(c.applicantVisits).toBeLessThanOrEqual(item.applicantVisits);
        }
        expect(item.findings.filter((f) => f.kind === 'parallelizable' && f.savingDays < 0)).toEqual([]);
      }),
    );
  });

  it('the front holds no dominated candidate and never the original figures', () => {
    fc.assert(
      fc.property(procedureArb, (p) => {
        const item = analyzeProcedure(p);
        const key = (x: { stepCount: number; durationDays: number; applicantVisits: number }) => [x.stepCount, x.durationDays, x.applicantVisits];
        const noWorse = (a: number[], b: number[]) => a.every((v, i) => v <= b[i]!);
        const original = [item.stepCount, item.criticalPath.durationDays, item.applicantVisits];
        for (const c of item.candidates) {
          expect(noWorse(original, key(c))).toBe(false);
          for (const o of item.candidates) if (o !== c) expect(noWorse(key(o), key(c))).toBe(false);
        }
      }),
    );
  });

  it('results do not depend on row order', () => {
    fc.assert(
      fc.property(
        procedureArb.chain((p) => fc.tuple(fc.constant(p), fc.shuffledSubarray(p.steps, { minLength: p.steps.length }))),
        ([p, shuffled]) => {
          const a = analyzeProcedure(p);
          const b = analyzeProcedure({ ...p, steps: shuffled });
          const summary = (x: ItemAnalysis) => ({
            figures: [x.stepCount, x.applicantVisits, x.departmentHandoffs, x.criticalPath.durationDays, x.clockDays, x.department],
            fewest: [x.fewestStepsPath.stepCount, x.fewestStepsPath.durationDays, [...x.fewestStepsPath.stepIds].sort()],
            incomplete: [...x.incompleteDurations].sort(),
            schedule: [...x.schedule].sort((m, n) => (m.stepId < n.stepId ? -1 : 1)),
            findings: x.findings
              .map((f) => JSON.stringify([f.kind, [...f.stepIds].sort(), f.savingDays, f.savingSteps, f.savingVisits]))
              .sort(),
            candidates: x.candidates.map((c) => [c.id, c.stepCount, c.durationDays, c.clockDays, c.applicantVisits, c.applied]),
            problems: x.orderProblems.length,
          });
          const sa = summary(a);
          const sb = summary(b);
          // Department ties are broken by file order, so only compare the department when it is unique.
          const counts = new Map<string, number>();
          for (const s of p.steps) counts.set(s.department, (counts.get(s.department) ?? 0) + 1);
          const top = Math.max(...counts.values());
          if ([...counts.values()].filter((c) => c === top).length > 1) {
            sa.figures.pop();
            sb.figures.pop();
          }
          expect(sb).toEqual(sa);
        },
      ),
    );
  });
});
