// An item's materials (the documents in inputs and outputs) as small integers: names compared after
// NFKC normalisation with 《》“”"" and whitespace removed (procedure-csv.md "Meaning"), each step's
// distinct inputs and outputs, and the steps producing each material.

import type { Step } from '../domain/index.js';

/** The materials of one item. */
export interface Materials {
  /** Per step, the distinct ids of its inputs, in the cell's order. */
  readonly inputs: readonly Int32Array[];
  /** Per step, the distinct ids of its outputs, in the cell's order. */
  readonly outputs: readonly Int32Array[];
  /** Each material's name as first written in the item. */
  readonly names: readonly string[];
  /** Material id by key (materialKey). */
  readonly ids: ReadonlyMap<string, number>;
  /** Per material, the steps that list it as an output, in file order. */
  readonly producers: readonly (readonly number[])[];
  /** Whether any step lists an input or an output: lineage rules apply only then. */
  readonly lineage: boolean;
}

const IGNORED = /[《》“”"\s]/gu;
const keys = new Map<string, string>();
/** Names repeat across a catalogue; keep no more keys than this, so a file of all-different names stays bounded. */
const MAX_KEYS = 50_000;

/** The form two material names are compared in: NFKC, without 《》“”"" and whitespace. */
export function materialKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.normalize('NFKC').replace(IGNORED, '');
    if (keys.size < MAX_KEYS) keys.set(name, key);
  }
  return key;
}

const NONE = new Int32Array(0);

/** Numbers the item's materials. */
export function internMaterials(steps: readonly Step[]): Materials {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const producers: number[][] = [];
  let lineage = false;
  const intern = (list: readonly string[]): Int32Array => {
    if (list.length === 0) return NONE;
    lineage = true;
    const ids: number[] = [];
    for (const name of list) {
      const key = materialKey(name);
      let id = idOf.get(key);
      if (id === undefined) {
        id = names.length;
        idOf.set(key, id);
        names.push(name);
        producers.push([]);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return Int32Array.from(ids);
  };
  const inputs = steps.map((s) => intern(s.inputs));
  const outputs = steps.map((s, v) => {
    const ids = intern(s.outputs);
    for (const id of ids) producers[id]!.push(v);
    return ids;
  });
  return { inputs, outputs, names, ids: idOf, producers, lineage };
}
