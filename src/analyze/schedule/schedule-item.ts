// The item's schedule: the critical path method (graph/cpm.ts) on the declared order with step time =
// wait + duration in integer hundredths of a day, and the clock time (行政许可法 Art. 45 exemptions weighed 0).

import type { PathSummary, ScheduleEntry } from '../../domain/index.js';
import { computeCpm, findCriticalPath, findLongestPathLength } from '../../graph/index.js';
import type { ItemContext } from '../item-context.js';
import { toDays } from '../days.js';

/** The item's schedule figures as the contract names them. */
export interface ScheduleFigures {
  criticalPath: PathSummary;
  clockDays: number;
  schedule: ScheduleEntry[];
}

/**
 * CPM on the declared order with step time = wait + duration; clockDays is its own longest path
 * with the steps that do not count toward the limit weighed 0 (行政许可法 Art. 45).
 */
export function scheduleItem(ctx: ItemContext): ScheduleFigures {
  const g = ctx.graph.declared;
  const cpm = computeCpm(g, ctx.order, ctx.time);
  const ids = ctx.graph.ids;
  // Stryker disable next-line ArrayDeclaration: every entry is written in the loop below, so an array grown from empty holds the same (equivalent)
  const schedule: ScheduleEntry[] = new Array<ScheduleEntry>(ctx.n);
  for (let v = 0; v < ctx.n; v++) {
    const slack = cpm.latestStart[v]! - cpm.earliestStart[v]!;
    schedule[v] = {
      stepId: ids[v]!,
      earliestStart: toDays(cpm.earliestStart[v]!),
      earliestFinish: toDays(cpm.earliestFinish[v]!),
      latestStart: toDays(cpm.latestStart[v]!),
      latestFinish: toDays(cpm.latestFinish[v]!),
      slack: toDays(slack),
      critical: slack === 0,
    };
  }
  return {
    criticalPath: {
      durationDays: toDays(cpm.duration),
      stepIds: findCriticalPath(g, cpm).map((v) => ids[v]!),
    },
    clockDays: toDays(findLongestPathLength(g, ctx.order, ctx.clock)),
    schedule,
  };
}
