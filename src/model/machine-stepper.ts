// Pure, cheap stepping of a machine: snapshot + event → next snapshot, with one reused actor scope.
// xstate's exported `transition()` builds a throwaway actor (and so the whole initial state) on every
// call, which is O(regions²) for a wide parallel state; @xstate/graph avoids it the same way.

import { createEmptyActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';

/** Steps one machine without an actor: no actions run (our machines have none). */
export interface MachineStepper {
  readonly machine: AnyStateMachine;
  /** The machine's initial snapshot. */
  readonly initial: AnyMachineSnapshot;
  /** The snapshot after `event`; an event the snapshot cannot take gives an equal snapshot. */
  next(snapshot: AnyMachineSnapshot, event: EventObject): AnyMachineSnapshot;
}

/** Creates a stepper whose actor scope is shared by every transition it computes. */
export function createMachineStepper(machine: AnyStateMachine): MachineStepper {
  const self = createEmptyActor();
  const scope: AnyActorScope = {
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
  const initial: AnyMachineSnapshot = machine.getInitialSnapshot(scope);
  return {
    machine,
    initial,
    next: (snapshot, event) => machine.transition(snapshot, event, scope),
  };
}
