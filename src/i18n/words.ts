// The small grammar every catalogue shares, per language: quoting text from the input, joining a
// list, counting things. Chinese follows docs/glossary.md: “…” around quoted text, 、 between list
// entries, a space between a number and its measure word ("3 个事项").

/** English: text from the input in straight double quotes, as the messages always quoted it. */
export const enQuote = (text: string): string => `"${text}"`;

/** English: a list inside a sentence. */
export const enList = (items: readonly string[]): string => items.join(', ');

/** English: "1 item" / "2 items" (`many` for irregular plurals). */
export function enCount(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Chinese: text from the input in full-width quotation marks. */
export const zhQuote = (text: string): string => `“${text}”`;

/** Chinese: a list inside a sentence (enumeration comma). */
export const zhList = (items: readonly string[]): string => items.join('、');

/** Chinese: several quoted entries, one after another (“甲”“乙”), as official texts list words. */
export const zhQuoteAll = (items: readonly string[]): string => items.map(zhQuote).join('、');

/** A day count as written in messages: at most two decimals, no trailing zeros (3.5, 12). */
export function formatDays(days: number): string {
  return String(Math.round(days * 100) / 100);
}
