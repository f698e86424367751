// The style sheet every HTML page of a report shares (index.html, its item pages, conformance.html):
// one file, so the pages that embed it need not import each other.

export const HTML_STYLE = `
body { font-family: 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'Microsoft YaHei', sans-serif; margin: 0; color: #1f2933; background: #f4f6f9; }
header { background: #1f3a5f; color: #fff; padding: 16px 24px; }
header h1 { margin: 0; font-size: 22px; }
main { padding: 16px 24px; max-width: 1600px; }
section, article { background: #fff; border: 1px solid #d8dee8; border-radius: 6px; padding: 12px 16px; margin: 0 0 16px; }
article { content-visibility: auto; contain-intrinsic-size: auto 1600px; }
@media print { article { content-visibility: visible; } }
h2 { font-size: 18px; margin: 4px 0 12px; }
h3 { font-size: 16px; margin: 4px 0 8px; }
h4 { font-size: 14px; margin: 14px 0 6px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid #d8dee8; border-radius: 6px; padding: 8px 14px; min-width: 140px; }
.card b { display: block; font-size: 20px; }
table { border-collapse: collapse; margin: 4px 0; font-size: 13px; }
th, td { border: 1px solid #d8dee8; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
th button:focus-visible { outline: 2px solid #1f6fd1; outline-offset: 2px; }
th[aria-sort='ascending'] button::after { content: ' ▲'; }
th[aria-sort='descending'] button::after { content: ' ▼'; }
.diagram { overflow-x: auto; border: 1px solid #e1e6ee; margin: 6px 0 12px; min-height: 120px; }
.diagram svg { display: block; }
.muted { color: #5b6b82; }
`;
