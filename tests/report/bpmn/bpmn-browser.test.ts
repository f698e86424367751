// The BPMN files open in bpmn-js (bpmn.io's viewer, the base of the common modelers) in real headless
// Chromium (Debian's /usr/bin/chromium via playwright-core) with no import warning, every lane shown.
// Skipped only when Chromium is missing outside CI.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSources } from '../../../src/pipeline/index.js';
import { renderBpmn } from '../../../src/report/index.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const MODELS = new URL('../../../models/', import.meta.url);

/** Runs in the page: imports the XML, fits it and counts what is drawn (labels apart). */
const IMPORT_AND_COUNT = `(async () => {
  const viewer = new BpmnJS({ container: '#canvas' });
  const { warnings } = await viewer.importXML(%XML%);
  viewer.get('canvas').zoom('fit-viewport');
  const shapes = (prefix) => [...document.querySelectorAll('.djs-element[data-element-id^="' + prefix + '"]:not([data-element-id$="_label"])')];
  const lanes = shapes('Lane_').map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0).length;
  const result = { warnings: warnings.map((w) => w.message), lanes, tasks: shapes('Task_').length, flows: shapes('Flow_').length };
  viewer.destroy();
  return result;
})()`;

describe.skipIf(skip)('BPMN files in bpmn-js', () => {
  let browser: Browser;
  let page: string;

  beforeAll(async () => {
    const resolve = createRequire(import.meta.url).resolve;
    const dist = resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
    const css = ['diagram-js.css', 'bpmn-js.css'].map((f) => readFileSync(resolve(`bpmn-js/dist/assets/${f}`), 'utf8')).join('\n');
    page = `<!doctype html><meta charset="utf-8"><style>${css} html,body,#canvas{margin:0;width:100%;height:100%}</style><div id="canvas"></div><script>${readFileSync(dist, 'utf8')}</script>`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('every bundled example, original and best, imports without warnings and shows every lane, task and flow', async () => {
    const files = readdirSync(MODELS).filter((f) => f.endsWith('.csv')).sort();
    const { result } = analyzeSources(files.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(new URL(f, MODELS))) })));
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.setContent(page);
    for (const item of result.items) {
      for (const variant of ['original', 'best']) {
        const xml = await renderBpmn(item, variant);
        const shown = (await tab.evaluate(IMPORT_AND_COUNT.replace('%XML%', JSON.stringify(xml)))) as { warnings: string[]; lanes: number; tasks: number; flows: number };
        const steps = variant === 'best' && item.candidates.length > 0 ? [...item.candidates].sort((a, b) => a.durationDays - b.durationDays)[0]!.steps : item.steps;
        expect(shown.warnings, `${item.itemCode} ${variant}`).toEqual([]);
        expect(shown.lanes, `${item.itemCode} ${variant}`).toBe(new Set(steps.map((s) => s.department)).size);
        expect(shown.tasks, `${item.itemCode} ${variant}`).toBe(steps.length);
        expect(shown.flows).toBe((xml.match(/<bpmn:sequenceFlow /g) ?? []).length);
      }
    }
    expect(errors).toEqual([]);
    await tab.close();
  });
});
