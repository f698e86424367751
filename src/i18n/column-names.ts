// The Chinese header of each column a diagnostic may name (procedure files, case logs, calendar and
// roles files): the first Chinese alias the contract gives it. Diagnostics on the terminal and the
// report's problem tables name a column this way in zh-CN and by its contract name in English.
// tests/import/column-names.test.ts checks each entry against the columns' aliases (import/).

import type { Lang } from './lang.js';

const CHINESE_COLUMN_NAMES: Readonly<Record<string, string>> = {
  item_code: '事项编码',
  item_name: '事项名称',
  step_id: '环节编号',
  step_name: '环节名称',
  department: '承办部门',
  role: '环节类型',
  duration_days: '办理时限',
  duration_min: '最短时限',
  duration_max: '最长时限',
  duration_unit: '时限单位',
  wait_days: '等待时间',
  counts_toward_limit: '计入时限',
  predecessors: '前置环节',
  hard_predecessors: '法定前置',
  inputs: '所需材料',
  outputs: '产出',
  applicant_visit: '需到场',
  condition: '适用条件',
  return_to: '退回环节',
  legal_limit_days: '法定时限',
  promised_limit_days: '承诺时限',
  case_id: '办件编号',
  activity: '环节',
  timestamp: '时间',
  lifecycle: '状态',
  start_time: '开始时间',
  end_time: '完成时间',
  resource: '经办人',
  date: '日期',
  kind: '类型',
  word: '用语',
};

/** A column's name for people: its Chinese header in zh-CN (the name itself where it has none, e.g. an XES attribute), its contract name in English. */
export function columnName(name: string, lang: Lang): string {
  return lang === 'zh-CN' && Object.hasOwn(CHINESE_COLUMN_NAMES, name) ? CHINESE_COLUMN_NAMES[name]! : name;
}
