// Label measuring and wrapping for SVG text without a font engine: East-Asian wide/fullwidth
// code points count 1 em, A–Z 0.65 em, everything else 0.6 em — an upper bound checked against
// Noto Sans CJK SC and WenQuanYi Zen Hei advance widths (CJK exact, lowercase Latin 13–28 % wide,
// all-caps up to 6 % narrow at 0.6 em, hence 0.65 for A–Z, digits 0–8 % wide).

/** Font family for every diagram text: CJK-capable fonts first. */
export const DIAGRAM_FONT_FAMILY = "'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";

// Unicode ranges rendered 1 em wide (Hangul Jamo, CJK radicals … Yi, Hangul syllables,
// compatibility ideographs, vertical forms, fullwidth forms, supplementary ideographs).
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

/** Whether a code point is drawn about 1 em wide (CJK ideographs, kana, hangul, fullwidth forms). */
export function isWideCodePoint(codePoint: number): boolean {
  for (const [low, high] of WIDE_RANGES) {
    if (codePoint >= low && codePoint <= high) return true;
  }
  return false;
}

function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (isWideCodePoint(cp)) return 1;
  if (cp >= 0x41 && cp <= 0x5a) return 0.65;
  return 0.6;
}

/** Estimated width in px of one line of text at the given font size (an upper bound for the fonts above). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

// A token is one wide character, one run of other non-space characters, or one run of spaces;
// lines break between tokens, and inside a run only when the run alone is too wide.
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let run = '';
  let runIsSpace = false;
  for (const ch of text) {
    const wide = isWideCodePoint(ch.codePointAt(0) ?? 0);
    const space = ch === ' ';
    if (wide) {
      if (run) tokens.push(run);
      run = '';
      tokens.push(ch);
    } else if (run && space === runIsSpace) {
      run += ch;
    } else {
      if (run) tokens.push(run);
      run = ch;
      runIsSpace = space;
    }
  }
  if (run) tokens.push(run);
  return tokens;
}

/**
 * Wraps text greedily into lines no wider than maxWidth (by {@link estimateTextWidth}).
 * Breaks between CJK characters and at spaces; a word wider than a line is split by character.
 * Control characters become spaces; an empty text gives one empty line. Nothing is dropped
 * except spaces at line breaks.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').replace(/ +/g, ' ').trim();
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    const trimmed = line.trimEnd();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  for (const token of tokenize(clean)) {
    if (token.startsWith(' ')) {
      if (line) line += ' ';
      continue;
    }
    if (estimateTextWidth(line + token, fontSize) <= maxWidth) {
      line += token;
      continue;
    }
    if (line.trim()) push();
    if (estimateTextWidth(token, fontSize) <= maxWidth) {
      line = token;
      continue;
    }
    for (const ch of token) {
      if (line && estimateTextWidth(line + ch, fontSize) > maxWidth) push();
      line += ch;
    }
  }
  push();
  return lines.length ? lines : [''];
}
