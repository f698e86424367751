export type { StepGraph } from './step-graph.js';
export { buildStepGraph } from './step-graph.js';
export type {
  MachineJson,
  StepRegionJson,
  StepMeta,
  JsonTransition,
  StepsInGuard,
  StepEventNames,
  MachineEvents,
} from './machine-config.js';
export { buildMachineConfig, stepEvents, stateKey, machineId, STEPS_IN_GUARD } from './machine-config.js';
export { buildMachine, machineFromJson } from './build-machine.js';
export type { MachineStepper } from './machine-stepper.js';
export { createMachineStepper } from './machine-stepper.js';
export type { MachineCheck, CheckOptions, ShapeCheck, ShapeProblem } from './check-machine.js';
export { checkMachine, checkMachineShape, renderMachineCheck } from './check-machine.js';
export type { MachineShapeGroups } from './machine-shape.js';
export { machineShapeKey, groupByMachineShape } from './machine-shape.js';
export { checkMachines, type CatalogueCheckOptions } from './check-machines.js';
