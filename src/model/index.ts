export type { StepGraph } from './step-graph.js';
export { buildStepGraph } from './step-graph.js';
export type { MachineShape, MachineShapeGroups } from './machine-shape.js';
export { buildMachineShape, machineShapeKey, groupByMachineShape } from './machine-shape.js';
export type { StepState, StepContext } from './machine-rules.js';
export type { MachineJson, StepMeta, JsonTransition, JsonGuard, JsonAction, StepEventNames, MachineEvents } from './machine-config.js';
export {
  buildMachineConfig,
  machineShapeFromJson,
  stepEvents,
  stateKey,
  eventType,
  parseEventType,
  machineId,
  GUARDS,
  ACTIONS,
} from './machine-config.js';
export { buildMachine, machineFromJson, machineSetup } from './build-machine.js';
export type { Stepper, MachineRun, MachineEvent, MachineStatus } from './stepper.js';
export { createStepper } from './stepper.js';
export type { SnapshotStepper } from './snapshot-stepper.js';
export { createSnapshotStepper } from './snapshot-stepper.js';
export type { MachineCheck, CheckOptions, ShapeCheck, OverLimit } from './check-machine.js';
export type { ShapeProblem } from './shape-problem.js';
export { checkMachine, checkMachineShape, renderMachineCheck, CHECK_LIMITS, DEFAULT_MAX_STATES } from './check-machine.js';
export { checkMachines, type CatalogueCheckOptions } from './check-machines.js';
