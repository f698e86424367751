// Gantt chart of CPM schedules on a working-day axis: one panel per variant (original, candidate),
// one row per step ordered by earliest start; the wait is drawn lighter before the work, and
// critical steps (slack 0) are highlighted. Panels share one day scale so they compare directly.

import type { ScheduleEntry, Step } from '../../domain/index.js';
import { escapeXml } from '../escape.js';
import { formatDays } from '../figures.js';
import { LINE_HEIGHT } from './layout.js';
import { PALETTE, num, renderLegend, svgDocument, svgText } from './svg.js';
import { estimateTextWidth, wrapText } from './text-width.js';

export interface GanttPanel {
  heading: string;
  steps: readonly Step[];
  schedule: readonly ScheduleEntry[];
}

const LABEL_FONT = 12;
const LABEL_MAX = 240;
const TITLE_BAND = 30;
const HEADING_ROW = 26;
const AXIS_ROW = 20;
const BAR_HEIGHT = 12;
const TICK_STEPS = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

interface Row {
  step: Step;
  entry: ScheduleEntry;
  lines: string[];
  height: number;
}

function rowsOf(panel: GanttPanel): Row[] {
  const byId = new Map(panel.schedule.map((e) => [e.stepId, e]));
  const rows = panel.steps.map((step, index) => {
    const entry = byId.get(step.id) ?? {
      stepId: step.id, earliestStart: 0, earliestFinish: 0, latestStart: 0, latestFinish: 0, slack: 0, critical: false,
    };
    const lines = wrapText(`${step.id} ${step.name}`, LABEL_FONT, LABEL_MAX);
    return { step, entry, lines, index, height: Math.max(24, lines.length * LABEL_FONT * LINE_HEIGHT + 8) };
  });
  rows.sort((a, b) => a.entry.earliestStart - b.entry.earliestStart || a.index - b.index);
  return rows;
}

/** A Gantt chart of one or more schedules as a standalone SVG document. */
export function renderGanttSvg(panels: readonly GanttPanel[], options: { title?: string } = {}): string {
  const title = options.title ?? '进度甘特图 schedule (working days)';
  const panelRows = panels.map(rowsOf);
  const allRows = panelRows.flat();
  const maxDays = Math.max(1, ...allRows.map((r) => r.entry.earliestFinish));
  const pxPerDay = Math.min(48, Math.max(6, 720 / maxDays));
  const tick = TICK_STEPS.find((s) => maxDays / s <= 15) ?? 1000;
  const labelWidth = Math.ceil(Math.max(80, ...allRows.flatMap((r) => r.lines.map((l) => estimateTextWidth(l, LABEL_FONT)))) + 16);
  const x0 = labelWidth + 8;
  const chartWidth = maxDays * pxPerDay;
  const width = Math.max(560, Math.ceil(x0 + chartWidth + 40));

  const parts: string[] = [svgText(8, 20, title, { size: 15, bold: true })];
  let y = TITLE_BAND;
  panels.forEach((panel, p) => {
    const rows = panelRows[p] ?? [];
    parts.push(`<g class="gantt-panel" data-panel="${p}">`);
    parts.push(svgText(8, y + 18, panel.heading, { size: 13, bold: true }));
    y += HEADING_ROW;
    const rowsHeight = rows.reduce((s, r) => s + r.height, 0);
    // Axis: ticks and grid lines over the panel's rows.
    for (let d = 0; d <= maxDays + 1e-9; d += tick) {
      const x = x0 + d * pxPerDay;
      parts.push(`<line x1="${num(x)}" y1="${num(y + AXIS_ROW - 4)}" x2="${num(x)}" y2="${num(y + AXIS_ROW + rowsHeight)}" stroke="#e1e6ee"/>`);
      parts.push(svgText(x, y + 12, formatDays(d), { size: 11, anchor: 'middle', fill: PALETTE.muted }));
    }
    y += AXIS_ROW;
    rows.forEach((row, r) => {
      if (r % 2 === 1) parts.push(`<rect x="0" y="${num(y)}" width="${num(width)}" height="${num(row.height)}" fill="#f5f8fc"/>`);
      const textTop = y + (row.height - row.lines.length * LABEL_FONT * LINE_HEIGHT) / 2;
      row.lines.forEach((line, k) => parts.push(svgText(8, textTop + k * LABEL_FONT * LINE_HEIGHT + LABEL_FONT, line, { size: LABEL_FONT })));
      const { entry, step } = row;
      const span = Math.max(0, entry.earliestFinish - entry.earliestStart);
      const wait = Math.min(Math.max(0, step.waitDays), span);
      const barY = y + (row.height - BAR_HEIGHT) / 2;
      const waitX = x0 + entry.earliestStart * pxPerDay;
      const workX = waitX + wait * pxPerDay;
      const workW = Math.max(2, (span - wait) * pxPerDay);
      const color = entry.critical ? PALETTE.critical : PALETTE.work;
      const tip = `${step.id} ${step.name}: ${formatDays(entry.earliestStart)} → ${formatDays(entry.earliestFinish)} 天` +
        (wait > 0 ? ` (等待 ${formatDays(wait)} 天)` : '') + (entry.critical ? ' · 关键 critical' : ` · 机动 slack ${formatDays(entry.slack)}`);
      parts.push(
        `<g class="bar${entry.critical ? ' critical' : ''}" data-step-id="${escapeXml(step.id)}"><title>${escapeXml(tip)}</title>` +
          (wait > 0 ? `<rect class="wait" x="${num(waitX)}" y="${num(barY)}" width="${num(wait * pxPerDay)}" height="${BAR_HEIGHT}" fill="${PALETTE.wait}"/>` : '') +
          `<rect class="work" x="${num(workX)}" y="${num(barY)}" width="${num(workW)}" height="${BAR_HEIGHT}" fill="${color}"/></g>`,
      );
      y += row.height;
    });
    parts.push('</g>');
    y += 10;
  });
  const legend = renderLegend(
    [
      { sample: `<rect x="1" y="2" width="26" height="12" fill="${PALETTE.wait}"/>`, label: '等待 wait' },
      { sample: `<rect x="1" y="2" width="26" height="12" fill="${PALETTE.work}"/>`, label: '办理 work' },
      { sample: `<rect x="1" y="2" width="26" height="12" fill="${PALETTE.critical}"/>`, label: '关键环节 critical step' },
    ],
    8,
    y + 6,
    width - 16,
  );
  parts.push(legend.svg);
  const height = y + 6 + legend.height + 8;
  return svgDocument(width, height, title, `<rect width="100%" height="100%" fill="#ffffff"/>\n${parts.join('\n')}\n`);
}
