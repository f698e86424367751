// The least and greatest of many numbers without spreading them into Math.min/Math.max, whose
// argument count is limited (a 300-step dense item's flows have ~180 000 route points).

/** The greatest of `start` and every value. */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let m = start;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** The least of `start` and every value. */
export function minOf(values: Iterable<number>, start = Infinity): number {
  let m = start;
  for (const v of values) if (v < m) m = v;
  return m;
}
