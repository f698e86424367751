// A centre's own type words (--roles FILE): a CSV of `word, role` rows (a header row is optional),
// read before the contract's table. The role is a role name (review) or a word of the table (审查).
// Every problem is a located BAD_ROLES_FILE error; the CLI stops before reading any item, since a
// mistyped role would silently misread every step that uses the word.

import { ROLES, type Diagnostic, type Lang, type Role } from '../domain/index.js';
import { DEFAULT_LANG, IMPORT_TEXT } from '../i18n/index.js';
import { decodeText, type EncodingName } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import type { SourceFile } from './import-file.js';
import { defaultRoleTable, roleRef, type RoleWord } from './read-type-word.js';
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

/** Reads a roles file. Pure: never throws; a bad row is reported (in `lang`) and its word not used. */
export function readRolesFile(source: SourceFile, encoding: EncodingName = 'auto', lang: Lang = DEFAULT_LANG): RolesFile {
  const text = IMPORT_TEXT[lang];
  const roles = ROLES.map(roleRef);
  const file = source.file;
  const diagnostics: Diagnostic[] = [];
  const fail = (line: number, column: string | undefined, message: string): void => {
    diagnostics.push({ severity: 'error', code: 'BAD_ROLES_FILE', file, line, ...(column !== undefined ? { column } : {}), message });
  };
  const decoded = decodeText(source.bytes, encoding);
  if (decoded.text.includes('\uFFFD')) {
    fail(0, undefined, text.rolesUndecodable({ encoding: decoded.encoding.toUpperCase() }));
    return { words: [], diagnostics };
  }
  const words: RoleWord[] = [];
  const lineOf = new Map<string, { role: Role; line: number }>();
  const next = openRecords(decoded.text, detectDelimiter(decoded.text));
  let first = true;
  for (let r = next(); r !== null; r = next()) {
    const cells = r.cells;
    if (cells.every((c) => c === '')) continue;
    const isFirst = first;
    first = false;
    if (r.problem !== null) {
      fail(r.problem.line, undefined, text.rolesQuote());
      continue;
    }
    const [word = '', roleCell = '', ...rest] = cells;
    if (isFirst && (HEADER_WORDS.has(word.toLowerCase()) || HEADER_ROLES.has(roleCell.toLowerCase())) && roleOfCell(roleCell) === undefined) continue;
    if (word === '') {
      fail(r.line, 'word', text.rolesEmptyWord());
      continue;
    }
    if (rest.some((c) => c !== '')) {
      fail(r.line, 'role', text.rolesTooManyCells({ word }));
      continue;
    }
    const role = roleOfCell(roleCell);
    if (role === undefined) {
      fail(r.line, 'role', roleCell === '' ? text.rolesNoRole({ word, roles }) : text.rolesBadRole({ word, cell: roleCell, roles }));
      continue;
    }
    const earlier = lineOf.get(word.toLowerCase());
    if (earlier !== undefined) {
      if (earlier.role !== role) fail(r.line, 'word', text.rolesConflict({ word, role: roleRef(role), other: roleRef(earlier.role), line: earlier.line }));
      continue;
    }
    lineOf.set(word.toLowerCase(), { role, line: r.line });
    words.push({ word, role });
  }
  if (words.length === 0 && diagnostics.length === 0) fail(0, undefined, text.rolesEmpty());
  return { words, diagnostics };
}
