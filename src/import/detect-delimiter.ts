// The delimiter of a CSV file, from its header line.

/**
 * Picks the delimiter of the header: whichever of `,` tab `;` occurs most often outside quotes on
 * the first non-blank line (ties: comma, then tab, then semicolon; none: comma).
 */
export function detectDelimiter(text: string): ',' | '\t' | ';' {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      // A blank line, or a title line with no delimiter (Excel's merged title cell), does not count.
      if (seenContent && counts[','] + counts['\t'] + counts[';'] > 0) break;
      counts[','] = counts['\t'] = counts[';'] = 0;
    } else if (!quoted && (c === ',' || c === '\t' || c === ';')) counts[c]++;
    if (c.trim() !== '') seenContent = true;
  }
  let best: ',' | '\t' | ';' = ',';
  for (const d of ['\t', ';'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}
