// Strings that outlive the import (procedures, diagnostics) are stored through a pool: equal strings
// become one, and each is a flat copy, never a slice that would keep its file's text alive.

/** Canonical copies of the long strings seen in one importFiles call. */
export type StringPool = Map<string, string>;

/** V8 stores a substring this long or longer as a slice of its parent; shorter ones are copies already. */
const SLICE_MIN_LENGTH = 13;

/**
 * The string to store for `s`: one copy per distinct value (step names, departments, materials and
 * step ids repeat across thousands of rows), and a long one copied once (concatenating and slicing
 * forces a fresh flat string in V8; the value is unchanged).
 */
export function keepString(pool: StringPool, s: string): string {
  if (s === '') return s;
  let kept = pool.get(s);
  if (kept === undefined) {
    kept = s.length < SLICE_MIN_LENGTH ? s : (' ' + s).slice(1);
    pool.set(kept, kept);
  }
  return kept;
}

/** keepString over a list, in place. */
export function keepStrings(pool: StringPool, list: string[]): string[] {
  for (let i = 0; i < list.length; i++) list[i] = keepString(pool, list[i] as string);
  return list;
}

/** A flat copy of a (possibly concatenated or sliced) string, for the few strings built from cells, such as messages. */
export function flatString(s: string): string {
  return s.length < SLICE_MIN_LENGTH ? s : (' ' + s).slice(1);
}
