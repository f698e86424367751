// The style sheet every HTML page of a report shares (index.html, its item pages, conformance.html):
// one file, so the pages that embed it need not import each other. Diagrams are fitted to the page
// width on screen and in print (nothing is cut off); print is A4 landscape, one item per page.

/** Fonts that Chinese Windows, macOS and Linux all have, CJK-capable first (the diagrams use the same). */
export const PAGE_FONT_FAMILY = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";

export const HTML_STYLE = `
body { font-family: ${PAGE_FONT_FAMILY}; margin: 0; color: #1f2933; background: #f4f6f9; line-height: 1.5; }
header { background: #1f3a5f; color: #fff; padding: 16px 24px; }
header h1 { margin: 0; font-size: 22px; }
main { padding: 16px 24px; max-width: 1600px; }
section, article { background: #fff; border: 1px solid #d8dee8; border-radius: 6px; padding: 12px 16px; margin: 0 0 16px; }
article { content-visibility: auto; contain-intrinsic-size: auto 1600px; }
h2 { font-size: 18px; margin: 4px 0 12px; }
h3 { font-size: 16px; margin: 4px 0 8px; }
h4 { font-size: 14px; margin: 14px 0 6px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid #d8dee8; border-radius: 6px; padding: 8px 14px; min-width: 140px; max-width: 260px; font-size: 13px; }
.card b { display: block; font-size: 20px; }
table { border-collapse: collapse; margin: 4px 0; font-size: 13px; }
th, td { border: 1px solid #d8dee8; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font-size: 11px; color: #5b6b82; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-align: left; }
th button:focus-visible { outline: 2px solid #1f6fd1; outline-offset: 2px; }
th[aria-sort='ascending'] button::after { content: ' ▲'; }
th[aria-sort='descending'] button::after { content: ' ▼'; }
#filters { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; font-size: 14px; }
#filters input[type='search'] { width: 18em; padding: 3px 6px; font: inherit; }
#filters select { font: inherit; max-width: 22em; }
[hidden] { display: none !important; }
.diagram { margin: 6px 0 16px; }
.diagram figcaption { font-size: 13px; color: #5b6b82; margin: 0 0 4px; }
.diagram figcaption a { margin-left: 8px; }
.drawing { border: 1px solid #e1e6ee; min-height: 120px; }
.drawing svg { display: block; max-width: 100%; height: auto; }
.muted { color: #5b6b82; }
.warn { color: #8a4b00; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { background: #fff; font-size: 11px; }
  header { background: none; color: #000; padding: 0 0 6px; border-bottom: 2px solid #1f3a5f; }
  main { max-width: none; padding: 0; }
  section, article { border: 0; border-radius: 0; padding: 0; margin: 0 0 10px; }
  article { content-visibility: visible; break-before: page; }
  #find, .full-size, th[aria-sort] button::after { display: none; }
  a { color: inherit; text-decoration: none; }
  table { font-size: 10px; }
  tr, .diagram { break-inside: avoid; }
  .drawing { border: 0; min-height: 0; }
  .drawing svg { max-height: 180mm; width: auto; }
}
`;
