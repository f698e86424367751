// Gathers the events of a case log's cases as the CSV or XES reader finds them: one LogCase per case
// id across all the log's files, events numbered in reading order (the tie-break of equal times),
// and at the end each case's events sorted by time, ties by that order.

import type { CaseEvent, LogCase } from '../domain/index.js';
import { keepString, type StringPool } from './keep-string.js';

export interface CaseCollector {
  /**
   * Adds one event to its case (made on first sight). Returns null, or the item code the case already
   * has when this event names another one (the event is then not added).
   */
  add(caseId: string, itemCode: string, event: Omit<CaseEvent, 'order'>, where: { file: string; line: number }): string | null;
  /** Every case in order of first sight, events sorted by (time, reading order). */
  finish(): LogCase[];
}

export function createCaseCollector(pool: StringPool = new Map()): CaseCollector {
  const cases = new Map<string, LogCase>();
  let order = 0;
  let last: LogCase | null = null;
  return {
    add(caseId, itemCode, event, where) {
      let c = last !== null && last.caseId === caseId ? last : cases.get(caseId);
      if (c === undefined) {
        c = { caseId: keepString(pool, caseId), itemCode: keepString(pool, itemCode), events: [], source: { file: where.file, line: where.line } };
        cases.set(c.caseId, c);
      } else if (c.itemCode !== itemCode) return c.itemCode;
      last = c;
      c.events.push({
        activity: keepString(pool, event.activity),
        time: event.time,
        lifecycle: event.lifecycle,
        resource: keepString(pool, event.resource),
        department: keepString(pool, event.department),
        order: order++,
      });
      return null;
    },
    finish() {
      const all = [...cases.values()];
      for (const c of all) {
        const events = c.events;
        let sorted = true;
        for (let i = 1; i < events.length && sorted; i++) sorted = events[i - 1]!.time <= events[i]!.time;
        if (!sorted) events.sort((a, b) => a.time - b.time || a.order - b.order);
      }
      return all;
    },
  };
}
