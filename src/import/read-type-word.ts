// Reading a type word (procedure-csv.md "Reading a type word"): a cell that is a table word is that
// word (1); else it is split at 、 / 并 及 和 into acts (2); a part ending in a notice is notify, one
// ending in 意见 takes the role of the word before it (3); else the table word that ends last in it,
// skipping words that name a document or are the object of the word before them (4). Rules 3 and 4
// are guesses (5). A step of the applicant (department 申请人 …) is `submit` unless its word is deliver.

import { ROLES, type Role } from '../domain/index.js';
import type { ImportText, RoleRef } from '../i18n/index.js';
import {
  APPLICANT_DEPARTMENTS,
  APPLICANT_DEPARTMENT_PREFIXES,
  DOCUMENT_NOUNS,
  NOTICE_ENDINGS,
  OBJECT_TAKING_ROLES,
  OBJECT_WORD,
  OPINION_ENDINGS,
  ROLE_SEPARATORS,
  ROLE_WORDS,
} from './role-words.js';

/** One word of a centre's own (--roles FILE): read before the table's words. */
export interface RoleWord {
  word: string;
  role: Role;
}

/** The words a reading uses: the table's, overridden and extended by a centre's own. */
export interface RoleTable {
  /** Lower-cased word → role. */
  readonly roleOf: ReadonlyMap<string, Role>;
  /** Length of the longest word. */
  readonly longest: number;
  /** Every word once, table order then the centre's, for UNKNOWN_ROLE's suggestions. */
  readonly words: readonly string[];
  /** Readings of cells already read (cells repeat across a catalogue). */
  readonly cache: Map<string, TypeWordReading>;
}

/** How a type word reads. */
export type TypeWordReading =
  /** Every act is a word of the table (rule 1, or rule 2 with table words). */
  | { kind: 'table'; roles: Role[] }
  /** Some act was read by rule 3 or 4: `words` are the words (or endings) found, in the cell's order. */
  | { kind: 'guessed'; roles: Role[]; words: string[] }
  /** Nothing in it is known; `suggestions` are up to three table words (with their roles) sharing the most characters with it. */
  | { kind: 'unknown'; suggestions: { word: string; role: Role }[] };

/** Cache no more readings than this per table, so a file of all-different words stays bounded. */
const MAX_CACHED = 20_000;

const ROLE_RANK: Readonly<Record<Role, number>> = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<Role, number>;

/** A role table: the contract's words, then `extra` (a centre's words win over the table's). */
export function createRoleTable(extra: readonly RoleWord[] = []): RoleTable {
  const roleOf = new Map<string, Role>();
  const words: string[] = [];
  const add = (word: string, role: Role): void => {
    const key = word.trim().toLowerCase();
    if (key === '') return;
    if (!roleOf.has(key)) words.push(word.trim());
    roleOf.set(key, role);
  };
  for (const role of ROLES) {
    for (const word of ROLE_WORDS[role]) add(word, role);
    add(role, role);
  }
  for (const { word, role } of extra) add(word, role);
  let longest = 0;
  for (const key of roleOf.keys()) longest = Math.max(longest, key.length);
  return { roleOf, longest, words, cache: new Map() };
}

let defaultTable: RoleTable | null = null;

/** The contract's table alone (no centre words). */
export function defaultRoleTable(): RoleTable {
  defaultTable ??= createRoleTable();
  return defaultTable;
}

/** Roles in table order, each once. */
export function sortRoles(roles: Iterable<Role>): Role[] {
  return [...new Set(roles)].sort((a, b) => ROLE_RANK[a] - ROLE_RANK[b]);
}

/** The role that names a step of several: the first in the table's order from the bottom up. */
export function primaryRole(roles: readonly Role[]): Role {
  let best: Role = roles[0] ?? 'other';
  if (roles.length === 1) return best;
  for (const r of roles) if (ROLE_RANK[r] > ROLE_RANK[best]) best = r;
  return best;
}

/** A role as messages name it: `review` and its first word of the table, 审查. */
export function roleRef(role: Role): RoleRef {
  return { role, word: ROLE_WORDS[role][0] ?? role };
}

/** Reads a type word (trimmed; '' reads as unknown). */
export function readTypeWord(text: string, table: RoleTable): TypeWordReading {
  const cell = text.trim();
  const cached = table.cache.get(cell);
  if (cached !== undefined) return cached;
  const reading = readUncached(cell, table);
  // Steps of one word share its roles array: frozen, so no stage can change another step's roles.
  if (reading.kind !== 'unknown') Object.freeze(reading.roles);
  if (table.cache.size < MAX_CACHED) table.cache.set(cell, reading);
  return reading;
}

function readUncached(cell: string, table: RoleTable): TypeWordReading {
  const lower = cell.toLowerCase();
  if (lower === '') return { kind: 'unknown', suggestions: [] };
  const exact = table.roleOf.get(lower);
  if (exact !== undefined) return { kind: 'table', roles: [exact] };

  const parts = splitActs(lower);
  if (parts !== null) {
    const read = parts.map((p) => readPart(p, table));
    if (read.every((r) => r !== null)) {
      const roles = sortRoles(read.map((r) => r.role));
      const words = read.flatMap((r) => (r.word === null ? [] : [r.word]));
      return words.length === 0 ? { kind: 'table', roles } : { kind: 'guessed', roles, words };
    }
  }
  const whole = readPart(lower, table);
  if (whole !== null) {
    return whole.word === null ? { kind: 'table', roles: [whole.role] } : { kind: 'guessed', roles: [whole.role], words: [whole.word] };
  }
  return { kind: 'unknown', suggestions: suggest(lower, table) };
}

/** Rule 2: the acts of a cell split at ROLE_SEPARATORS, or null when it has none or a split leaves an empty part. */
function splitActs(cell: string): string[] | null {
  let parts = [cell];
  for (const sep of ROLE_SEPARATORS) parts = parts.flatMap((p) => p.split(sep));
  if (parts.length < 2) return null;
  const trimmed = parts.map((p) => p.trim());
  return trimmed.some((p) => p === '') ? null : trimmed;
}

/** A part read by rule 1 (word null), 3 or 4 (word: what was found), or null when nothing reads it. */
function readPart(part: string, table: RoleTable): { role: Role; word: string | null } | null {
  const exact = table.roleOf.get(part);
  if (exact !== undefined) return { role: exact, word: null };
  const notice = NOTICE_ENDINGS.find((e) => part.endsWith(e));
  if (notice !== undefined) return { role: 'notify', word: notice };
  const opinion = OPINION_ENDINGS.find((e) => part.endsWith(e));
  if (opinion !== undefined) {
    const before = wordEndingAt(part, part.length - opinion.length, table);
    return before === null ? { role: 'review', word: opinion } : { role: before.role, word: before.word };
  }
  return readHead(part, table);
}

/** The longest table word that ends at `end` in `text`, or null. */
function wordEndingAt(text: string, end: number, table: RoleTable): { word: string; role: Role } | null {
  for (let len = Math.min(table.longest, end); len >= 1; len--) {
    const word = text.slice(end - len, end);
    const role = table.roleOf.get(word);
    if (role !== undefined) return { word, role };
  }
  return null;
}

interface Occurrence {
  start: number;
  end: number;
  word: string;
  role: Role;
  /** Directly followed by a document noun: it names a document, not the act. */
  document: boolean;
}

/** Whether a ends later than b, or at the same place and is longer (rule 4's order). */
function later(a: Occurrence, b: Occurrence): boolean {
  return a.end > b.end || (a.end === b.end && a.start < b.start);
}

/**
 * Rule 4: the table word that ends last in `text`, skipping a word directly followed by a document
 * noun and a word that is the object of the table word just before it (申请 after any word; any
 * word after a handoff or submit word). When every word found is skipped, the last of them is
 * taken all the same (a guess is better than nothing: 决定书 → approve).
 */
function readHead(text: string, table: RoleTable): { role: Role; word: string } | null {
  const found: Occurrence[] = [];
  for (let end = 1; end <= text.length; end++) {
    for (let len = Math.min(table.longest, end); len >= 1; len--) {
      const word = text.slice(end - len, end);
      const role = table.roleOf.get(word);
      if (role === undefined) continue;
      const document = DOCUMENT_NOUNS.some((noun) => text.startsWith(noun, end));
      found.push({ start: end - len, end, word, role, document });
    }
  }
  if (found.length === 0) return null;
  let best: Occurrence | null = null;
  let fallback: Occurrence | null = null;
  for (const o of found) {
    if (fallback === null || later(o, fallback)) fallback = o;
    if (o.document || isObject(o, found)) continue;
    if (best === null || later(o, best)) best = o;
  }
  const chosen = best ?? fallback!;
  return { role: chosen.role, word: chosen.word };
}

/** Whether `o` is the object of the act word just before it (the latest-ending one that names no document). */
function isObject(o: Occurrence, found: readonly Occurrence[]): boolean {
  let before: Occurrence | null = null;
  for (const p of found) {
    if (p === o || p.document || p.end > o.start) continue;
    if (before === null || later(p, before)) before = p;
  }
  if (before === null) return false;
  return o.word === OBJECT_WORD || OBJECT_TAKING_ROLES.has(before.role);
}

/** Up to three table words sharing the most (distinct) characters with `text`, with their roles. */
function suggest(text: string, table: RoleTable): { word: string; role: Role }[] {
  const chars = new Set(text);
  const scored: { word: string; score: number; index: number }[] = [];
  table.words.forEach((word, index) => {
    let score = 0;
    for (const c of new Set(word.toLowerCase())) if (chars.has(c)) score++;
    if (score > 0) scored.push({ word, score, index });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, 3).map(({ word }) => ({ word, role: table.roleOf.get(word.toLowerCase()) ?? 'other' }));
}

/** First characters of the applicant's departments: most departments are ruled out by one comparison. */
const APPLICANT_FIRST_CHARS: ReadonlySet<string> = new Set([...APPLICANT_DEPARTMENTS, ...APPLICANT_DEPARTMENT_PREFIXES].map((w) => w[0]!));

/** Whether a department is the applicant (申请人, 申请单位, 申请企业 …, 建设单位, 当事人, 办事人, 个人). */
export function isApplicantDepartment(department: string): boolean {
  const d = department.trim();
  if (!APPLICANT_FIRST_CHARS.has(d.charAt(0))) return false;
  return APPLICANT_DEPARTMENTS.has(d) || APPLICANT_DEPARTMENT_PREFIXES.some((p) => d.startsWith(p));
}

/** A warning that says how a step's roles were read: its code and what its message names. */
export interface RoleNote {
  code: 'ROLE_GUESSED' | 'UNKNOWN_ROLE' | 'ROLE_FROM_NAME';
  /** The text read: the type word, or the step name when the type cell is empty. */
  text: string;
  reading: TypeWordReading;
  roles: readonly Role[];
}

/** A step's roles as its row alone gives them, and the warning that says how they were read (null: none). */
export interface StepRoleReading {
  roles: Role[];
  note: RoleNote | null;
}

const OTHER = Object.freeze(['other']) as Role[];
const SUBMIT = Object.freeze(['submit']) as Role[];

/**
 * Reads a step's roles from its row: the type cell, or the step name when the cell is empty; a step
 * of the applicant is `submit` unless its word reads as deliver (the applicant collecting the
 * result). The item's declared order may still change them (see read-item-roles.ts).
 */
export function readStepRoles(typeWord: string, name: string, department: string, table: RoleTable): StepRoleReading {
  const fromName = typeWord.trim() === '';
  const text = fromName ? name : typeWord;
  const reading = readTypeWord(text, table);
  const roles = reading.kind === 'unknown' ? OTHER : reading.roles;
  if (isApplicantDepartment(department) && !roles.includes('deliver')) return { roles: SUBMIT, note: null };
  // Most rows name a table word: no message to build.
  if (reading.kind === 'table' && !fromName) return { roles, note: null };
  return { roles, note: { code: fromName ? 'ROLE_FROM_NAME' : reading.kind === 'guessed' ? 'ROLE_GUESSED' : 'UNKNOWN_ROLE', text, reading, roles } };
}

/** A role note's message in the language of `messages`. */
export function roleNoteMessage(note: RoleNote, messages: ImportText): string {
  const { reading, text } = note;
  if (reading.kind === 'unknown') {
    if (note.code === 'ROLE_FROM_NAME') return messages.roleFromNameUnknown({ name: text });
    return messages.unknownRole({ word: text, closest: reading.suggestions.map((s) => ({ word: s.word, role: roleRef(s.role) })) });
  }
  const roles = note.roles.map(roleRef);
  const words = reading.kind === 'guessed' ? reading.words : [];
  return note.code === 'ROLE_FROM_NAME' ? messages.roleFromName({ name: text, roles, words }) : messages.roleGuessed({ word: text, roles, words });
}
