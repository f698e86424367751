// Lists made with one elements kind whichever tier of V8 runs the code that makes them.
//
// The built-in `Array.prototype.map` returns a packed array when the interpreter runs it and a holey
// one when optimised code has inlined it, so a function that reads lists made both ways is optimised
// for one kind, meets the other and is deoptimised (and compiled again) — in a first pass over a
// catalogue, a dozen of the analysis's largest functions were, because their lists came from `map`
// calls that tiered up at other times (measured with --trace-deopt on Node 20). `mapList` always
// makes its list at its final length and fills it, so after its first calls every list it returns,
// empty or not, has one kind.

/** `items.map(f)`, with one elements kind in every tier (see above). */
export function mapList<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = f(items[i]!, i);
  return out;
}
