export type { Digraph } from './digraph.js';
export { buildDigraph, successors, predecessors, topologicalOrder, findCycle } from './digraph.js';
