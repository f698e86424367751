// An item's materials (the documents in inputs and outputs) as small integers: names compared after
// NFKC normalisation with 《》“”"" and whitespace removed (procedure-csv.md "Meaning"), each step's
// distinct inputs and outputs, and the steps producing each material.

import type { Step } from '../domain/index.js';
import { createScratch, mapList } from '../graph/index.js';

/** The materials of one item. */
export interface Materials {
  /** Per step, the distinct ids of its inputs, in the cell's order. */
  readonly inputs: readonly (readonly number[])[];
  /** Per step, the distinct ids of its outputs, in the cell's order. */
  readonly outputs: readonly (readonly number[])[];
  /** Each material's name as first written in the item. */
  readonly names: readonly string[];
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
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the key cache's bound only bounds memory; a key not kept is computed again (equivalent)
    if (keys.size < MAX_KEYS) keys.set(name, key);
  }
  return key;
}

/** Material id by key, made on the first lookup of an item's materials (only candidate steps look names up). */
const idsByKey = new WeakMap<Materials, Map<string, number>>();

/** The id of a material named `name` (any spelling with the same key) in `materials`, or −1. */
export function materialIdOf(materials: Materials, name: string): number {
  let ids = idsByKey.get(materials);
  if (ids === undefined) {
    ids = new Map();
    for (let id = materials.names.length - 1; id >= 0; id--) ids.set(materialKey(materials.names[id]!), id);
    idsByKey.set(materials, ids);
  }
  return ids.get(materialKey(name)) ?? -1;
}

/**
 * Catalogue-wide numbers of material keys, so that numbering one item's materials needs no map of
 * its own: `stamp[g]` is the serial of the last item that met key g and `local[g]` its id there;
 * `listed[g]` the serial of the last list (a step's inputs or outputs) that named it. Cleared
 * between items once it holds more than MAX_KEYS keys (a catalogue of all-different names).
 */
const catalogue = {
  byName: new Map<string, number>(),
  byKey: new Map<string, number>(),
  stamp: new Int32Array(1024),
  local: new Int32Array(1024),
  listed: new Int32Array(1024),
  serial: 0,
  listSerial: 0,
};

/** The catalogue-wide number of `name`'s key. */
function globalIdOf(name: string): number {
  let g = catalogue.byName.get(name);
  if (g === undefined) {
    const key = materialKey(name);
    g = catalogue.byKey.get(key);
    if (g === undefined) {
      g = catalogue.byKey.size;
      catalogue.byKey.set(key, g);
      if (g >= catalogue.stamp.length) {
        catalogue.stamp = grown(catalogue.stamp, 2 * g);
        catalogue.local = grown(catalogue.local, 2 * g);
        catalogue.listed = grown(catalogue.listed, 2 * g);
      }
    }
    catalogue.byName.set(name, g);
  }
  return g;
}

/** A copy of `a` at `length` entries, the new ones 0. */
function grown(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

/** A serial for the next item, clearing the table first where it has grown past MAX_KEYS keys. */
function startItem(): number {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: clearing the table only bounds its memory; an item's numbers are its own whether it was cleared before or not (equivalent)
  if (catalogue.byKey.size > MAX_KEYS || catalogue.serial >= 0x3fffffff) {
    catalogue.byName.clear();
    catalogue.byKey.clear();
    catalogue.stamp = new Int32Array(1024);
    catalogue.local = new Int32Array(1024);
    catalogue.listed = new Int32Array(1024);
    catalogue.serial = 0;
  }
  // Stryker disable next-line UpdateOperator: counting down gives every item a distinct serial that is never 0 too (equivalent)
  return ++catalogue.serial;
}

/** A serial for one list of names (`listed`); the marks are cleared before the serial overflows. */
function startList(): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: clearing the marks only guards an overflow after 2^30 lists; cleared every time, each list still marks from clean (equivalent)
  if (catalogue.listSerial >= 0x3fffffff) {
    catalogue.listed.fill(0);
    catalogue.listSerial = 0;
  }
  // Stryker disable next-line UpdateOperator: counting down gives every list a distinct serial that is never 0 too (equivalent)
  return ++catalogue.listSerial;
}

/** The ids of an empty list (shared: nothing writes to an item's id lists). */
const NONE: readonly number[] = new Array<number>(0);

const idScratch = createScratch();

/**
 * Numbers the item's materials. Written without a closure per item, and each producer list made at
 * its length (a list grown by push from empty reserves 17 entries): this runs for every item.
 */
export function internMaterials(steps: readonly Step[]): Materials {
  const item = startItem();
  const names: string[] = [];
  const inputs: (readonly number[])[] = [];
  for (const step of steps) inputs.push(internList(step.inputs, item, names));
  const outputs: (readonly number[])[] = [];
  for (const step of steps) outputs.push(internList(step.outputs, item, names));
  // Producers per material: counted, then placed in file order of the steps.
  const count = producerScratch(names.length).fill(0, 0, names.length);
  for (const ids of outputs) for (const id of ids) count[id]!++;
  // Stryker disable next-line ArrayDeclaration: every entry is written next, so an array grown from empty holds the same (equivalent)
  const producers = mapList(names, (_, id) => new Array<number>(count[id]!));
  count.fill(0, 0, names.length);
  for (let v = 0; v < steps.length; v++) for (const id of outputs[v]!) producers[id]![count[id]!++] = v;
  return { inputs, outputs, names, producers, lineage: names.length > 0 };
}

const producerScratch = createScratch();

/** The distinct ids of one list of names in the item `item`, numbering the names it meets first (appended to `names`). */
function internList(cell: readonly string[], item: number, names: string[]): readonly number[] {
  if (cell.length === 0) return NONE;
  const list = startList();
  const found = idScratch(cell.length);
  let count = 0;
  for (let i = 0; i < cell.length; i++) {
    const name = cell[i]!;
    const g = globalIdOf(name);
    let id: number;
    if (catalogue.stamp[g] === item) id = catalogue.local[g]!;
    else {
      id = names.length;
      catalogue.stamp[g] = item;
      catalogue.local[g] = id;
      names.push(name);
    }
    if (catalogue.listed[g] !== list) {
      catalogue.listed[g] = list;
      found[count++] = id;
    }
  }
  // Made at its final length (an array grown by push from empty reserves 17 entries).
  // Stryker disable next-line ArrayDeclaration: every entry is written next, so an array grown from empty holds the same (equivalent)
  const ids = new Array<number>(count);
  for (let i = 0; i < count; i++) ids[i] = found[i]!;
  return ids;
}
