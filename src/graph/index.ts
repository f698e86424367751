export type { Digraph } from './digraph.js';
export { buildDigraph, successors, predecessors, topologicalOrder, findCycle } from './digraph.js';
export { wordsFor, hasBit, setBit, forEachBit, rowMembers, rowSize, orderRows, closeRows, reduceRows } from './bit-rows.js';
