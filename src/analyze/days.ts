// Exact day arithmetic: input times are rounded to 0.01 working day, so analyses add integer
// hundredths of a day and convert to days (at most 2 decimals) only when they write a result.

/** Days (rounded to 0.01 by the importer) → integer hundredths of a day. */
export function toHundredths(days: number): number {
  return Math.round(days * 100);
}

/** Integer hundredths → days; the division yields the double nearest the 2-decimal value. */
export function toDays(hundredths: number): number {
  return hundredths / 100;
}
