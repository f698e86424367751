// limit-slack: the promised limit (承诺时限) exceeds the clock time of the fastest candidate (the
// item's own clock time where there is no candidate) by 1 day or more: the promise can be cut.

import { toDays, toHundredths } from '../days.js';
import type { CandidateDetector } from './finding-detector.js';
import { findLongestPathLength } from '../../graph/index.js';

export const limitSlack: CandidateDetector = {
  reads: 'candidates',
  description: 'the promised limit exceeds the fastest redesign’s clock time by 1 day or more',
  detect(ctx, candidates) {
    const promised = ctx.procedure.promisedLimitDays;
    if (promised === null) return [];
    const fastest = candidates[0];
    const clock =
      fastest === undefined ? findLongestPathLength(ctx.graph.declared, ctx.order, ctx.clock) : toHundredths(fastest.clockDays);
    const margin = toHundredths(promised) - clock;
    if (margin < 100) return [];
    return [
      {
        kind: 'limit-slack',
        steps: [],
        message: ctx.text.limitSlack({ promised, clock: toDays(clock), margin: toDays(margin), candidateId: fastest?.id ?? null }),
        transformation: null,
      },
    ];
  },
};
