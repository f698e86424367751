// A file rejected whole is an input error like an item left out: every command that reads the
// catalogue exits 1 and the JSON lists it in `errors` (issues "Bounded on every input" §1 and
// "Trustworthy on real guides" §4); `analyze --format csv` on standard output starts with a BOM.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { procopt } from './run-cli.js';

const GOOD = 'models/construction-planning-permit.csv';

/** Files each rejected whole by the import, in a fresh folder. */
function rejectedFiles(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'procopt-whole-'));
  const files: Record<string, string | Uint8Array> = {
    'bom-only.csv': new Uint8Array([0xef, 0xbb, 0xbf]),
    'blank-lines.csv': '\n\n\n',
    'commas.csv': ',,,\n,,,\n',
    'header-only.csv': 'item_code,item_name,step_id,step_name,department,role,duration_days,predecessors\n',
  };
  const paths: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], data);
  }
  return paths;
}

describe('a file rejected whole', () => {
  const files = rejectedFiles();

  it.each(Object.keys(files))('%s: validate and analyze exit 1, the good file is still analysed, JSON lists the error', (name) => {
    const path = files[name]!;
    const validate = procopt(['validate', GOOD, path, '--no-machine-check']);
    expect(validate.status).toBe(1);
    const analyze = procopt(['analyze', GOOD, path]);
    expect(analyze.status).toBe(1);
    const json = JSON.parse(analyze.stdout) as { items: { itemCode: string }[]; errors: { file: string; code: string }[] };
    const clean = JSON.parse(procopt(['analyze', GOOD]).stdout) as { items: { itemCode: string }[] };
    expect(json.items.map((i) => i.itemCode)).toEqual(clean.items.map((i) => i.itemCode));
    expect(clean.items.length).toBeGreaterThan(0);
    expect(json.errors.some((e) => e.file === path)).toBe(true);
  });

  it('a clean catalogue still exits 0', () => {
    expect(procopt(['validate', GOOD, '--no-machine-check']).status).toBe(0);
    expect(procopt(['analyze', GOOD]).status).toBe(0);
  });
});

describe('analyze --format csv on standard output', () => {
  it('starts with the UTF-8 BOM, as the file does, so that Excel reads the Chinese text', () => {
    const r = procopt(['analyze', GOOD, '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout.slice(1).startsWith('item_code,')).toBe(true);
  });
});
