// The Latin words of three letters or more in a Chinese text that are not on the allow-list: codes
// (BAD_DURATION), option names (--start-date), file names and extensions (report.md, .xlsx), formats
// and standards procopt names as they are (CSV, JSON, SVG, BPMN, PERT, XState, XES…), option values
// shown as the user types them, and the P(…) notation.

/** Words kept as they are in Chinese text. */
const ALLOWED = new Set([
  'CSV', 'JSON', 'SVG', 'BPMN', 'PERT', 'XState', 'XES', 'IEEE', 'BOM', 'UTF', 'GBK', 'GB18030', 'Excel', 'Mermaid', 'ELK', 'HTML', 'PDF', 'YYYY',
  'createMachine', 'procopt', 'auto', 'original', 'best', 'declared', 'median', 'json', 'csv', 'zh-CN',
  // products and units named as they are
  'Office', 'Word', 'PowerPoint', 'MiB', 'XML',
  // procopt's command names, a role's contract name in the roles-file example, XES lifecycle values
  'validate', 'model', 'analyze', 'diagram', 'bpmn', 'report', 'conformance', 'template', 'review', 'start', 'complete',
]);

/** Text stripped of what may hold Latin: option names, codes, file names, ids with digits, the P(…) notation. */
function strip(text: string): string {
  return text
    .replace(/(^|[^\w-])--?[a-z][\w-]*(\s+<[^>]*>)?/g, '$1 ') // --option <值>, -h
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, ' ') // BAD_DURATION
    .replace(/[\w./-]*\.(?:csv|xlsx|xls|ods|xml|json|md|html|svg|bpmn|xes|mjs|js)\b/gi, ' ') // file names, paths and extensions
    .replace(/\b[a-z]+:[A-Za-z]+\b/g, ' ') // XES and XML keys: concept:name, xs:dateTime
    .replace(/<[a-z]+>/g, ' ') // XML elements: <log>
    .replace(/\b[a-z]+(?:_[a-z]+)+\b/g, ' ') // contract column names: item_code, duration_days
    .replace(/\b[A-Z]{2,}\b/g, ' ') // codes and acronyms: EACCES, CSV
    .replace(/\bP\([^)]*\)/g, ' ') // P(…)
    .replace(/\bYYYY-MM-DD\b/g, ' ')
    .replace(/[A-Za-z]+\d[\w-]*/g, ' '); // ids and codes with digits: S12, p90, GB18030
}

/** The Latin words (three letters or more) of `text` that are not allowed in Chinese output. */
export function latinWords(text: string): string[] {
  return (strip(text).match(/[A-Za-z][A-Za-z-]*[A-Za-z]/g) ?? []).filter((w) => w.replace(/-/g, '').length >= 3 && !ALLOWED.has(w));
}
