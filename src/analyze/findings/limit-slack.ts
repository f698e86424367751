// limit-slack: the promised limit (承诺时限) exceeds by 1 day or more the clock time of the best
// candidate (the lawful clock where there is none; no finding where neither exists, nor for an item
// with incomplete durations): the promise can be cut.

import { toDays, toHundredths } from '../days.js';
import type { CandidateDetector } from './finding-detector.js';

export const limitSlack: CandidateDetector = {
  reads: 'candidates',
  description: 'the promised limit exceeds the best redesign’s clock time by 1 day or more',
  detect(ctx, { best }) {
    const promised = ctx.procedure.promisedLimitDays;
    if (promised === null || ctx.incomplete) return [];
    const clock = best === null ? ctx.lawful?.clock : toHundredths(best.clockDays);
    if (clock === undefined) return [];
    const margin = toHundredths(promised) - clock;
    if (margin < 100) return [];
    return [
      {
        kind: 'limit-slack',
        steps: [],
        message: ctx.text.limitSlack({ promised, clock: toDays(clock), margin: toDays(margin), candidateId: best?.id ?? null }),
        transformation: null,
      },
    ];
  },
};
