export type { Digraph } from './digraph.js';
export { buildDigraph, successors, predecessors, topologicalOrder, topologicalOrderWithRest, findCycle } from './digraph.js';
export { computeCpm, findLongestPathLength, findCriticalPath, type Cpm } from './cpm.js';
export { wordsFor, hasBit, setBit, forEachBit, rowMembers, rowSize, orderRows, closeRows, reduceRows, reduceEdges, transposeRows } from './bit-rows.js';
export { findReachable, findDescendants } from './reachability.js';
export { findStrongComponents, closeDigraph, findShortestCycle, type StrongComponents } from './strong-components.js';
export { createIncrementalClosure, reaches, addEdge, type IncrementalClosure } from './incremental-closure.js';
export { createScratch, createUintScratch, type Scratch } from './scratch.js';
export { longestPathsOfEdges } from './edge-paths.js';
