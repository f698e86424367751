// Gathers the events of a case log's cases as the CSV or XES reader finds them: one LogCase per case
// id across all the log's files, events numbered in reading order (the tie-break of equal times),
// and at the end each case's events sorted by time, ties by that order.

import type { CaseEvent, Lifecycle, LogCase } from '../domain/index.js';
import { keepString, type StringPool } from './keep-string.js';

export interface CaseCollector {
  /**
   * Adds one event to its case (made on first sight). Returns null, or the item code the case already
   * has when this event names another one (the event is then not added).
   */
  add(caseId: string, itemCode: string, activity: string, time: number, lifecycle: Lifecycle, resource: string, department: string, file: string, line: number): string | null;
  /** Every case in order of first sight, events sorted by (time, reading order). */
  finish(): LogCase[];
}

export function createCaseCollector(pool: StringPool = new Map()): CaseCollector {
  const cases = new Map<string, LogCase>();
  let order = 0;
  let last: LogCase | null = null;
  return {
    add(caseId, itemCode, activity, time, lifecycle, resource, department, file, line) {
      let c = last !== null && last.caseId === caseId ? last : cases.get(caseId);
      if (c === undefined) {
        c = { caseId: keepString(pool, caseId), itemCode: keepString(pool, itemCode), events: [], source: { file, line } };
        cases.set(c.caseId, c);
      } else if (c.itemCode !== itemCode) return c.itemCode;
      last = c;
      const event: CaseEvent = {
        activity: keepString(pool, activity),
        time,
        lifecycle,
        resource: keepString(pool, resource),
        department: keepString(pool, department),
        order: order++,
      };
      c.events.push(event);
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
