export type { StepGraph } from './step-graph.js';
export { buildStepGraph } from './step-graph.js';
