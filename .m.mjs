import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window; globalThis.document = dom.window.document;
const t = performance.now();
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
console.log('load', Math.round(performance.now() - t));
for (const text of ['flowchart LR\n  subgraph L1["窗口"]\n    s1["受理 &quot;x&quot;"]\n  end\n  s1 --> s2\n  classDef critical stroke-width:3px\n  class s1 critical\n  linkStyle 0 stroke-width:3px', 'gantt\n  dateFormat X\n  axisFormat %s\n  section 窗口\n  受理 :s1, 0, 1\n  审批 :crit, s2, after s1, 2', 'flowchart LR\n a-->']) {
  try { const r = await mermaid.parse(text); console.log('ok', JSON.stringify(r)); } catch (e) { console.log('ERR', e.message.slice(0, 200)); }
}
