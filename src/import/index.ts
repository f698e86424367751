// Public API of the import stage: CSV bytes → Procedure[] + Diagnostic[], and the CSV writer that
// inverts it. The only stage that parses CSV; readSourceFiles is its only file-system access.

export type { EncodingName, DecodedText, ImportOptions } from './decode-text.js';
export { ENCODINGS, decodeText } from './decode-text.js';
export { encodeText, UnencodableCharacterError } from './encode-text.js';
export type { SourceFile } from './import-file.js';
export type { ImportResult } from './import-files.js';
export { importFiles } from './import-files.js';
export { readSourceFiles, MAX_INPUT_BYTES } from './read-source-files.js';
export { namesThreePointColumns } from './peek-columns.js';
export { formatDiagnostic, printable } from './diagnostics.js';
export type { ProcedureCsvOptions } from './format-procedure-csv.js';
export { formatProcedureCsv, typeCells } from './format-procedure-csv.js';
export type { RoleWord, RoleTable, TypeWordReading, StepRoleReading } from './read-type-word.js';
export { createRoleTable, defaultRoleTable, readTypeWord, readStepRoles, primaryRole, sortRoles, isApplicantDepartment } from './read-type-word.js';
export { ROLE_WORDS } from './role-words.js';
export type { DaysReading, DurationReadingCode } from './read-duration.js';
export { readDays } from './read-duration.js';
export type { RolesFile } from './read-roles-file.js';
export { readRolesFile } from './read-roles-file.js';
export type { ImportedFile, ImportedItem, CombinedImport, Combiner } from './combine-file-imports.js';
export { combineFileImports, createCombiner, importSourceFile } from './combine-file-imports.js';
export type { CalendarImport } from './import-calendar.js';
export { importCalendar } from './import-calendar.js';
export { buildProcedureTemplate, TEMPLATE_SHEET, INSTRUCTIONS_SHEET } from './workbook/procedure-template.js';
export type { LogSource, CaseLogOptions, CaseLogImport } from './import-case-logs.js';
export { importCaseLogs, openLogSources, logSourceOf } from './import-case-logs.js';
export { parseTimestamp, CHINA_OFFSET_MINUTES } from './parse-timestamp.js';
