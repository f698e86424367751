// The case-log CSV contract's columns and lifecycle words (docs/case-log.md), with their
// Chinese aliases; headers are matched like procedure headers (trimmed, case-insensitive, `-`/space as `_`).

import type { Lifecycle } from '../domain/index.js';
import { normalizeHeader } from './columns.js';

export type LogColumn =
  | 'case_id'
  | 'item_code'
  | 'activity'
  | 'timestamp'
  | 'lifecycle'
  | 'start_time'
  | 'end_time'
  | 'resource'
  | 'department';

/** Every column in the contract's order, with its Chinese names. */
export const LOG_COLUMNS: readonly { name: LogColumn; aliases: readonly string[] }[] = [
  { name: 'case_id', aliases: ['办件编号', '案卷号', '申请编号'] },
  { name: 'item_code', aliases: ['事项编码', '事项代码'] },
  { name: 'activity', aliases: ['环节', '环节名称', '环节编号'] },
  { name: 'timestamp', aliases: ['时间', '办理时间'] },
  { name: 'lifecycle', aliases: ['状态', '事件类型'] },
  { name: 'start_time', aliases: ['开始时间'] },
  { name: 'end_time', aliases: ['完成时间', '结束时间'] },
  { name: 'resource', aliases: ['经办人', '办理人'] },
  { name: 'department', aliases: ['承办部门', '办理部门'] },
];

const COLUMN_BY_HEADER: ReadonlyMap<string, LogColumn> = new Map(
  LOG_COLUMNS.flatMap((c) => [c.name, ...c.aliases].map((h) => [normalizeHeader(h), c.name] as const)),
);

/** The log column a header cell names, or undefined. */
export function findLogColumn(header: string): LogColumn | undefined {
  return COLUMN_BY_HEADER.get(normalizeHeader(header));
}

const LIFECYCLE_BY_WORD: ReadonlyMap<string, Lifecycle> = new Map<string, Lifecycle>([
  ['start', 'start'],
  ['started', 'start'],
  ['begin', 'start'],
  ['开始', 'start'],
  ['complete', 'complete'],
  ['completed', 'complete'],
  ['end', 'complete'],
  ['完成', 'complete'],
  ['结束', 'complete'],
  ['办结', 'complete'],
]);

/** The lifecycle a cell names (start 开始 / complete 完成), or undefined; an empty cell means complete. */
export function findLifecycle(cell: string): Lifecycle | undefined {
  if (cell === '') return 'complete';
  return LIFECYCLE_BY_WORD.get(cell.trim().toLowerCase());
}

/**
 * XES standard lifecycle transitions (IEEE 1849 lifecycle extension) other than start and complete:
 * they say nothing the item's machine reads, so such events are passed over.
 */
export const XES_OTHER_TRANSITIONS: ReadonlySet<string> = new Set([
  'schedule',
  'assign',
  'reassign',
  'resume',
  'suspend',
  'autoskip',
  'manualskip',
  'withdraw',
  'ate_abort',
  'pi_abort',
  'unknown',
]);
