// A centre's own type words (--roles FILE): a CSV of `word, role` rows (a header row is optional),
// read before the contract's table. The role is a role name (review) or a word of the table (审查).
// Every problem is a located BAD_ROLES_FILE error; the CLI stops before reading any item, since a
// mistyped role would silently misread every step that uses the word.

import { ROLES, type Diagnostic, type Role } from '../domain/index.js';
import { decodeText, type EncodingName } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import type { SourceFile } from './import-file.js';
import { defaultRoleTable, type RoleWord } from './read-type-word.js';
import { openRecords } from './scan-records.js';

/** What a roles file gave: its words, and its problems (every one an error). */
export interface RolesFile {
  words: RoleWord[];
  diagnostics: Diagnostic[];
}

/** First cells that make the first row a header (compared lower-cased). */
const HEADER_WORDS: ReadonlySet<string> = new Set(['word', 'words', 'type word', '词', '词语', '类型词', '环节类型']);
const HEADER_ROLES: ReadonlySet<string> = new Set(['role', 'roles', '角色', '类型', '环节类型', '环节角色']);

const ROLE_NAMES: ReadonlySet<string> = new Set(ROLES);

/** The role a role cell names: a role name (any case), or a word of the contract's table; undefined for neither. */
function roleOfCell(cell: string): Role | undefined {
  const lower = cell.toLowerCase();
  if (ROLE_NAMES.has(lower)) return lower as Role;
  return defaultRoleTable().roleOf.get(lower);
}

/** Reads a roles file. Pure: never throws; a bad row is reported and its word not used. */
export function readRolesFile(source: SourceFile, encoding: EncodingName = 'auto'): RolesFile {
  const file = source.file;
  const diagnostics: Diagnostic[] = [];
  const fail = (line: number, column: string | undefined, message: string): void => {
    diagnostics.push({ severity: 'error', code: 'BAD_ROLES_FILE', file, line, ...(column !== undefined ? { column } : {}), message });
  };
  const { text, encoding: used } = decodeText(source.bytes, encoding);
  if (text.includes('\uFFFD')) {
    fail(0, undefined, `the roles file has bytes that are not valid ${used.toUpperCase()}; save it as UTF-8 or GBK, or name its encoding with --encoding`);
    return { words: [], diagnostics };
  }
  const words: RoleWord[] = [];
  const lineOf = new Map<string, { role: Role; line: number }>();
  const next = openRecords(text, detectDelimiter(text));
  let first = true;
  for (let r = next(); r !== null; r = next()) {
    const cells = r.cells;
    if (cells.every((c) => c === '')) continue;
    const isFirst = first;
    first = false;
    if (r.problem !== null) {
      fail(r.problem.line, undefined, 'a quote (") is not closed or stands inside an unquoted cell; quote the whole cell and double inner quotes ("")');
      continue;
    }
    const [word = '', roleCell = '', ...rest] = cells;
    if (isFirst && (HEADER_WORDS.has(word.toLowerCase()) || HEADER_ROLES.has(roleCell.toLowerCase())) && roleOfCell(roleCell) === undefined) continue;
    if (word === '') {
      fail(r.line, 'word', 'the word is empty; each row is: word, role (e.g. 会办,review)');
      continue;
    }
    if (rest.some((c) => c !== '')) {
      fail(r.line, 'role', `the row has more than two cells; each row is: word, role (e.g. ${word},review)`);
      continue;
    }
    const role = roleOfCell(roleCell);
    if (role === undefined) {
      const message =
        roleCell === ''
          ? `no role is given for the word "${word}"`
          : `"${roleCell}" (for the word "${word}") is not a role of the table`;
      fail(r.line, 'role', `${message}; a role is one of ${ROLES.join(', ')}, or a word of the table (审查, 受理 …)`);
      continue;
    }
    const earlier = lineOf.get(word.toLowerCase());
    if (earlier !== undefined) {
      if (earlier.role !== role) fail(r.line, 'word', `the word "${word}" is given the role ${role} here and ${earlier.role} at line ${earlier.line}`);
      continue;
    }
    lineOf.set(word.toLowerCase(), { role, line: r.line });
    words.push({ word, role });
  }
  if (words.length === 0 && diagnostics.length === 0) fail(0, undefined, 'the roles file holds no words; each row is: word, role (e.g. 会办,review)');
  return { words, diagnostics };
}
