// limit-exceeded: the lawful clock (the item's clock where the declared order and the required links
// conflict) is above the promised limit (承诺时限) or the legal limit (法定时限), or the promise is
// above the legal limit. One finding per breach.

import { toDays, toHundredths } from '../days.js';
import type { Detection } from './detection.js';
import type { ProcedureDetector } from './finding-detector.js';
import { findLongestPathLength } from '../../graph/index.js';

export const limitExceeded: ProcedureDetector = {
  reads: 'procedure',
  description: 'lawful clock time above the promised or legal limit, or a promise above the legal limit',
  detect(ctx) {
    const clock = ctx.lawful?.clock ?? findLongestPathLength(ctx.graph.declared, ctx.order, ctx.clock);
    const what = ctx.lawful === null ? 'The clock time' : 'The lawful clock time';
    const { legalLimitDays: legal, promisedLimitDays: promised } = ctx.procedure;
    const found: Detection[] = [];
    const add = (message: string): void => {
      found.push({ kind: 'limit-exceeded', steps: [], message, transformation: null });
    };
    if (promised !== null && clock > toHundredths(promised)) {
      add(`${what} of ${toDays(clock)} working days exceeds the 承诺时限 of ${promised} days.`);
    }
    if (legal !== null && clock > toHundredths(legal)) {
      add(`${what} of ${toDays(clock)} working days exceeds the 法定时限 of ${legal} days.`);
    }
    if (promised !== null && legal !== null && toHundredths(promised) > toHundredths(legal)) {
      add(`The 承诺时限 of ${promised} days is longer than the 法定时限 of ${legal} days.`);
    }
    return found;
  },
};
