// The process graph of a procedure: exact shapes on small hand-checked cases, and on random
// procedures every step once as a task in its department's lane, the flows' order the declared one.

import { test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildBpmnGraph, encodeStepId, taskId, type BpmnGraph } from '../../../src/report/index.js';
import { makeStep, type StepInit } from '../../support/procedures.js';
import { procedureArb } from './random-procedures.js';

/** Flows as `from -> to` by node id, with [condition] and (default) marks. */
function flowsOf(graph: BpmnGraph): string[] {
  return graph.flows.map((f) => {
    const from = graph.nodes[f.from]!;
    const mark = f.condition !== undefined ? ` [${f.condition}]` : from.defaultFlow === f.id ? ' (default)' : '';
    return `${from.id} -> ${graph.nodes[f.to]!.id}${mark}`;
  });
}

function graphOf(steps: StepInit[]): BpmnGraph {
  return buildBpmnGraph(steps.map(makeStep));
}

describe('buildBpmnGraph', () => {
  it('chain: start, one task per step, end', () => {
    const graph = graphOf([{ id: '1', name: '受理' }, { id: '2', name: '审批', predecessors: ['1'] }]);
    expect(flowsOf(graph)).toEqual(['StartEvent_1 -> Task_1', 'Task_1 -> Task_2', 'Task_2 -> EndEvent_1']);
    expect(graph.nodes.map((n) => [n.id, n.kind, n.name])).toEqual([
      ['Task_1', 'task', '受理'],
      ['Task_2', 'task', '审批'],
      ['StartEvent_1', 'start', '收到申请'],
      ['EndEvent_1', 'end', '办结'],
    ]);
  });

  it('diamond: a parallel split after the fork and a parallel join before the join, each in its step\'s lane', () => {
    const graph = graphOf([
      { id: 'A', department: '窗口' },
      { id: 'B', department: '规划科', predecessors: ['A'] },
      { id: 'C', department: '消防科', predecessors: ['A'] },
      { id: 'D', department: '窗口', predecessors: ['B', 'C'] },
    ]);
    expect(flowsOf(graph)).toEqual([
      'Task_A -> Gateway_A_split',
      'Gateway_D_join -> Task_D',
      'StartEvent_1 -> Task_A',
      'Gateway_A_split -> Task_B',
      'Gateway_A_split -> Task_C',
      'Task_B -> Gateway_D_join',
      'Task_C -> Gateway_D_join',
      'Task_D -> EndEvent_1',
    ]);
    expect(graph.lanes).toEqual(['窗口', '规划科', '消防科']);
    const lane = (id: string): string => graph.lanes[graph.nodes.find((n) => n.id === id)!.lane]!;
    expect([lane('Gateway_A_split'), lane('Gateway_D_join'), lane('Task_C')]).toEqual(['窗口', '窗口', '消防科']);
    expect(graph.nodes.filter((n) => n.kind === 'parallel').map((n) => n.id)).toEqual(['Gateway_A_split', 'Gateway_D_join']);
  });

  it('conditional step: an exclusive split naming the condition, the skip path as its default, an exclusive merge', () => {
    const graph = graphOf([{ id: '1' }, { id: '2', predecessors: ['1'], condition: '新建场所' }, { id: '3', predecessors: ['2'] }]);
    expect(flowsOf(graph)).toEqual([
      'Gateway_2_if -> Task_2 [新建场所]',
      'Task_2 -> Gateway_2_endif',
      'Gateway_2_if -> Gateway_2_endif (default)',
      'StartEvent_1 -> Task_1',
      'Task_1 -> Gateway_2_if',
      'Gateway_2_endif -> Task_3',
      'Task_3 -> EndEvent_1',
    ]);
    expect(graph.nodes.find((n) => n.id === 'Gateway_2_if')?.name).toBe('新建场所？');
  });

  it('return_to: an exclusive check after the step, a conditional flow back to an exclusive merge before the step returned to', () => {
    const graph = graphOf([{ id: '1' }, { id: '2', predecessors: ['1'], returnTo: '1' }, { id: '3', predecessors: ['2'] }]);
    expect(flowsOf(graph)).toEqual([
      'Gateway_1_back -> Task_1',
      'Task_2 -> Gateway_2_check',
      'Gateway_2_check -> Gateway_1_back [申请材料不齐全或不符合法定形式，需补正]',
      'StartEvent_1 -> Gateway_1_back',
      'Task_1 -> Task_2',
      'Gateway_2_check -> Task_3 (default)',
      'Task_3 -> EndEvent_1',
    ]);
  });

  it('several first and last steps: a parallel split after the start and a parallel join before the end', () => {
    const graph = graphOf([{ id: 'a' }, { id: 'b' }]);
    expect(flowsOf(graph)).toEqual([
      'StartEvent_1 -> Gateway_start_split',
      'Gateway_start_split -> Task_a',
      'Gateway_start_split -> Task_b',
      'Task_a -> Gateway_end_join',
      'Task_b -> Gateway_end_join',
      'Gateway_end_join -> EndEvent_1',
    ]);
  });

  it('ids are NCNames derived from step ids, distinct for distinct ids', () => {
    expect(['S2+S5', '受理', 'a_b', 'a-b', '1.2', 'x'].map(encodeStepId)).toEqual(['S2_002BS5', '_53D7_7406', 'a_005Fb', 'a_002Db', '1_002E2', 'x']);
    expect(taskId('S2+S5')).toBe('Task_S2_002BS5');
  });
});

/** Transitive closure of a relation over n elements given as [from, to] pairs. */
function closure(n: number, pairs: readonly [number, number][]): Set<string> {
  const next = Array.from({ length: n }, () => [] as number[]);
  for (const [a, b] of pairs) next[a]!.push(b);
  const out = new Set<string>();
  for (let s = 0; s < n; s++) {
    const stack = [...next[s]!];
    const seen = new Set<number>();
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      out.add(`${s}>${v}`);
      stack.push(...next[v]!);
    }
  }
  return out;
}

describe('buildBpmnGraph on random procedures', () => {
  fcTest.prop([procedureArb])('every step is one task in its department\'s lane', (steps) => {
    const graph = buildBpmnGraph(steps);
    const tasks = graph.nodes.filter((n) => n.kind === 'task');
    expect(tasks.map((t) => t.step?.id)).toEqual(steps.map((s) => s.id));
    for (const task of tasks) expect(graph.lanes[task.lane]).toBe(task.step?.department);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    expect(new Set(graph.flows.map((f) => f.id)).size).toBe(graph.flows.length);
    for (const node of graph.nodes) expect(node.id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
  });

  fcTest.prop([procedureArb])('the sequence flows order the tasks as the declared order does', (steps) => {
    const graph = buildBpmnGraph(steps);
    const taskIndex = new Map(steps.map((s, i) => [taskId(s.id), i]));
    const declared: [number, number][] = [];
    steps.forEach((s, to) => s.predecessors.forEach((p) => declared.push([steps.findIndex((x) => x.id === p), to])));

    // Direct order: from each task, the tasks reached through gateways only (no skip, no 补正 flow).
    const forward = graph.flows.filter((f) => f.role !== 'return' && f.role !== 'skip');
    const direct: string[] = [];
    graph.nodes.forEach((node, start) => {
      if (node.kind !== 'task') return;
      const stack = forward.filter((f) => f.from === start).map((f) => f.to);
      const seen = new Set<number>();
      while (stack.length > 0) {
        const v = stack.pop()!;
        if (seen.has(v)) continue;
        seen.add(v);
        const reached = graph.nodes[v]!;
        if (reached.kind === 'task') direct.push(`${taskIndex.get(node.id)}>${taskIndex.get(reached.id)}`);
        else stack.push(...forward.filter((f) => f.from === v).map((f) => f.to));
      }
    });
    expect(direct.sort()).toEqual(declared.map(([a, b]) => `${a}>${b}`).sort());

    // Reachability over every flow but the 补正 ones equals the declared order's closure.
    const nodeCount = graph.nodes.length;
    const reach = closure(nodeCount, graph.flows.filter((f) => f.role !== 'return').map((f) => [f.from, f.to]));
    const taskReach = new Set<string>();
    for (const key of reach) {
      const [a, b] = key.split('>').map(Number) as [number, number];
      const ta = graph.nodes[a]!;
      const tb = graph.nodes[b]!;
      if (ta.kind === 'task' && tb.kind === 'task') taskReach.add(`${taskIndex.get(ta.id)}>${taskIndex.get(tb.id)}`);
    }
    expect([...taskReach].sort()).toEqual([...closure(steps.length, declared)].sort());
  });
});
