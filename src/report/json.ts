// The analysis as JSON per the contract (shared/spec/analysis-json.md): keys in the contract's
// order (fields the contract does not list follow, sorted), 2-space indent, trailing newline.

import type { AnalysisResult } from '../domain/index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Key order per object shape; the shape is recognised by the key it is reached through.
const ORDER: Readonly<Record<string, readonly string[]>> = {
  root: ['schemaVersion', 'items', 'summary', 'errors', 'warnings'],
  items: [
    'itemCode', 'itemName', 'department', 'stepCount', 'applicantVisits', 'departmentHandoffs', 'incompleteDurations',
    'legalLimitDays', 'promisedLimitDays', 'criticalPath', 'clockDays', 'fewestStepsPath', 'schedule', 'findings',
    'candidates', 'steps', 'orderProblems',
  ],
  criticalPath: ['durationDays', 'stepIds'],
  fewestStepsPath: ['stepCount', 'durationDays', 'stepIds'],
  schedule: ['stepId', 'earliestStart', 'earliestFinish', 'latestStart', 'latestFinish', 'slack', 'critical'],
  findings: ['kind', 'stepIds', 'message', 'savingDays', 'savingSteps', 'savingVisits'],
  candidates: ['id', 'stepCount', 'durationDays', 'clockDays', 'applicantVisits', 'applied', 'criticalPath', 'steps'],
  steps: [
    'id', 'name', 'department', 'role', 'durationDays', 'waitDays', 'durationMissing', 'countsTowardLimit', 'predecessors',
    'hardPredecessors', 'inputs', 'outputs', 'applicantVisit', 'condition', 'returnTo', 'attributes', 'line',
  ],
  summary: ['items', 'steps', 'itemsWithFindings', 'durationDaysBefore', 'durationDaysAfter'],
  errors: ['file', 'line', 'itemCode', 'column', 'code', 'message'],
  warnings: ['file', 'line', 'itemCode', 'column', 'code', 'message'],
};

// Maps whose keys are data (column names), kept in their own order.
const DATA_MAPS = new Set(['attributes']);

function order(value: unknown, via: string): Json {
  if (value === null || typeof value !== 'object') {
    return value === undefined ? null : (value as Json);
  }
  if (Array.isArray(value)) return value.map((v) => order(v, via));
  const record = value as Record<string, unknown>;
  if (DATA_MAPS.has(via)) {
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, order(v, k)]));
  }
  const known = ORDER[via] ?? [];
  const keys = [...known.filter((k) => k in record), ...Object.keys(record).filter((k) => !known.includes(k)).sort()];
  const out: { [key: string]: Json } = {};
  for (const key of keys) {
    if (record[key] !== undefined) out[key] = order(record[key], key);
  }
  return out;
}

/** The analysis result as a JSON document with a stable key order. */
export function renderJson(result: AnalysisResult): string {
  return `${JSON.stringify(order(result, 'root'), null, 2)}\n`;
}
