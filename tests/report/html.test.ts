// index.html: self-contained (no network references), CSP allowing exactly its inline scripts,
// sortable tables, hostile text inert; a reduced, readable shape is pinned rather than whole SVGs.

import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, renderCatalogueDiagrams, renderHtml, renderHtmlPages, type ItemDiagrams } from '../../src/report/index.js';
import { HOSTILE, sampleResult } from './sample-result.js';

let html = '';
let diagrams: Map<string, ItemDiagrams>;

beforeAll(async () => {
  diagrams = await renderCatalogueDiagrams(sampleResult().items, { workers: 0 });
  html = renderHtml(sampleResult(), diagrams);
});

/** Every [element, attribute, value] of the page's real tags (text '<' is always escaped, so tags are markup). */
function attributesOf(page: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const tag of page.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    for (const a of (tag[2] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) out.push([tag[1] ?? '', a[1] ?? '', a[2] ?? '']);
  }
  return out;
}

const textOf = (fragment: string): string => fragment.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

describe('renderHtml', () => {
  it('references nothing outside the page', () => {
    // The only http: text is the SVG namespace name, which is never fetched.
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:|\/\/[a-z]/i);
    const attributes = attributesOf(html);
    expect(attributes.filter(([, name]) => /^(src|srcset|action|formaction|poster|background|xlink:href)$/i.test(name))).toEqual([]);
    for (const [, name, value] of attributes.filter(([, n]) => n === 'href')) expect(`${name}=${value}`).toMatch(/^href=#item-\d+$/);
    expect(attributes.length).toBeGreaterThan(1000);
  });

  it('runs three inline scripts, allowed by their SHA-256 in a strict CSP; every other script element is inert SVG text', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    const code = scripts.filter((m) => m[1] === '');
    expect(code).toHaveLength(3);
    const hashes = code.map((m) => `'sha256-${createHash('sha256').update(m[2]!, 'utf8').digest('base64')}'`).join(' ');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(csp).toBe(`default-src 'none'; style-src 'unsafe-inline'; script-src ${hashes}; img-src data:; base-uri 'none'; form-action 'none'`);
    // A non-JavaScript type is never run; each such element holds exactly one SVG.
    const inert = scripts.filter((m) => m[1] !== '');
    expect(inert).toHaveLength(9);
    for (const m of inert) {
      expect(m[1]).toBe(' type="image/svg+xml"');
      expect(m[2]).toMatch(/^<svg [\s\S]*<\/svg>\s*$/);
    }
  });

  it('keeps embedded markup inert even if it held "</script" or "<!--"', () => {
    const code = sampleResult().items[0]!.itemCode;
    const crafted = '<svg xmlns="http://www.w3.org/2000/svg"><text>a</SCRIPT><script>alert(1)</script><!--<script>--></text></svg>';
    const page = renderHtml(sampleResult(), new Map([[code, { original: crafted, beforeAfter: crafted, gantt: crafted }]]));
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    // Three page scripts and three inert holders: nothing of the crafted markup became an element.
    expect(scripts.map((m) => m[1])).toEqual([' type="image/svg+xml"', ' type="image/svg+xml"', ' type="image/svg+xml"', '', '', '']);
    // An opening <script> is plain text inside script data; only an end tag or "<!--" could break out.
    expect(scripts[0]![2]).toBe('<svg xmlns="http://www.w3.org/2000/svg"><text>a&lt;/SCRIPT><script>alert(1)&lt;/script>&lt;!--<script>--></text></svg>');
  });

  it('keeps hostile text inert', () => {
    expect(html).not.toMatch(/<img|<b>粗体|<script>alert/i);
    expect(attributesOf(html).filter(([, name]) => /^on/i.test(name))).toEqual([]);
    expect([...new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort()).toEqual(
      ['a', 'article', 'b', 'body', 'br', 'button', 'circle', 'code', 'div', 'figcaption', 'figure', 'g', 'h1', 'h2', 'h3', 'h4', 'head', 'header', 'html', 'input', 'label', 'line', 'main', 'meta', 'option', 'p', 'path', 'polygon', 'rect', 'script', 'section', 'select', 'style', 'svg', 'table', 'tbody', 'td', 'text', 'th', 'thead', 'title', 'tr'],
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(`data-item-code="${HOSTILE.itemCode}"`);
  });

  it('has sortable, keyboard-operable ranking and department tables', () => {
    const ranking = /<table class="sortable" id="ranking">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const headers = [...ranking.matchAll(/<th scope="col" aria-sort="(\w+)"><button type="button" data-col="(\d+)" data-type="(\w+)">([^<]*)<\/button><\/th>/g)].map((m) => [m[4], m[1], m[3]]);
    expect(headers).toEqual([
      ['事项编码', 'none', 'text'],
      ['事项名称', 'none', 'text'],
      ['牵头部门', 'none', 'text'],
      ['时长（工作日）', 'none', 'number'],
      ['最优方案', 'none', 'text'],
      ['方案时长（工作日）', 'none', 'number'],
      ['可节省（工作日）', 'descending', 'number'],
      ['发现', 'none', 'number'],
      ['到场次数：现状 → 方案', 'none', 'number'],
      ['按承诺办结概率：现状 → 方案（蒙特卡洛）', 'none', 'number'],
    ]);
    const rows = [...ranking.matchAll(/<tr[^>]*><td[\s\S]*?<\/tr>/g)].map((m) => [...m[0].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => textOf(c[1]!)));
    expect(rows).toEqual([
      ['11371400MB0000000X-001', '建设工程规划许可', '市自然资源和规划局', '16', '并联审批＋环节合并', '12', '4', '5', '2 → 2', '—'],
      ['../../etc/x', '=1+1 &lt;b&gt;粗体&lt;/b&gt; | 管道 &amp; &quot;引号&quot; &#39;单引号&#39;', '&quot; onload=&quot;alert(2)', '4', '=remove&lt;pass-through&gt;', '3', '1', '1', '1 → 1', '—'],
      ['CHAIN-001', '个体工商户设立登记', '区市场监督管理局', '4.5', '—', '—', '0', '0', '1 → 1', '—'],
    ]);
    expect(html).toContain('<table class="sortable" id="departments">');
  });

  it('shows every item with its diagrams (as inert SVG text), in a readable outline', () => {
    const outline = [...html.matchAll(/<(h[1-4])[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => `${m[1]} ${textOf(m[2]!)}`);
    expect(outline).toEqual([
      'h1 办理流程分析报告',
      'h2 总览',
      'h2 查找事项',
      'h2 按可节省时间排序',
      'h2 发现类型统计',
      'h2 节省时间最多的十项措施',
      'h2 减少到场最多的十项措施',
      'h2 无更快方案的事项',
      'h2 按牵头部门统计',
      'h2 输入问题',
      'h2 事项详情',
      'h3 CHAIN-001 个体工商户设立登记',
      'h4 发现的问题',
      'h4 优化方案',
      'h4 流程图',
      'h3 11371400MB0000000X-001 建设工程规划许可',
      'h4 发现的问题',
      'h4 优化方案',
      'h4 流程图',
      'h3 ../../etc/x =1+1 &lt;b&gt;粗体&lt;/b&gt; | 管道 &amp; &quot;引号&quot; &#39;单引号&#39;',
      'h4 发现的问题',
      'h4 优化方案',
      'h4 流程图',
    ]);
    expect([...html.matchAll(/<figure class="diagram" data-variant="(\w+)"><figcaption>[^<]*<\/figcaption><div class="drawing"><script type="image\/svg\+xml"><svg /g)].map((m) => m[1])).toEqual(
      Array.from({ length: 3 }, () => ['original', 'beforeAfter', 'gantt']).flat(),
    );
    const cards = [...html.matchAll(/<div class="card"><b>([^<]*)<\/b>([^<]*)<\/div>/g)].map((m) => `${m[2]}: ${m[1]}`);
    expect(cards).toEqual([
      '事项: 3',
      '环节: 15',
      '有发现的事项: 2',
      '有更快方案的事项: 2',
      // Medians per item, never a sum of days across items.
      '单个事项时长中位数：现状 → 最优方案: 4.5 个工作日 → 4.5 个工作日',
      '有更快方案的事项可节省时长中位数: 2.5 个工作日',
      '申请人到场次数（各事项合计）：现状 → 最优方案: 4 → 4',
      '时限未填的事项: 0',
      '超出承诺时限的事项: 1',
      '输入错误: 1',
    ]);
  });

  it('notes items whose diagrams were not rendered', () => {
    expect(renderHtml(sampleResult(), new Map())).toContain('未生成流程图。');
  });
});

describe('item pages (a catalogue of more items than a page holds)', () => {
  it('htmlPages: none while every item fits on index.html, else pages of pageSize items', () => {
    expect(htmlPages(500)).toEqual([]);
    expect(htmlPages(501).map((p) => [p.fileName, p.first, p.end])).toEqual([
      ['items-001.html', 0, 500],
      ['items-002.html', 500, 501],
    ]);
    expect(htmlPages(5, { pageSize: 2 }).map((p) => [p.first, p.end])).toEqual([[0, 2], [2, 4], [4, 5]]);
    expect(htmlPages(5000, { pageSize: 0 })).toEqual([]);
    expect(htmlPages(0, { pageSize: 2 })).toEqual([]);
  });

  it('index.html keeps the tables and lists the pages; the ranking links each item on its page', () => {
    const result = sampleResult();
    const index = renderHtml(result, diagrams, { pageSize: 2 });
    expect(index).not.toContain('<article');
    expect(index).not.toContain('<script type="image/svg+xml">');
    const pageLinks = [...index.matchAll(/<li><a href="(items-\d+\.html)">([^<]*)<\/a><\/li>/g)].map((m) => m[1]);
    expect(pageLinks).toEqual(['items-001.html', 'items-002.html']);
    const hrefs = attributesOf(index).filter(([, name]) => name === 'href').map(([, , value]) => value);
    expect([...new Set(hrefs.filter((v) => v.includes('#')))].sort()).toEqual(['items-001.html#item-0', 'items-001.html#item-1', 'items-002.html#item-2']);
    // The same CSP and scripts as a single page.
    expect(index.match(/Content-Security-Policy" content="([^"]*)"/)?.[1]).toBe(html.match(/Content-Security-Policy" content="([^"]*)"/)?.[1]);
  });

  it('each page holds its items in order, with their diagrams, escaped, and links back to index.html', () => {
    const result = sampleResult();
    const pages = renderHtmlPages(result, diagrams, { pageSize: 2 });
    expect(pages.map((p) => p.fileName)).toEqual(['items-001.html', 'items-002.html']);
    const articles = (page: string): string[] => [...page.matchAll(/<article id="(item-\d+)" data-item-code="([^"]*)"/g)].map((m) => m[1]!);
    expect(pages.map((p) => articles(p.html))).toEqual([['item-0', 'item-1'], ['item-2']]);
    // The item sections are the single page's, byte for byte.
    const section = (page: string, id: string): string => page.slice(page.indexOf(`<article id="${id}"`), page.indexOf('</article>', page.indexOf(`<article id="${id}"`)));
    expect(section(pages[1]!.html, 'item-2')).toBe(section(html, 'item-2'));
    expect(pages[1]!.html.match(/<script type="image\/svg\+xml">/g)).toHaveLength(3);
    for (const { html: page } of pages) {
      expect(page).toContain('<a href="index.html">');
      expect(page).not.toContain(HOSTILE);
      expect(page.match(/Content-Security-Policy" content="([^"]*)"/)?.[1]).toBe(html.match(/Content-Security-Policy" content="([^"]*)"/)?.[1]);
    }
  });

  it('renderHtmlPages gives nothing when every item fits on index.html', () => {
    expect(renderHtmlPages(sampleResult(), diagrams)).toEqual([]);
  });
});
