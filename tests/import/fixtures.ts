// Test helpers: load fixtures of tests/fixtures/import as SourceFiles named by their base name.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../../src/import/index.js';

/** Absolute path of a fixture. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
}

/** A fixture's bytes as a SourceFile whose `file` is the fixture's name. */
export function fixture(name: string): SourceFile {
  return { file: name, bytes: new Uint8Array(readFileSync(fixturePath(name))) };
}

/** UTF-8 text as a SourceFile. */
export function textFile(file: string, text: string): SourceFile {
  return { file, bytes: new TextEncoder().encode(text) };
}
