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
    const lawful = ctx.lawful !== null;
    const { legalLimitDays: legal, promisedLimitDays: promised } = ctx.procedure;
    const found: Detection[] = [];
    const add = (message: string): void => {
      found.push({ kind: 'limit-exceeded', steps: [], message, transformation: null });
    };
    if (promised !== null && clock > toHundredths(promised)) {
      add(ctx.text.clockOverPromised({ clock: toDays(clock), promised, lawful }));
    }
    if (legal !== null && clock > toHundredths(legal)) {
      add(ctx.text.clockOverLegal({ clock: toDays(clock), legal, lawful }));
    }
    if (promised !== null && legal !== null && toHundredths(promised) > toHundredths(legal)) {
      add(ctx.text.promiseOverLegal({ promised, legal }));
    }
    return found;
  },
};
