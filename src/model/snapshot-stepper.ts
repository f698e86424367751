// Pure stepping of an XState machine: snapshot + event → next snapshot, with one reused actor scope.
// xstate's exported `transition()` creates a throwaway actor (and its initial snapshot) on every
// call; the machine check takes millions of transitions, so it reuses one scope instead.

import { createEmptyActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';

/** Steps one machine without an actor: no actions with side effects run (ours only assign). */
export interface SnapshotStepper {
  readonly machine: AnyStateMachine;
  /** The machine's initial snapshot. */
  readonly initial: AnyMachineSnapshot;
  /** The snapshot after `event`; an event the snapshot cannot take gives an equal snapshot. */
  next(snapshot: AnyMachineSnapshot, event: EventObject): AnyMachineSnapshot;
}

let sharedScope: AnyActorScope | null = null;

/** One inert actor scope for every stepper: our machines' actions only assign, so no scope state is read. */
function inertScope(): AnyActorScope {
  if (sharedScope === null) {
    const self = createEmptyActor();
    sharedScope = {
      self,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      emit: () => {},
      system: self.system,
      stopChild: () => {},
      actionExecutor: () => {},
    };
  }
  return sharedScope;
}

/** Creates a stepper; every stepper shares one inert actor scope (creating one costs more than a small machine's check). */
export function createSnapshotStepper(machine: AnyStateMachine): SnapshotStepper {
  const scope = inertScope();
  const initial: AnyMachineSnapshot = machine.getInitialSnapshot(scope);
  return {
    machine,
    initial,
    next: (snapshot, event) => machine.transition(snapshot, event, scope),
  };
}
