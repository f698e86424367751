// Escaping for the text formats: XML/HTML text and attributes, Markdown table cells, CSV cells
// (RFC 4180 quoting plus OWASP "CSV injection" neutralisation of formula-looking cells).

/** C0 controls but tab, line feed and CR; DEL; C1 controls; bidirectional embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

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
 * cell and newlines cannot end the row. Other control characters (an escape sequence that would
 * act on a terminal showing the file) and bidirectional overrides become U+FFFD.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(CONTROL, '\ufffd')
    .replace(/[\\`*_[\]|~#!]/g, (ch) => `\\${ch}`)
    .replace(/[&<>"]/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

// OWASP CSV injection: a cell starting with one of these is read as a formula by spreadsheets
// (fullwidth forms included, which some spreadsheet IMEs normalise).
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * One CSV text cell: neutralised with a leading `'` when it starts with = + - @ (or their
 * fullwidth forms) or contains a tab or CR, then quoted per RFC 4180 when needed; other control
 * characters and bidirectional overrides become U+FFFD (as in escapeMarkdown).
 */
export function formatCsvTextCell(text: string): string {
  const shown = text.replace(CONTROL, '\ufffd');
  const safe = FORMULA_START.test(shown) || /[\t\r]/.test(shown) ? `'${shown}` : shown;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
