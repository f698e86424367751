// What procopt says about case logs (办件日志: CSV and XES) and about their cases when they are
// checked against the catalogue (conformance): every diagnostic's message, written once per language
// with named parameters, the English object fixing keys and parameters (checked by the compiler).
// What logs share with procedure files and calendar files (title rows, quote problems, columns) is in
// import-text.ts. Chinese follows docs/glossary.md.

import type { ColumnRef } from './import-text.js';
import type { Catalogue, Lang } from './lang.js';
import { enCount, enList, enQuote, zhList, zhQuote } from './words.js';

/** Where in an XES log: a trace, maybe one of its events, and its case once known. */
export interface XesPlace {
  trace: number;
  event: number | null;
  caseId: string | null;
}

/** Whether a case's item is unknown to the catalogue or was left out of it. */
export type MissingItem = 'left-out' | 'unknown';

const EN_FORMS = 'ISO 8601 (2026-03-02T09:30:00+08:00), 2026-03-02 09:30[:00] or 2026/3/2 9:30';

const en = {
  // CSV logs.
  emptyLog: () => 'the case log is empty: no header and no events',
  headerOnly: () => 'the case log has a header but no events',
  missingCell: (p: { column: ColumnRef }) => `${p.column.name} is empty; the row is left out`,
  badTimestamp: (p: { column: ColumnRef; cell: string }) => `${p.column.name} must be a time such as ${EN_FORMS}, got ${enQuote(p.cell)}; the row is left out`,
  badLifecycle: (p: { cell: string }) => `lifecycle must be start (开始) or complete (完成), got ${enQuote(p.cell)}; the row is left out`,
  badInterval: (p: { start: string; end: string }) => `end_time ${p.end} is before start_time ${p.start}; the row is left out`,
  caseItemConflict: (p: { caseId: string; itemCode: string; other: string }) =>
    `case ${p.caseId} belongs to item ${p.other} (its first row says so), this row says ${p.itemCode}; the row is left out`,
  needTimestamp: (p: { timestamp: readonly string[]; start: readonly string[]; end: readonly string[] }) =>
    `a case log needs a timestamp column (${enList(p.timestamp)}) or both start_time (${enList(p.start)}) and end_time (${enList(p.end)}); the case log is left out`,

  // XES logs.
  xesPlace: (p: { place: XesPlace }) =>
    `trace ${p.place.trace}${p.place.event !== null ? `, event ${p.place.event}` : ''}${p.place.caseId !== null ? ` (case ${p.place.caseId})` : ''}: `,
  xesNoCaseId: () => 'the trace has no concept:name (the case id); the trace is left out',
  xesNoItem: () => "the trace has no item_code attribute and no --item names the log's item; the trace is left out",
  xesBadLifecycle: (p: { cell: string }) =>
    `lifecycle:transition must be start or complete (or another XES standard transition, passed over), got ${enQuote(p.cell)}; the event is left out`,
  xesNoActivity: () => 'the event has no concept:name (its activity); the event is left out',
  xesNoTimestamp: () => 'the event has no time:timestamp; the event is left out',
  xesBadTimestamp: (p: { cell: string }) => `time:timestamp must be an xs:dateTime such as 2026-03-02T09:30:00+08:00, got ${enQuote(p.cell)}; the event is left out`,
  xesCaseItemConflict: (p: { caseId: string; itemCode: string; other: string }) =>
    `case ${p.caseId} belongs to item ${p.other} (its first trace says so), this trace says ${p.itemCode}; the trace is left out`,
  xesBadXml: (p: { trace: number | null; event: number | null; detail: string }) =>
    `the XES file is not well-formed XML${p.trace === null ? '' : ` in trace ${p.trace}${p.event === null ? '' : `, event ${p.event}`}`} (${p.detail}); reading stops here, the traces before it stand`,
  xesEmpty: () => 'the case log is empty: no log and no events',
  xesNoLog: () => 'the file is XML but has no <log> element: not an XES log',
  xesNoTraces: () => 'the XES log has no traces',

  // Cases checked against the catalogue.
  caseItemMissing: (p: { itemCode: string; why: MissingItem; cases: number; firstCase: string }) =>
    `item ${p.itemCode} ${p.why === 'left-out' ? 'was left out because of input errors in the procedure files' : 'is not in the catalogue'}: its ${enCount(p.cases, 'case')} (first ${p.firstCase}) are left out`,
  outsideCalendar: (p: { cases: number; firstCase: string; year: number }) =>
    `${enCount(p.cases, 'case')} (first ${p.firstCase}) have times around ${p.year}, outside the working-day calendar: their durations are left out (give the year with --calendar FILE)`,
};

/** The case-log catalogue's shape: every language has exactly these messages and parameters. */
export type CaseLogText = Catalogue<typeof en>;

const ZH_FORMS = '2026-03-02 09:30、2026/3/2 9:30 或 2026-03-02T09:30:00+08:00';

const zhCN: CaseLogText = {
  emptyLog: () => '办件日志为空：既无表头，也无事件',
  headerOnly: () => '办件日志只有表头，没有事件',
  missingCell: (p) => `${p.column.chinese}为空；该行未读取`,
  badTimestamp: (p) => `${p.column.chinese}应为时间（如 ${ZH_FORMS}），实为${zhQuote(p.cell)}；该行未读取`,
  badLifecycle: (p) => `状态应为“开始”或“完成”，实为${zhQuote(p.cell)}；该行未读取`,
  badInterval: (p) => `完成时间 ${p.end} 早于开始时间 ${p.start}；该行未读取`,
  caseItemConflict: (p) => `办件 ${p.caseId} 属于事项 ${p.other}（以其首行为准），本行为事项 ${p.itemCode}；该行未读取`,
  needTimestamp: (p) => `办件日志须有时间列（${zhList(p.timestamp)}），或同时有开始时间列（${zhList(p.start)}）和完成时间列（${zhList(p.end)}）；整个办件日志未读取`,

  xesPlace: (p) => `第 ${p.place.trace} 条轨迹${p.place.event !== null ? `第 ${p.place.event} 个事件` : ''}${p.place.caseId !== null ? `（办件 ${p.place.caseId}）` : ''}：`,
  xesNoCaseId: () => '该轨迹没有 concept:name（办件编号）；该轨迹未读取',
  xesNoItem: () => '该轨迹没有 item_code 属性，也未以 --item 指明日志所属事项；该轨迹未读取',
  xesBadLifecycle: (p) => `lifecycle:transition 应为 start 或 complete（XES 的其他标准状态略过），实为${zhQuote(p.cell)}；该事件未读取`,
  xesNoActivity: () => '该事件没有 concept:name（环节名称）；该事件未读取',
  xesNoTimestamp: () => '该事件没有 time:timestamp；该事件未读取',
  xesBadTimestamp: (p) => `time:timestamp 应为 xs:dateTime 格式的时间（如 2026-03-02T09:30:00+08:00），实为${zhQuote(p.cell)}；该事件未读取`,
  xesCaseItemConflict: (p) => `办件 ${p.caseId} 属于事项 ${p.other}（以其首条轨迹为准），本轨迹为事项 ${p.itemCode}；该轨迹未读取`,
  xesBadXml: (p) =>
    `XES 文件不是格式正确的 XML${p.trace === null ? '' : `（第 ${p.trace} 条轨迹${p.event === null ? '' : `第 ${p.event} 个事件`}）`}：${p.detail}；读取至此停止，此前的轨迹有效`,
  xesEmpty: () => '办件日志为空：既无日志，也无事件',
  xesNoLog: () => '该文件是 XML，但没有 <log> 元素，不是 XES 日志',
  xesNoTraces: () => 'XES 日志中没有轨迹',

  caseItemMissing: (p) =>
    `事项 ${p.itemCode}${p.why === 'left-out' ? '因办理规程文件有误未纳入分析' : '不在本目录中'}：其 ${p.cases} 个办件（首个为 ${p.firstCase}）未纳入检查`,
  outsideCalendar: (p) => `${p.cases} 个办件（首个为 ${p.firstCase}）的时间在 ${p.year} 年前后，超出工作日历范围：其用时不予计算（请以 --calendar 文件提供该年份）`,
};

/** The case-log messages in every language. */
export const CASE_LOG_TEXT: Readonly<Record<Lang, CaseLogText>> = { en, 'zh-CN': zhCN };
