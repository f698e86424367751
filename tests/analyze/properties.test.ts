// Properties of the analysis on random procedures: CPM, the declared order's reduction, and what every
// redesign must keep — the required links, the protected steps (What a redesign never does), a
// non-empty plan, a best plan never slower than the baseline, a front with no dominated plan, CSVs
// that re-import with the same roles and figures — items without lineage get no lineage findings,
// and the answer does not depend on the order of a step's predecessors in its cell.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeProcedure } from '../../src/analyze/index.js';
import { buildItemContext } from '../../src/analyze/item-context.js';
import { analyzeDeclaredOrder } from '../../src/analyze/order/declared-order.js';
import { ROLES, type Candidate, type ItemAnalysis, type Procedure, type Role, type Step } from '../../src/domain/index.js';
import { formatProcedureCsv, importFiles } from '../../src/import/index.js';
import { buildStepGraph } from '../../src/model/index.js';
import { makeProcedure, type StepInit } from '../support/procedures.js';

// Random procedures: predecessors as relative offsets (step i lists i-1-k), which keeps the declared
// order acyclic by construction and shrinks well; hard predecessors may point either way.
const DOCS = ['申请书', '图纸', '意见', '证照', '报告'];
const rowArb = fc.record({
  preds: fc.uniqueArray(fc.nat({ max: 5 }), { maxLength: 3 }),
  hard: fc.uniqueArray(fc.integer({ min: -4, max: 4 }), { maxLength: 1 }),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 2 }),
  department: fc.constantFrom('甲', '乙', '丙'),
  duration: fc.integer({ min: 0, max: 500 }),
  wait: fc.integer({ min: 0, max: 100 }),
  inputs: fc.uniqueArray(fc.constantFrom(...DOCS), { maxLength: 2 }),
  outputs: fc.uniqueArray(fc.constantFrom(...DOCS), { maxLength: 1 }),
  visit: fc.boolean(),
  conditional: fc.boolean(),
  counts: fc.boolean(),
  missing: fc.boolean(),
});
const limitArb = fc.option(fc.integer({ min: 0, max: 3000 }).map((h) => h / 100), { nil: null });
const procedureArb = fc
  .tuple(fc.array(rowArb, { minLength: 1, maxLength: 9 }), limitArb, limitArb, fc.boolean())
  .map(([rows, legal, promised, lineage]) =>
    makeProcedure(
      rows.map((r, i): StepInit => {
        const roles = ROLES.filter((role) => r.roles.includes(role));
        return {
          id: `T${i}`,
          name: `步骤${i}`,
          role: roles[roles.length - 1]!,
          roles,
          department: r.department,
          durationDays: r.duration / 100,
          waitDays: r.wait / 100,
          durationMissing: r.missing && r.duration === 0,
          countsTowardLimit: r.counts,
          predecessors: [...new Set(r.preds.map((k) => i - 1 - k).filter((j) => j >= 0))].map((j) => `T${j}`),
          hardPredecessors: r.hard.map((k) => i + (k >= 0 ? k + 1 : k)).filter((j) => j >= 0 && j < rows.length).map((j) => `T${j}`),
          inputs: lineage ? r.inputs : [],
          outputs: lineage ? r.outputs : [],
          applicantVisit: r.visit,
          condition: r.conditional ? '特定情形' : '',
        };
      }),
      { legal, promised },
    ),
  );

/** A procedure as the importer would give it back from its own CSV (roles read by position, times as written). */
function reimport(p: Procedure): Procedure | undefined {
  const bytes = new TextEncoder().encode(formatProcedureCsv([p], { headers: 'chinese' }));
  return importFiles([{ file: 'p.csv', bytes }]).procedures[0];
}

/**
 * Random procedures as the importer gives them (their roles obey the readings by position), where a
 * delivery ends the procedure: deliver steps have no other role, deliver and supervise steps have no
 * outputs and nothing declared after them, no step has a 法定前置, and the application and 受理 use
 * no material a step produces. Otherwise a redesign
 * following the required order can put a step after a delivery that its declared order did not (it
 * then reads back as supervise: after a deliver step and before no approve or deliver step), or a
 * delivery after a supervise step (it then reads back as inspect), or a review before 受理 that its
 * declared order did not put there (it then reads back as intake) — a procedure no CSV can spell.
 */
const importedArb = procedureArb
  .map((p) => {
    const delivers = new Set(p.steps.filter((s) => s.roles.includes('deliver')).map((s) => s.id));
    const ends = new Set(p.steps.filter((s) => s.roles.includes('deliver') || s.roles.includes('supervise')).map((s) => s.id));
    const made = new Set(p.steps.flatMap((s) => (ends.has(s.id) ? [] : s.outputs)));
    const first = (s: Step): boolean => s.roles.includes('accept') || s.roles.includes('submit');
    return reimport({
      ...p,
      steps: p.steps.map((s) => ({
        ...s,
        roles: delivers.has(s.id) ? (['deliver'] as Role[]) : s.roles,
        role: delivers.has(s.id) ? ('deliver' as Role) : s.role,
        hardPredecessors: [],
        outputs: ends.has(s.id) ? [] : s.outputs,
        inputs: first(s) ? s.inputs.filter((d) => !made.has(d)) : s.inputs,
        predecessors: s.predecessors.filter((id) => !ends.has(id)),
      })),
    });
  })
  .filter((p): p is Procedure => p !== undefined);

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

const figures = (c: Candidate) => [c.stepCount, c.durationDays, c.clockDays, c.applicantVisits];
const itemFigures = (x: ItemAnalysis) => [x.stepCount, x.criticalPath.durationDays, x.clockDays, x.applicantVisits];
const baseline = (item: ItemAnalysis): number => item.lawfulDurationDays ?? item.criticalPath.durationDays;
const has = (s: Pick<Step, 'roles'>, ...roles: Role[]): boolean => s.roles.some((r) => roles.includes(r));

describe('analysis properties (random procedures)', () => {
  it('CPM: passes agree, slack ≥ 0, the critical path is a declared path summing to the duration (supervise steps weigh 0)', () => {
    fc.assert(
      fc.property(procedureArb, (p) => {
        const item = analyzeProcedure(p);
        const byId = new Map(p.steps.map((s) => [s.id, s]));
        const time = (id: string) => {
          const s = byId.get(id)!;
          return s.roles.includes('supervise') ? 0 : Math.round(s.waitDays * 100) + Math.round(s.durationDays * 100);
        };
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
        expect(h(item.clockDays)).toBeLessThanOrEqual(total);
        expect(h(item.fewestStepsPath.durationDays)).toBeLessThanOrEqual(total);
        if (item.lawfulDurationDays !== null) {
          expect(item.lawfulDurationDays).toBeGreaterThanOrEqual(item.criticalPath.durationDays);
          expect(item.lawfulClockDays!).toBeGreaterThanOrEqual(item.clockDays);
        }
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

  it('every candidate keeps every required link between the steps it keeps, and re-analyses to the same figures and critical path', () => {
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
          expect(itemFigures(again)).toEqual(figures(c));
          expect(again.criticalPath).toEqual(c.criticalPath);
        }
      }),
    );
  });

  it('no candidate is empty or lacks a step the contract protects (submit, accept, approve, legal acts, other, supervise, outcomes, 法定前置)', () => {
    fc.assert(
      fc.property(procedureArb, (p) => {
        const item = analyzeProcedure(p);
        const named = new Set(p.steps.flatMap((s) => s.hardPredecessors));
        const followed = new Set(p.steps.flatMap((s) => s.predecessors));
        for (const c of item.candidates) {
          expect(c.steps.length, c.id).toBeGreaterThan(0);
          const alone = new Set(c.steps.map((s) => s.id));
          const member = new Map(c.steps.flatMap((s) => s.id.split('+').map((id) => [id, s] as const)));
          for (const s of p.steps) {
            if (has(s, 'submit', 'deliver', 'publicize', 'hearing', 'expert', 'inspect', 'notify', 'supervise', 'other') || named.has(s.id)) {
              expect(alone.has(s.id), `${c.id} lost or merged ${s.id} (${s.roles})`).toBe(true);
            }
            if (has(s, 'accept', 'approve') || !followed.has(s.id)) expect(member.has(s.id), `${c.id} lost ${s.id}`).toBe(true);
            for (const role of ['accept', 'approve'] as const) if (s.roles.includes(role)) expect(member.get(s.id)!.roles).toContain(role);
          }
          // Two decisions are never one step; a decision absorbs at most one other step.
          for (const s of c.steps) {
            const ids = s.id.split('+');
            const decisions = ids.filter((id) => p.steps.find((x) => x.id === id)!.roles.includes('approve')).length;
            expect(decisions).toBeLessThanOrEqual(1);
            if (decisions === 1) expect(ids.length).toBeLessThanOrEqual(2);
          }
        }
      }),
    );
  });

  it('the best plan is on the front and never slower than the baseline; the front holds no plan another one or the original dominates', () => {
    fc.assert(
      fc.property(procedureArb, (p) => {
        const item = analyzeProcedure(p);
        const key = (x: { stepCount: number; durationDays: number; applicantVisits: number }) => [x.stepCount, x.durationDays, x.applicantVisits];
        const dominates = (a: number[], b: number[]) => a.every((v, i) => v <= b[i]!) && a.some((v, i) => v < b[i]!);
        const original = [item.stepCount, baseline(item), item.applicantVisits];
        for (const c of item.candidates) {
          expect(dominates(original, key(c))).toBe(false);
          for (const o of item.candidates) expect(dominates(key(o), key(c))).toBe(false);
        }
        const best = item.candidates.find((c) => c.id === item.bestCandidateId);
        if (item.bestCandidateId !== null) {
          expect(best).toBeDefined();
          expect(best!.durationDays).toBeLessThanOrEqual(baseline(item));
          for (const c of item.candidates) if (c.durationDays <= baseline(item)) expect(c.durationDays).toBeGreaterThanOrEqual(best!.durationDays);
        } else {
          expect(item.noFasterPlanReason).toBeTruthy();
          for (const c of item.candidates) expect(c.durationDays).toBeGreaterThan(baseline(item));
        }
        if (item.incompleteDurations.length > 0) expect(item.findings.filter((f) => f.savingDays !== 0 || f.kind === 'limit-slack')).toEqual([]);
        for (const f of item.findings) expect(f.savingDays).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('every candidate CSV re-imports with the same roles and the figures the JSON gives', () => {
    fc.assert(
      fc.property(importedArb, (p) => {
        // Where the lawful order moves a step into another reading by position (a review that the
        // required links put before an intake or 受理 step reads as intake), no CSV spells the redesign.
        const lawful = new Map(p.steps.map((s) => [s.id, new Set(s.predecessors)]));
        for (const pair of requiredPairs(p)) {
          const [from, to] = pair.split('>') as [string, string];
          lawful.get(to)!.add(from);
        }
        const asLawful = reimport({ ...p, steps: p.steps.map((s) => ({ ...s, predecessors: [...lawful.get(s.id)!] })) });
        fc.pre(asLawful !== undefined && asLawful.steps.every((s, i) => s.roles.join() === p.steps[i]!.roles.join()));
        const item = analyzeProcedure(p);
        for (const c of item.candidates) {
          const q = reimport({ ...p, steps: c.steps });
          expect(q, c.id).toBeDefined();
          expect(q!.steps.map((s) => [s.id, s.roles])).toEqual(c.steps.map((s) => [s.id, s.roles]));
          const again = analyzeProcedure(q!);
          expect(itemFigures(again), c.id).toEqual(figures(c));
          expect(again.criticalPath).toEqual(c.criticalPath);
        }
      }),
      // At most 100 cases (CI's 200 would double the slowest test); fewer where FC_RUNS asks for fewer.
      { numRuns: Math.min(100, fc.readConfigureGlobal().numRuns ?? 100) },
    );
  });

  it('an item without lineage gets no duplicate-check, repeated-material or parallelizable finding, and keeps its declared order as required', () => {
    fc.assert(
      fc.property(procedureArb, (p) => {
        const bare = { ...p, steps: p.steps.map((s) => ({ ...s, inputs: [], outputs: [] })) };
        const item = analyzeProcedure(bare);
        expect(item.findings.filter((f) => ['duplicate-check', 'repeated-material', 'parallelizable'].includes(f.kind))).toEqual([]);
        expect(item.notes[0]).toContain('No step lists its materials');
        const required = new Set(requiredPairs(bare));
        for (const pair of reachability(bare.steps)) expect(required.has(pair)).toBe(true);
      }),
    );
  });

  it('the answer does not depend on the order of the predecessors in a cell', () => {
    fc.assert(
      fc.property(
        procedureArb.chain((p) => fc.tuple(fc.constant(p), fc.array(fc.nat(), { minLength: p.steps.length, maxLength: p.steps.length }))),
        ([p, seeds]) => {
          const shuffled = {
            ...p,
            steps: p.steps.map((s, i) => {
              const k = s.predecessors.length === 0 ? 0 : seeds[i]! % s.predecessors.length;
              return { ...s, predecessors: [...s.predecessors.slice(k), ...s.predecessors.slice(0, k)].reverse() };
            }),
          };
          const strip = (x: ItemAnalysis) => JSON.stringify({ ...x, steps: [], candidates: x.candidates.map((c) => ({ ...c, steps: c.steps.map((s) => ({ ...s, predecessors: [...s.predecessors].sort() })) })) });
          expect(strip(analyzeProcedure(shuffled))).toBe(strip(analyzeProcedure(p)));
        },
      ),
    );
  });
});
