// limit-exceeded: the clock time (计时, Art. 45 exemptions weighed 0) is above the promised limit
// (承诺时限) or the legal limit (法定时限), or the promise is above the legal limit. One finding per breach.

import { findLongestPathLength } from '../../graph/index.js';
import { toDays, toHundredths } from '../days.js';
import type { Detection } from './detection.js';
import type { ProcedureDetector } from './finding-detector.js';

export const limitExceeded: ProcedureDetector = {
  reads: 'procedure',
  description: 'clock time above the promised or legal limit, or a promise above the legal limit',
  detect(ctx) {
    const clock = findLongestPathLength(ctx.graph.declared, ctx.order, ctx.clock);
    const { legalLimitDays: legal, promisedLimitDays: promised } = ctx.procedure;
    const found: Detection[] = [];
    const add = (message: string): void => {
      found.push({ kind: 'limit-exceeded', steps: [], message, transformation: null });
    };
    if (promised !== null && clock > toHundredths(promised)) {
      add(ctx.text.clockOverPromised({ clock: toDays(clock), promised }));
    }
    if (legal !== null && clock > toHundredths(legal)) {
      add(ctx.text.clockOverLegal({ clock: toDays(clock), legal }));
    }
    if (promised !== null && legal !== null && toHundredths(promised) > toHundredths(legal)) {
      add(ctx.text.promiseOverLegal({ promised, legal }));
    }
    return found;
  },
};
