// Several files → one catalogue: each file is imported on its own, then combined (item codes checked
// across files: the first file to use a code keeps its item; see combine-file-imports.ts).

import type { Diagnostic, LeftOutItem, Procedure } from '../domain/index.js';
import { combineFileImports, importSourceFile } from './combine-file-imports.js';
import type { ImportOptions } from './decode-text.js';
import type { SourceFile } from './import-file.js';
import type { StringPool } from './keep-string.js';
import { createRoleTable } from './read-type-word.js';

/** Everything the files gave: valid items, every problem, and the items left out. */
export interface ImportResult {
  /** Valid items, in order of first appearance (file order, then row order). */
  procedures: Procedure[];
  /** Errors and warnings, sorted by file (input order), line, then column position. */
  diagnostics: Diagnostic[];
  /** Items left out because of an error, at the file and line of their first error. */
  leftOut: LeftOutItem[];
}

/**
 * Reads procedures from CSV files' bytes. Pure and total: bad input never throws, it becomes
 * diagnostics, and an error leaves out only the item it concerns (or the file, for problems such
 * as a missing column or undecodable bytes). Every problem of every file is reported in one run.
 */
export function importFiles(files: readonly SourceFile[], options: ImportOptions = {}): ImportResult {
  // One string pool for the whole call: departments and materials repeat across files too.
  const pool: StringPool = new Map();
  const table = createRoleTable(options.roleWords);
  const { accepted, diagnostics, leftOut } = combineFileImports(
    files.map((source) => importSourceFile(source, options, pool, table)),
    options.lang,
  );
  return { procedures: accepted, diagnostics, leftOut };
}
