// Label measuring and wrapping for SVG text without a font engine: East-Asian wide/fullwidth
// code points count 1 em, A–Z 0.7 em, everything else 0.6 em — an upper bound for the fonts of
// DIAGRAM_FONT_FAMILY: CJK is 1 em in all of them; at 0.6 em lowercase Latin and digits are 0–28 %
// wide of Noto Sans CJK SC, WenQuanYi Zen Hei, Microsoft YaHei and PingFang SC, and capitals need
// 0.7 (Microsoft YaHei's are the widest, about 0.66 em on average). Lines break between CJK
// characters and at spaces, never before closing or after opening punctuation (the kinsoku rule of
// GB/T 15834: no lone "）" or "，" at a line's start).

/** Font family for every diagram text: fonts Chinese Windows, macOS and Linux have, CJK-capable first. */
export const DIAGRAM_FONT_FAMILY = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";

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
  if (cp >= 0x41 && cp <= 0x5a) return 0.7;
  return 0.6;
}

/** Estimated width in px of one line of text at the given font size (an upper bound for the fonts above). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

/** Punctuation that never starts a line (closing brackets, commas, stops, the ideographic comma …). */
const NO_LINE_START = new Set([...'）】」』》〉〕］｝，。、；：？！…—～％·)]},.;:?!%”’']);
/** Punctuation that never ends a line (opening brackets and quotes). */
const NO_LINE_END = new Set([...'（【「『《〈〔［｛([{“‘']);

// A token is one wide character, one run of other non-space characters, or one run of spaces;
// closing punctuation joins the token before it and opening punctuation the token after it, so a
// line never starts with "）" nor ends with "（". Lines break between tokens, and inside a token
// only when it alone is too wide.
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let pendingOpen = '';
  for (const token of joinUnitWords(splitTokens(text))) {
    const first = [...token][0] ?? '';
    const last = [...token].at(-1) ?? '';
    if (!token.startsWith(' ') && NO_LINE_START.has(first) && tokens.length > 0 && !tokens[tokens.length - 1]!.startsWith(' ') && pendingOpen === '') {
      tokens[tokens.length - 1] += token;
    } else if (!token.startsWith(' ')) {
      tokens.push(pendingOpen + token);
      pendingOpen = '';
    } else {
      if (pendingOpen !== '') tokens.push(pendingOpen);
      pendingOpen = '';
      tokens.push(token);
    }
    // An opening mark waits for what it opens.
    const top = tokens[tokens.length - 1]!;
    if (!top.startsWith(' ') && NO_LINE_END.has(last) && [...top].length === 1) pendingOpen = tokens.pop()!;
  }
  if (pendingOpen !== '') tokens.push(pendingOpen);
  return tokens;
}

/** Unit words a line never splits ("5 个工作日" may break before 个, never inside 工作日), longest first. */
const UNIT_WORDS = ['个工作日', '工作日', '自然日', '小时'];

/** Joins the one-character tokens that spell a unit word into one token. */
function joinUnitWords(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = UNIT_WORDS.find((w) => [...w].every((ch, k) => tokens[i + k] === ch));
    if (word === undefined) {
      out.push(tokens[i]!);
      continue;
    }
    out.push(word);
    i += [...word].length - 1;
  }
  return out;
}

function splitTokens(text: string): string[] {
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
