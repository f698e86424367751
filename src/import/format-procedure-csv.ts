// Procedures → contract CSV (RFC 4180: CRLF line ends, a cell is quoted when it holds the delimiter,
// a quote or a line break, inner quotes doubled). importFiles of the output gives the same procedures.

import type { Procedure, Step } from '../domain/index.js';
import { COLUMNS, ROLE_ALIASES, findColumn, normalizeHeader, type ColumnName } from './columns.js';

/** Options of formatProcedureCsv: header language (default English) and delimiter (default comma). */
export interface ProcedureCsvOptions {
  headers?: 'english' | 'chinese';
  delimiter?: ',' | '\t' | ';';
}

/** Days with at most 2 decimals and no float noise (0.30000000000000004 → "0.3"). */
function formatDays(days: number): string {
  return days.toFixed(2).replace(/\.?0+$/, '');
}

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Writes procedures as one CSV: a header line, then one row per step. Every contract column is
 * written; item-level columns stand on every row; durations are in working days (unit `workday`);
 * lists are joined with `;`; booleans are yes/no (是/否 with Chinese headers, which also get Chinese
 * role names). Step attributes become extra columns (union of keys in first-seen order), except keys
 * the importer would read as a contract column.
 */
export function formatProcedureCsv(procedures: readonly Procedure[], options: ProcedureCsvOptions = {}): string {
  const chinese = options.headers === 'chinese';
  const delimiter = options.delimiter ?? ',';
  const yesNo = (b: boolean): string => (chinese ? (b ? '是' : '否') : b ? 'yes' : 'no');
  const attributeKeys: string[] = [];
  const seen = new Set<string>();
  for (const p of procedures) {
    for (const s of p.steps) {
      for (const key of Object.keys(s.attributes)) {
        // The importer matches headers case-insensitively: `Note` and `note` would be one column twice.
        if (seen.has(normalizeHeader(key)) || key.trim() === '' || findColumn(key)) continue;
        seen.add(normalizeHeader(key));
        attributeKeys.push(key);
      }
    }
  }
  const header = [...COLUMNS.map((c) => (chinese ? (c.aliases[0] ?? c.name) : c.name)), ...attributeKeys];
  const lines = [header];
  for (const p of procedures) {
    for (const s of p.steps) {
      const value: Record<ColumnName, string> = {
        item_code: p.itemCode,
        item_name: p.itemName,
        step_id: s.id,
        step_name: s.name,
        department: s.department,
        role: chinese ? (ROLE_ALIASES[s.role][0] ?? s.role) : s.role,
        duration_days: s.durationMissing ? '' : formatDays(s.durationDays),
        duration_unit: chinese ? '工作日' : 'workday',
        wait_days: formatDays(s.waitDays),
        counts_toward_limit: yesNo(s.countsTowardLimit),
        predecessors: s.predecessors.join(';'),
        hard_predecessors: s.hardPredecessors.join(';'),
        inputs: s.inputs.join(';'),
        outputs: s.outputs.join(';'),
        applicant_visit: yesNo(s.applicantVisit),
        condition: s.condition,
        return_to: s.returnTo ?? '',
        legal_limit_days: p.legalLimitDays === null ? '' : formatDays(p.legalLimitDays),
        promised_limit_days: p.promisedLimitDays === null ? '' : formatDays(p.promisedLimitDays),
      };
      lines.push([...COLUMNS.map((c) => value[c.name]), ...attributeKeys.map((k) => attributeOf(s, k))]);
    }
  }
  return lines.map((cells) => cells.map((c) => quote(c, delimiter)).join(delimiter) + '\r\n').join('');
}

function attributeOf(step: Step, key: string): string {
  return Object.prototype.hasOwnProperty.call(step.attributes, key) ? (step.attributes[key] ?? '') : '';
}
