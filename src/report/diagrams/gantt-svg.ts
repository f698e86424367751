// Gantt chart of CPM schedules on a working-day axis: one panel per variant (original, candidate),
// one row per step ordered by earliest start; the wait is drawn lighter before the work, critical
// steps (slack 0) are highlighted, steps off the statutory clock (听证, 专家评审 … 行政许可法 Art. 45)
// are marked, and a step whose time is not given says 时限未填 instead of a zero-width bar. The
// 承诺时限 and 法定时限 are vertical lines. Panels share one day scale so they compare directly.
// With dates (--start-date) the axis is calendar days from the 受理 date with the non-working days
// shaded, each bar over the days it covers (date-axis.ts); without, working days from the start.

import type { ScheduleEntry, Step } from '../../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, type Lang } from '../../i18n/index.js';
import { escapeXml } from '../escape.js';
import { daysText, formatDays } from '../figures.js';
import { buildDateAxis, dateLabel, spanOnAxis, type DateAxis, type GanttDates } from './date-axis.js';
import { maxOf } from './extent.js';
import { LINE_HEIGHT } from './layout.js';
import { PALETTE, num, renderLegend, svgDocument, svgText, type LegendEntry } from './svg.js';
import { estimateTextWidth, wrapText } from './text-width.js';

export interface GanttPanel {
  heading: string;
  steps: readonly Step[];
  schedule: readonly ScheduleEntry[];
}

export interface GanttOptions {
  title?: string;
  /** The item's limits, drawn as vertical lines (null: not given). */
  promisedLimitDays?: number | null;
  legalLimitDays?: number | null;
  /** The language of the labels (default zh-CN). */
  lang?: Lang;
  /** The item's dates (--start-date): a calendar-day axis with the non-working days shaded. */
  dates?: GanttDates;
}

const LABEL_FONT = 12;
const LABEL_MAX = 240;
const TITLE_BAND = 30;
const HEADING_ROW = 26;
const NOTE_ROW = 18;
const AXIS_ROW = 46;
const BAR_HEIGHT = 12;
const TICK_STEPS = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
/** Calendar days between date labels: the first that leaves room for the label. */
const DATE_TICK_STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364, 728, 1456, 2912];
const NON_WORKING_FILL = '#e4e7ec';

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

/** A finite, non-negative number of days (anything else counts 0). */
const days = (x: number | null | undefined): number => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : 0);

/** A Gantt chart of one or more schedules as a standalone SVG document. */
export function renderGanttSvg(panels: readonly GanttPanel[], options: GanttOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANG;
  const t = REPORT_TEXT[lang];
  const title = options.title ?? t.diagramVariants.gantt;
  const panelRows = panels.map(rowsOf);
  const allRows = panelRows.flat();
  interface Limit {
    days: number;
    color: string;
    text: (d: string) => string;
    key: 'promised' | 'legal';
  }
  const limits: Limit[] = [];
  const promised = options.promisedLimitDays ?? null;
  const legal = options.legalLimitDays ?? null;
  if (promised !== null && Number.isFinite(promised) && promised >= 0) limits.push({ days: promised, color: PALETTE.promised, text: (d) => t.ganttPromised({ days: d }), key: 'promised' });
  if (legal !== null && Number.isFinite(legal) && legal >= 0) limits.push({ days: legal, color: PALETTE.legal, text: (d) => t.ganttLegal({ days: d }), key: 'legal' });
  const maxDays = maxOf(allRows.map((r) => days(r.entry.earliestFinish)), maxOf(limits.map((l) => l.days), 1));
  const axis = options.dates === undefined ? null : buildDateAxis(options.dates, maxDays);
  const axisTitle = axis !== null && options.dates !== undefined ? t.ganttDateAxis({ start: options.dates.startDate }) : t.ganttAxis;
  // A working day, or (with dates) a calendar day.
  const columns = axis === null ? maxDays : axis.days.length;
  const pxPerDay = axis === null ? Math.min(48, Math.max(2, 720 / maxDays)) : Math.min(28, Math.max(2, 720 / columns));
  const tick = TICK_STEPS.find((s) => maxDays / s <= 15) ?? 10000;
  const labelWidth = Math.ceil(maxOf(allRows.flatMap((r) => r.lines.map((l) => estimateTextWidth(l, LABEL_FONT))), Math.max(100, estimateTextWidth(axisTitle, 11))) + 16);
  const x0 = labelWidth + 8;
  const chartWidth = columns * pxPerDay;
  const limitX = (limit: number): number => x0 + (axis === null ? limit : axis.finishAt(limit)) * pxPerDay;
  // Room on the right for the limit lines' labels ("法定时限 20 个工作日"), drawn from the line rightwards.
  const limitLabelsEnd = maxOf(limits.map((l) => limitX(l.days) + 3 + estimateTextWidth(l.text(formatDays(l.days)), 11) + 8), 0);
  const width = Math.max(560, Math.ceil(x0 + chartWidth + 120), Math.ceil(limitLabelsEnd));
  const used = { wait: false, offClock: false, critical: false, unknown: false, nonWorking: false };
  const box = (entry: ScheduleEntry, step: Step): BarBox => (axis === null ? linearBox(entry, step, x0, pxPerDay) : datedBox(entry, step, axis, x0, pxPerDay));

  const parts: string[] = [svgText(8, 20, title, { size: 15, bold: true })];
  let y = TITLE_BAND;
  panels.forEach((panel, p) => {
    const rows = panelRows[p] ?? [];
    parts.push(`<g class="gantt-panel" data-panel="${p}">`);
    parts.push(svgText(8, y + 18, panel.heading, { size: 13, bold: true }));
    y += HEADING_ROW;
    const unknown = rows.filter((r) => r.step.durationMissing).map((r) => r.step.id);
    if (unknown.length > 0) {
      parts.push(svgText(8, y + 12, t.ganttIncomplete({ steps: unknown.join(t.listSeparator) }), { size: 12, fill: PALETTE.warn }));
      y += NOTE_ROW;
    }
    const rowsHeight = rows.reduce((s, r) => s + r.height, 0);
    // Axis: its unit, ticks and grid lines over the panel's rows; the limits as labelled lines.
    parts.push(svgText(x0 - 8, y + 12, axisTitle, { size: 11, anchor: 'end', fill: PALETTE.muted }));
    if (axis === null) {
      for (let d = 0; d <= maxDays + 1e-9; d += tick) {
        const x = x0 + d * pxPerDay;
        parts.push(`<line x1="${num(x)}" y1="${num(y + AXIS_ROW - 4)}" x2="${num(x)}" y2="${num(y + AXIS_ROW + rowsHeight)}" stroke="#e1e6ee"/>`);
        parts.push(svgText(x, y + 12, formatDays(d), { size: 11, anchor: 'middle', fill: PALETTE.muted }));
      }
    } else {
      renderDateTicks(parts, axis, x0, pxPerDay, y, rowsHeight);
    }
    limits.forEach((limit, k) => {
      const x = limitX(limit.days);
      parts.push(
        `<g class="limit ${limit.key}"><line x1="${num(x)}" y1="${num(y + 16)}" x2="${num(x)}" y2="${num(y + AXIS_ROW + rowsHeight)}" stroke="${limit.color}" stroke-width="2" stroke-dasharray="6 3"/>` +
          svgText(x + 3, y + 27 + k * 13, limit.text(formatDays(limit.days)), { size: 11, fill: limit.color }) +
          '</g>',
      );
    });
    y += AXIS_ROW;
    // With dates the bars come after the shading, which comes after the rows' stripes.
    const bars = axis === null ? parts : [];
    const rowsTop = y;
    rows.forEach((row, r) => {
      if (r % 2 === 1) parts.push(`<rect x="0" y="${num(y)}" width="${num(width)}" height="${num(row.height)}" fill="#f5f8fc"/>`);
      const textTop = y + (row.height - row.lines.length * LABEL_FONT * LINE_HEIGHT) / 2;
      row.lines.forEach((line, k) => parts.push(svgText(8, textTop + k * LABEL_FONT * LINE_HEIGHT + LABEL_FONT, line, { size: LABEL_FONT })));
      bars.push(renderBar(row, y, box(row.entry, row.step), axis, lang, used));
      y += row.height;
    });
    if (axis !== null) {
      if (renderNonWorkingDays(parts, axis, x0, pxPerDay, rowsTop - 4, rowsHeight + 4)) used.nonWorking = true;
      parts.push(...bars);
    }
    parts.push('</g>');
    y += 10;
  });
  const legend: LegendEntry[] = [];
  if (used.nonWorking) legend.push({ sample: `<rect x="1" y="1" width="26" height="14" fill="${NON_WORKING_FILL}"/>`, label: t.ganttNonWorking });
  if (used.wait) legend.push({ sample: `<rect x="1" y="2" width="26" height="12" fill="${PALETTE.wait}"/>`, label: t.ganttWait });
  legend.push({ sample: `<rect x="1" y="2" width="26" height="12" fill="${PALETTE.work}"/>`, label: t.ganttWork });
  if (used.critical) legend.push({ sample: `<rect x="1" y="2" width="26" height="12" fill="${PALETTE.critical}"/>`, label: t.ganttCritical });
  if (used.offClock) legend.push({ sample: offClockSample(), label: t.ganttOffClock });
  if (used.unknown) legend.push({ sample: svgText(14, 12, '?', { size: 12, bold: true, anchor: 'middle', fill: PALETTE.warn }), label: t.legendUnknownTime });
  for (const limit of limits) {
    legend.push({
      sample: `<path d="M14,1 L14,15" stroke="${limit.color}" stroke-width="2" stroke-dasharray="6 3"/>`,
      label: limit.key === 'promised' ? t.ganttPromisedLegend : t.ganttLegalLegend,
    });
  }
  const drawn = renderLegend(legend, 8, y + 6, width - 16);
  parts.push(drawn.svg);
  const height = y + 6 + drawn.height + 8;
  return svgDocument(width, height, title, `<rect width="100%" height="100%" fill="#ffffff"/>\n${parts.join('\n')}\n`);
}

function offClockSample(): string {
  return `<rect x="1" y="2" width="26" height="12" fill="${PALETTE.offClock}" stroke="${PALETTE.work}" stroke-dasharray="3 2"/>`;
}

/** Where a step's bar lies: its wait and its work (the work's width before the 2-pixel minimum). */
interface BarBox {
  start: number;
  span: number;
  wait: number;
  waitX: number;
  waitW: number;
  workX: number;
  workW: number;
}

/** The step's start, span and wait in working days, as the chart draws them. */
function barDays(entry: ScheduleEntry, step: Step): { start: number; span: number; wait: number } {
  const start = days(entry.earliestStart);
  const span = Math.max(0, days(entry.earliestFinish) - start);
  return { start, span, wait: Math.min(days(step.waitDays), span) };
}

/** A bar on the working-day axis. */
function linearBox(entry: ScheduleEntry, step: Step, x0: number, pxPerDay: number): BarBox {
  const { start, span, wait } = barDays(entry, step);
  const waitX = x0 + start * pxPerDay;
  return { start, span, wait, waitX, waitW: wait * pxPerDay, workX: waitX + wait * pxPerDay, workW: (span - wait) * pxPerDay };
}

/** A bar on the calendar-day axis: the wait and the work each over the days they cover. */
function datedBox(entry: ScheduleEntry, step: Step, axis: DateAxis, x0: number, pxPerDay: number): BarBox {
  const { start, span, wait } = barDays(entry, step);
  const [waitLeft, waitRight] = spanOnAxis(axis, start, start + wait);
  const [workLeft, workRight] = spanOnAxis(axis, start + wait, start + span);
  return {
    start,
    span,
    wait,
    waitX: x0 + waitLeft * pxPerDay,
    waitW: (waitRight - waitLeft) * pxPerDay,
    workX: x0 + workLeft * pxPerDay,
    workW: (workRight - workLeft) * pxPerDay,
  };
}

/** The calendar date (ISO) of the day holding a position on the axis, in days from its left edge. */
function dayAt(axis: DateAxis, position: number, finish: boolean): string | undefined {
  const index = finish ? Math.max(0, Math.ceil(position - 1e-9) - 1) : Math.floor(position + 1e-9);
  return axis.days[Math.min(index, axis.days.length - 1)]?.iso;
}

/** Shades the axis's non-working days, consecutive ones as one band; whether any was drawn. */
function renderNonWorkingDays(parts: string[], axis: DateAxis, x0: number, pxPerDay: number, top: number, height: number): boolean {
  let drawn = false;
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart < 0) return;
    const from = axis.days[runStart]?.iso ?? '';
    const to = axis.days[end - 1]?.iso ?? '';
    parts.push(
      `<rect class="non-working" data-from="${from}" data-to="${to}" x="${num(x0 + runStart * pxPerDay)}" y="${num(top)}" width="${num((end - runStart) * pxPerDay)}" height="${num(height)}" fill="${NON_WORKING_FILL}"/>`,
    );
    drawn = true;
    runStart = -1;
  };
  axis.days.forEach((day, i) => {
    if (!day.working && runStart < 0) runStart = i;
    else if (day.working) flush(i);
  });
  flush(axis.days.length);
  return drawn;
}

/** Date labels (MM-DD) at day boundaries spaced to fit, with grid lines; the start date always labelled. */
function renderDateTicks(parts: string[], axis: DateAxis, x0: number, pxPerDay: number, y: number, rowsHeight: number): void {
  const start = axis.days[0]?.iso ?? '';
  const spansYears = (axis.days.at(-1)?.iso ?? start).slice(0, 4) !== start.slice(0, 4);
  const room = spansYears ? 64 : 36;
  const step = DATE_TICK_STEPS.find((s) => s * pxPerDay >= room) ?? DATE_TICK_STEPS[DATE_TICK_STEPS.length - 1]!;
  for (let i = 0; i < axis.days.length; i += step) {
    const day = axis.days[i];
    if (day === undefined) break;
    const x = x0 + i * pxPerDay;
    parts.push(`<line x1="${num(x)}" y1="${num(y + AXIS_ROW - 4)}" x2="${num(x)}" y2="${num(y + AXIS_ROW + rowsHeight)}" stroke="#d3d9e2"/>`);
    parts.push(svgText(x + (step === 1 ? pxPerDay / 2 : 0), y + 12, dateLabel(day.iso, start), { size: 10, anchor: step === 1 ? 'middle' : 'start', fill: PALETTE.muted }));
  }
}

function renderBar(row: Row, y: number, geometry: BarBox, axis: DateAxis | null, lang: Lang, used: { wait: boolean; offClock: boolean; critical: boolean; unknown: boolean }): string {
  const t = REPORT_TEXT[lang];
  const { entry, step } = row;
  const { start, span, wait, waitX, workX } = geometry;
  const barY = y + (row.height - BAR_HEIGHT) / 2;
  const offClock = !step.countsTowardLimit;
  const first = axis === null ? undefined : dayAt(axis, span > 0 ? axis.startAt(start) : axis.finishAt(start), span <= 0);
  const last = axis === null ? undefined : dayAt(axis, axis.finishAt(start + span), true);
  const dated = first !== undefined && last !== undefined ? t.ganttDatesTip({ start: first, finish: last }) : '';
  const tip = t.ganttTooltip({
    label: `${step.id} ${step.name}`,
    start: formatDays(start),
    finish: formatDays(start + span),
    wait: wait > 0 ? t.wait({ days: formatDays(wait) }) : null,
    critical: entry.critical,
    slack: formatDays(entry.slack),
    offClock,
  }) + dated;
  const classes = ['bar', entry.critical && 'critical', offClock && 'off-clock', step.durationMissing && 'unknown'].filter(Boolean).join(' ');
  const parts = [`<g class="${classes}" data-step-id="${escapeXml(step.id)}"><title>${escapeXml(step.durationMissing ? `${tip} · ${t.unknownTime}` : tip)}</title>`];
  if (wait > 0) {
    used.wait = true;
    parts.push(`<rect class="wait" x="${num(waitX)}" y="${num(barY)}" width="${num(geometry.waitW)}" height="${BAR_HEIGHT}" fill="${PALETTE.wait}"/>`);
  }
  if (step.durationMissing) {
    // No bar of zero width: the words say the time is unknown.
    used.unknown = true;
    parts.push(svgText(workX + 2, barY + BAR_HEIGHT - 1, `? ${t.unknownTime}`, { size: 11, bold: true, fill: PALETTE.warn }));
  } else {
    const workW = Math.max(2, geometry.workW);
    if (entry.critical) used.critical = true;
    if (offClock) used.offClock = true;
    const fill = offClock ? PALETTE.offClock : entry.critical ? PALETTE.critical : PALETTE.work;
    const outline = offClock ? ` stroke="${entry.critical ? PALETTE.critical : PALETTE.work}" stroke-dasharray="3 2"` : '';
    parts.push(`<rect class="work" x="${num(workX)}" y="${num(barY)}" width="${num(workW)}" height="${BAR_HEIGHT}" fill="${fill}"${outline}/>`);
    if (span - wait > 0 && geometry.workW < 2) {
      // A step of a day's fraction too thin to see: its time beside it.
      parts.push(svgText(workX + workW + 3, barY + BAR_HEIGHT - 1, daysText(span - wait, lang), { size: 10, fill: PALETTE.muted }));
    }
  }
  parts.push('</g>');
  return parts.join('');
}
