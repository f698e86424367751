// Public API of the message catalogues: the languages and one typed catalogue per area. A helper
// folder like graph/: it knows only what it words, and every stage may import it.

export { LANGS, DEFAULT_LANG, isLang, type Lang } from './lang.js';
export { ANALYSIS_TEXT, type AnalysisText } from './analysis-text.js';
export { REPORT_TEXT, type ReportText } from './report-text.js';
