// Escaping for the text formats: XML/HTML text and attributes, Markdown table cells, CSV cells
// (RFC 4180 quoting plus OWASP "CSV injection" neutralisation of formula-looking cells).

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for XML/HTML content and quoted attributes (& < > " '). Control characters
 * that XML 1.0 forbids are replaced by U+FFFD so the SVG stays well-formed.
 */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

/**
 * Makes text inert inside a Markdown (GFM) table cell or inline text: HTML-significant
 * characters become entities, Markdown punctuation is backslash-escaped, `|` cannot end the
 * cell and newlines cannot end the row.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\\`*_[\]|~#!]/g, (ch) => `\\${ch}`)
    .replace(/[&<>"]/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

// OWASP CSV injection: a cell starting with one of these is read as a formula by spreadsheets
// (fullwidth forms included, which some spreadsheet IMEs normalise).
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * One CSV text cell: neutralised with a leading `'` when it starts with = + - @ (or their
 * fullwidth forms) or contains a tab or CR, then quoted per RFC 4180 when needed.
 */
export function formatCsvTextCell(text: string): string {
  const safe = FORMULA_START.test(text) || /[\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
