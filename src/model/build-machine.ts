// JSON machine config → runnable XState machine. The JSON names its guards as data
// ({ type: 'procopt.stepsIn', params }); here they become xstate's built-in `stateIn`/`and`/`or`
// guards, which read the snapshot's state value directly (O(1) per step, unlike `#id` lookups).

import { and, createMachine, or, stateIn, type AnyStateMachine } from 'xstate';
import type { Procedure } from '../domain/index.js';
import { buildMachineConfig, STEPS_IN_GUARD, type StepsInGuard } from './machine-config.js';

type InlineGuard = ReturnType<typeof stateIn>;

function isStepsInGuard(value: unknown): value is StepsInGuard {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as { type?: unknown; params?: { active?: unknown; finished?: unknown } };
  return (
    g.type === STEPS_IN_GUARD &&
    typeof g.params === 'object' &&
    g.params !== null &&
    Array.isArray(g.params.active) &&
    Array.isArray(g.params.finished)
  );
}

function inRunning(key: string, state: string): InlineGuard {
  return stateIn({ running: { [key]: state } });
}

function toInlineGuard(guard: StepsInGuard): InlineGuard {
  const parts: InlineGuard[] = [
    ...guard.params.active.map((k) => inRunning(k, 'active')),
    ...guard.params.finished.map((k) => or([inRunning(k, 'done'), inRunning(k, 'skipped')])),
  ];
  return parts.length === 1 ? parts[0]! : and(parts);
}

/** A copy of the JSON with every `procopt.stepsIn` guard replaced by its xstate guard function. */
function resolveGuards(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolveGuards);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = key === 'guard' && isStepsInGuard(child) ? toInlineGuard(child) : resolveGuards(child);
  }
  return out;
}

/**
 * Creates the machine from a config written by `buildMachineConfig` (also after a JSON round trip).
 * Plain `createMachine(json)` would throw "Guard 'procopt.stepsIn' is not implemented" on the first
 * guarded event, because xstate looks data guards up by name; this resolves them first.
 */
export function machineFromJson(json: unknown): AnyStateMachine {
  const config = resolveGuards(json) as Parameters<typeof createMachine>[0];
  return createMachine(config);
}

/** Builds the item's runnable machine (see `buildMachineConfig` for its states and events). */
export function buildMachine(procedure: Procedure): AnyStateMachine {
  return machineFromJson(buildMachineConfig(procedure));
}
