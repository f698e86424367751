// Public API of the import stage: CSV bytes → Procedure[] + Diagnostic[], and the CSV writer that
// inverts it. The only stage that parses CSV; readSourceFiles is its only file-system access.

export type { EncodingName, DecodedText } from './decode-text.js';
export { ENCODINGS, decodeText } from './decode-text.js';
export { encodeText, UnencodableCharacterError } from './encode-text.js';
export type { SourceFile } from './import-file.js';
export type { ImportOptions, ImportResult } from './import-files.js';
export { importFiles } from './import-files.js';
export { readSourceFiles } from './read-source-files.js';
export { formatDiagnostic } from './diagnostics.js';
export type { ProcedureCsvOptions } from './format-procedure-csv.js';
export { formatProcedureCsv } from './format-procedure-csv.js';
export type { ImportedFile, ImportedItem, CombinedImport, Combiner } from './combine-file-imports.js';
export { combineFileImports, createCombiner, importSourceFile } from './combine-file-imports.js';
export type { CalendarImport } from './import-calendar.js';
export { importCalendar } from './import-calendar.js';
export type { LogSource, CaseLogOptions, CaseLogImport } from './import-case-logs.js';
export { importCaseLogs, openLogSources, logSourceOf } from './import-case-logs.js';
export { parseTimestamp, CHINA_OFFSET_MINUTES } from './parse-timestamp.js';
