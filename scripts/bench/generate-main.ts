// `generate` command: parses --items/--seed/--out/--per-file, writes the catalogue's files and a
// manifest (sizes, formats) that the benchmark reads to skip regeneration.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalogue, type GeneratedFile } from './generate-catalogue.js';

/** What a generated folder holds; written as `manifest.json` next to the CSV files. */
export interface Manifest {
  items: number;
  seed: number;
  itemsPerFile: number;
  /** Share of the timed steps with three-point estimates, and how many steps got one (absent: none). */
  uncertainShare?: number;
  uncertainSteps?: number;
  steps: number;
  bytes: number;
  files: { file: string; bytes: number; items: number; steps: number; encoding: string; headers: string; delimiter: string }[];
}

/** Generates a catalogue into `out` (replacing its CSV files) and returns its manifest. */
export function writeCatalogue(out: string, items: number, seed: number, itemsPerFile = 500, uncertainShare = 0): Manifest {
  const files: GeneratedFile[] = generateCatalogue({ items, seed, itemsPerFile, uncertainShare });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const f of files) writeFileSync(join(out, f.file), f.bytes);
  const manifest: Manifest = {
    items,
    seed,
    itemsPerFile,
    ...(uncertainShare > 0 ? { uncertainShare, uncertainSteps: files.reduce((n, f) => n + f.uncertainSteps, 0) } : {}),
    steps: files.reduce((n, f) => n + f.steps, 0),
    bytes: files.reduce((n, f) => n + f.bytes.length, 0),
    files: files.map((f) => ({
      file: f.file,
      bytes: f.bytes.length,
      items: f.items,
      steps: f.steps,
      encoding: f.format.encoding,
      headers: f.format.headers,
      delimiter: f.format.delimiter === '\t' ? 'tab' : 'comma',
    })),
  };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** Entry point of `scripts/bench/generate.js`; returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      items: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'per-file': { type: 'string', default: '500' },
      uncertain: { type: 'string', default: '0' },
    },
  });
  const items = Number(values.items);
  const seed = Number(values.seed);
  const perFile = Number(values['per-file']);
  const uncertain = Number(values.uncertain);
  if (!Number.isInteger(items) || items < 0 || !Number.isInteger(seed) || !Number.isInteger(perFile) || perFile < 1 || !(uncertain >= 0 && uncertain <= 1)) {
    process.stderr.write('usage: generate.js --items N --seed S [--per-file 500] [--uncertain 0.3] --out DIR\n');
    return 2;
  }
  const out = values.out ?? join('.tmp', 'bench', `${items}`);
  const started = performance.now();
  const m = writeCatalogue(out, items, seed, perFile, uncertain);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `wrote ${m.items} items, ${m.steps} steps (${(m.steps / Math.max(1, m.items)).toFixed(2)} per item), ` +
      `${m.files.length} files, ${(m.bytes / 1e6).toFixed(1)} MB to ${out} in ${seconds.toFixed(1)} s\n`,
  );
  return 0;
}
