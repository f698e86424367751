// The files of a report folder: every file `procopt report` writes is recorded, and a manifest of
// them (.procopt-report.json) is left in the folder. The next report into the same folder removes
// the files the previous manifest lists that this run did not write again — stale diagrams of items
// gone, pages no longer needed — and nothing else: a file procopt did not write is never touched.

import { existsSync, lstatSync, readFileSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { ProcoptError } from '../domain/index.js';
import { CLI_TEXT } from '../i18n/index.js';
import { makeFolder, writeOutputFile } from './write-files.js';

/** The manifest's name in a report folder. */
export const REPORT_MANIFEST = '.procopt-report.json';

export interface ReportFiles {
  /** The folder, created if missing. */
  readonly out: string;
  /** Writes `data` to `relativePath` inside the folder (its subfolder created) and records it. */
  write(relativePath: string, data: string | Uint8Array): void;
  /** Records a file written some other way (streamed), by its path inside the folder. */
  record(relativePath: string): void;
  /** Removes the previous run's files this run did not write (and subfolders they leave empty), writes the manifest; returns what was removed. */
  finish(): string[];
}

/**
 * Opens a report folder: `out` must be a folder or not exist yet (a file there is a usage error, exit
 * 2). Reads the previous run's manifest, if there is one, before anything is written.
 */
export function openReportFolder(out: string): ReportFiles {
  if (existsSync(out) && !lstatSync(out).isDirectory()) {
    throw new ProcoptError('USAGE', (lang) => CLI_TEXT[lang].reportOutIsFile({ out }));
  }
  makeFolder(out);
  const previous = readManifest(out);
  const written = new Set<string>();
  const record = (relativePath: string): void => {
    written.add(toManifestPath(relativePath));
  };
  return {
    out,
    write(relativePath, data) {
      const path = join(out, relativePath);
      makeFolder(dirname(path));
      writeOutputFile(path, data);
      record(relativePath);
    },
    record,
    finish() {
      const removed: string[] = [];
      for (const file of previous) {
        if (written.has(file)) continue;
        const path = join(out, ...file.split('/'));
        if (!existsSync(path) || !lstatSync(path).isFile()) continue;
        unlinkSync(path);
        removed.push(file);
        removeEmptyFolders(out, dirname(path));
      }
      writeOutputFile(join(out, REPORT_MANIFEST), `${JSON.stringify({ generator: 'procopt report', files: [...written].sort() }, null, 2)}\n`);
      return removed;
    },
  };
}

/** A path inside the folder as the manifest keeps it: relative, '/'-separated. */
function toManifestPath(relativePath: string): string {
  return normalize(relativePath).split(sep).join('/');
}

/** The previous manifest's files that lie inside the folder; none when there is no readable manifest. */
function readManifest(out: string): string[] {
  const path = join(out, REPORT_MANIFEST);
  if (!existsSync(path)) return [];
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { files?: unknown };
    if (!Array.isArray(parsed.files)) return [];
    // Only plain relative paths inside the folder: an edited manifest cannot point procopt elsewhere.
    return parsed.files.filter((f): f is string => typeof f === 'string' && f !== '' && !isAbsolute(f) && !f.includes('\\') && !f.split('/').some((part) => part === '..' || part === '.' || part === '') && f !== REPORT_MANIFEST);
  } catch {
    return [];
  }
}

/** Removes `folder` and its parents up to (not including) `out` while they are empty. */
function removeEmptyFolders(out: string, folder: string): void {
  let current = folder;
  while (relative(out, current) !== '' && !relative(out, current).startsWith('..')) {
    if (readdirSync(current).length > 0) return;
    rmdirSync(current);
    current = dirname(current);
  }
}
