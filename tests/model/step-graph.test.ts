// The step graph (src/model/step-graph.ts): steps by file index, the declared order and the hard
// predecessors as digraphs, references to unknown steps and to the step itself left out.
import { describe, expect, it } from 'vitest';
import { buildStepGraph } from '../../src/model/index.js';
import { makeProcedure } from '../support/procedures.js';

const edgesOf = (g: { n: number; succStart: readonly number[]; succ: readonly number[] }): [number, number][] => {
  const out: [number, number][] = [];
  for (let v = 0; v < g.n; v++) for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) out.push([v, g.succ[i]!]);
  return out;
};

describe('buildStepGraph', () => {
  it('indexes the steps in file order; the first of two equal ids keeps the name', () => {
    const g = buildStepGraph(makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'] }, { id: 'A' }]));
    expect(g.n).toBe(3);
    expect(g.ids).toEqual(['A', 'B', 'A']);
    expect([...g.indexOf]).toEqual([
      ['A', 0],
      ['B', 1],
    ]);
  });

  it('declared and hard predecessors as edges p → s; unknown ids and a step naming itself left out', () => {
    const g = buildStepGraph(
      makeProcedure([
        { id: 'A' },
        { id: 'B', predecessors: ['A', 'B', 'X'], hardPredecessors: ['A', 'B', 'Y'] },
        { id: 'C', predecessors: ['B', 'A'] },
      ]),
    );
    expect(edgesOf(g.declared)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect(edgesOf(g.hard)).toEqual([[0, 1]]);
    expect(g.order).toEqual([0, 1, 2]);
  });

  it('a cycle in the declared order leaves no topological order', () => {
    const g = buildStepGraph(makeProcedure([{ id: 'A', predecessors: ['B'] }, { id: 'B', predecessors: ['A'] }]));
    expect(g.order).toBeNull();
  });
});
