// Procedures → contract CSV (RFC 4180: CRLF line ends, a cell is quoted when it holds the delimiter,
// a quote or a line break, inner quotes doubled). importFiles of the output gives the same procedures.

import type { Procedure, Role, Step } from '../domain/index.js';
import { COLUMNS, findColumn, normalizeHeader, type ColumnName } from './columns.js';
import { readRolesByOrder } from './read-item-roles.js';
import { defaultRoleTable, readStepRoles } from './read-type-word.js';
import { ROLE_WORDS } from './role-words.js';

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

const THREE_POINT_COLUMNS: ReadonlySet<ColumnName> = new Set<ColumnName>(['duration_min', 'duration_max']);

function hasThreePoint(step: Step): boolean {
  return step.durationMin !== undefined && step.durationMax !== undefined;
}

/**
 * Writes procedures as one CSV: a header line, then one row per step. Every contract column is
 * written (duration_min and duration_max only when some step has a three-point estimate);
 * item-level columns stand on every row; durations are in working days (unit `workday`); lists
 * are joined with `;`; booleans are yes/no (是/否 with Chinese headers). The type cell is the
 * step's own type word where that reads back as the step's roles (see typeCells). Step attributes
 * become extra columns (union of keys in first-seen order), except keys the importer would read as
 * a contract column.
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
  // The three-point columns only where some step has an estimate: most catalogues have none.
  const threePoint = procedures.some((p) => p.steps.some(hasThreePoint));
  const columns = COLUMNS.filter((c) => threePoint || !THREE_POINT_COLUMNS.has(c.name));
  const header = [...columns.map((c) => (chinese ? (c.aliases[0] ?? c.name) : c.name)), ...attributeKeys];
  const lines = [header];
  for (const p of procedures) {
    const types = typeCells(p, chinese);
    p.steps.forEach((s, k) => {
      const value: Record<ColumnName, string> = {
        item_code: p.itemCode,
        item_name: p.itemName,
        step_id: s.id,
        step_name: s.name,
        department: s.department,
        role: types[k]!,
        duration_days: s.durationMissing ? '' : formatDays(s.durationDays),
        duration_min: hasThreePoint(s) ? formatDays(s.durationMin!) : '',
        duration_max: hasThreePoint(s) ? formatDays(s.durationMax!) : '',
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
      lines.push([...columns.map((c) => value[c.name]), ...attributeKeys.map((key) => attributeOf(s, key))]);
    });
  }
  return lines.map((cells) => cells.map((c) => quote(c, delimiter)).join(delimiter) + '\r\n').join('');
}

/**
 * The type cells of a procedure's steps, each reading back as the step's roles: the step's own type
 * word (a merged step: its members' words joined by 、) where the importer would read it so — its
 * row with the contract's words, then the readings the declared order decides (a 审查 before 受理 is
 * intake, a 归档 after 送达 is supervise) — else each role's word joined by 、 (English headers: the
 * role names joined by /). The importer is simulated until no step changes (each round gives at
 * least one more step its roles' own words, so at most one round per step).
 */
export function typeCells(procedure: Procedure, chinese: boolean): string[] {
  const steps = procedure.steps;
  const table = defaultRoleTable();
  const canonical = (s: Step): string => (chinese ? s.roles.map((r) => ROLE_WORDS[r][0] ?? r).join('、') : s.roles.join('/'));
  const cells = steps.map((s) => (s.typeWord !== '' ? s.typeWord : canonical(s)));
  for (let round = 0; round <= steps.length; round++) {
    const rowRoles = steps.map((s, i) => readStepRoles(cells[i]!, s.name, s.department, table).roles);
    const read = readRolesByOrder(steps.map((s, i) => ({ id: s.id, predecessors: s.predecessors, roles: rowRoles[i]! })));
    let changed = false;
    steps.forEach((s, i) => {
      if (sameRoles(read[i]!, s.roles) || cells[i] === canonical(s)) return;
      cells[i] = canonical(s);
      changed = true;
    });
    if (!changed) break;
  }
  return cells;
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

function attributeOf(step: Step, key: string): string {
  return Object.prototype.hasOwnProperty.call(step.attributes, key) ? (step.attributes[key] ?? '') : '';
}
