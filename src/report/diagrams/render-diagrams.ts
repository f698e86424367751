// All diagrams of one item, rendered in this thread: the declared procedure, the best candidate,
// before/after (stacked) and the Gantt chart of both schedules, in the report's language. A
// procedure beyond DRAW_LIMIT gets, instead of each picture, a small SVG saying why it was not drawn.

import { ProcoptError, type ItemAnalysis, type Step } from '../../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, type Lang } from '../../i18n/index.js';
import { candidateName, daysText, findBestCandidate } from '../figures.js';
import { renderBeforeAfterSvg } from './before-after-svg.js';
import { ganttDatesOf } from './date-axis.js';
import { renderGanttSvg } from './gantt-svg.js';
import { DRAW_LIMIT, isWithin, layoutProcedure, measureDiagram, type DiagramSize, type ProcedureLayout, type ProcedureLayoutOptions } from './layout.js';
import { computeCandidateMarks, computeChangeMarks, computeDiagramMarks } from './marks.js';
import { renderProcedureSvg } from './procedure-svg.js';
import { computeSchedule } from './schedule.js';
import { PALETTE, svgDocument, svgText } from './svg.js';
import { wrapText } from './text-width.js';

/** The SVG texts drawn for one item. `best` is absent when the item has no candidate. */
export interface ItemDiagrams {
  original: string;
  best?: string;
  beforeAfter: string;
  gantt: string;
}

/** Diagram variants (the keys of ItemDiagrams), in the order reports show them; also the middle of their file names. */
export const DIAGRAM_VARIANTS = ['original', 'best', 'beforeAfter', 'gantt'] as const satisfies readonly (keyof ItemDiagrams)[];
export type DiagramVariant = keyof ItemDiagrams;

/** Picks one variant's SVG out of an item's diagrams. */
export function getDiagram(diagrams: ItemDiagrams, variant: DiagramVariant): string | undefined {
  return diagrams[variant];
}

/** An item's procedures laid out: the original, and the best candidate's where there is one. */
export interface ItemLayouts {
  original: ProcedureLayout;
  best?: ProcedureLayout;
}

function figures(lang: Lang, days: number, steps: number, visits: number, incomplete: boolean): { days: string; steps: number; visits: number } {
  return { days: incomplete ? REPORT_TEXT[lang].unknownTime : daysText(days, lang), steps, visits };
}

/** Lays out the item's original procedure and its best candidate (ELK within ELK_LIMIT, else the simple layout). */
export async function layoutItem(item: ItemAnalysis, options: ProcedureLayoutOptions = {}): Promise<ItemLayouts> {
  const best = findBestCandidate(item);
  const original = await layoutProcedure(item.steps, options);
  return best === undefined ? { original } : { original, best: await layoutProcedure(best.steps, options) };
}

/** A small SVG in place of a diagram beyond DRAW_LIMIT, saying why it is not drawn. */
export function renderTooLargeSvg(title: string, size: DiagramSize, lang: Lang = DEFAULT_LANG): string {
  const t = REPORT_TEXT[lang];
  const width = 640;
  const lines = wrapText(t.tooLarge({ steps: size.steps, links: size.links, maxSteps: DRAW_LIMIT.steps, maxLinks: DRAW_LIMIT.links }), 13, width - 16);
  const body = [svgText(8, 20, title, { size: 15, bold: true }), ...lines.map((line, k) => svgText(8, 48 + k * 18, line, { size: 13, fill: PALETTE.warn }))];
  return svgDocument(width, 48 + lines.length * 18 + 8, title, `<rect width="100%" height="100%" fill="#ffffff"/>\n${body.join('\n')}\n`);
}

/** Whether every diagram of these steps is drawn (within DRAW_LIMIT). */
export function isDrawable(steps: readonly Step[]): boolean {
  return isWithin(measureDiagram(steps), DRAW_LIMIT);
}

/**
 * Every diagram of one item from its layouts (layoutItem). A procedure beyond DRAW_LIMIT (the
 * original or its best candidate) gets a note instead of its pictures.
 */
export function renderItemDiagrams(item: ItemAnalysis, layouts: ItemLayouts, lang: Lang = DEFAULT_LANG): ItemDiagrams {
  const t = REPORT_TEXT[lang];
  const best = findBestCandidate(item);
  const name = `${item.itemCode} ${item.itemName}`;
  const incomplete = item.incompleteDurations.length > 0;
  const titles = {
    original: t.originalTitle({ item: name }),
    beforeAfter: t.beforeAfterTitle({ item: name }),
    gantt: t.ganttTitle({ item: name }),
  };
  const beforeHeading = t.beforeHeading(figures(lang, item.criticalPath.durationDays, item.stepCount, item.applicantVisits, incomplete));
  // With --start-date the Gantt's axis is dated (its non-working days shaded); the limits are lines either way.
  const dates = ganttDatesOf(item);
  const limits = { promisedLimitDays: item.promisedLimitDays, legalLimitDays: item.legalLimitDays, lang, ...(dates !== undefined ? { dates } : {}) };
  const sizes = [measureDiagram(item.steps), ...(best ? [measureDiagram(best.steps)] : [])];
  const tooLarge = sizes.find((size) => !isWithin(size, DRAW_LIMIT));
  if (tooLarge !== undefined) {
    const note = (title: string): string => renderTooLargeSvg(title, tooLarge, lang);
    const diagrams: ItemDiagrams = { original: note(titles.original), beforeAfter: note(titles.beforeAfter), gantt: note(titles.gantt) };
    if (best) {
      diagrams.best = isWithin(measureDiagram(best.steps), DRAW_LIMIT) && layouts.best
        ? renderProcedureSvg(layouts.best, computeCandidateMarks(best), { title: t.candidateTitle({ item: name, candidate: candidateName(best.id, lang) }), lang })
        : note(t.candidateTitle({ item: name, candidate: candidateName(best.id, lang) }));
    }
    if (isWithin(measureDiagram(item.steps), DRAW_LIMIT)) diagrams.original = renderProcedureSvg(layouts.original, computeDiagramMarks(item), { title: titles.original, lang });
    return diagrams;
  }
  const original = renderProcedureSvg(layouts.original, computeDiagramMarks(item), { title: titles.original, lang });
  const originalSchedule = item.schedule.length === item.steps.length ? item.schedule : computeSchedule(item.steps);
  if (!best || !layouts.best) {
    return {
      original,
      beforeAfter: renderBeforeAfterSvg({ heading: beforeHeading, layout: layouts.original, marks: computeDiagramMarks(item) }, undefined, { title: titles.beforeAfter, lang }),
      gantt: renderGanttSvg([{ heading: beforeHeading, steps: item.steps, schedule: originalSchedule }], { title: titles.gantt, ...limits }),
    };
  }
  const bestName = candidateName(best.id, lang);
  const afterHeading = t.afterHeading({ candidate: bestName, ...figures(lang, best.durationDays, best.stepCount, best.applicantVisits, incomplete) });
  const bestMarks = computeCandidateMarks(best);
  return {
    original,
    best: renderProcedureSvg(layouts.best, bestMarks, { title: t.candidateTitle({ item: name, candidate: bestName }), lang }),
    beforeAfter: renderBeforeAfterSvg(
      { heading: beforeHeading, layout: layouts.original, marks: computeChangeMarks(item, best) },
      { heading: afterHeading, layout: layouts.best, marks: bestMarks },
      { title: titles.beforeAfter, lang },
    ),
    gantt: renderGanttSvg(
      [
        { heading: beforeHeading, steps: item.steps, schedule: originalSchedule },
        { heading: afterHeading, steps: best.steps, schedule: computeSchedule(best.steps) },
      ],
      { title: titles.gantt, ...limits },
    ),
  };
}

/**
 * Lays out and renders every diagram of one item. Blocks this thread while ELK runs (tens of
 * milliseconds for a typical item); use renderCatalogueDiagrams for many items.
 */
export async function renderDiagrams(item: ItemAnalysis, options: ProcedureLayoutOptions = {}): Promise<ItemDiagrams> {
  return renderItemDiagrams(item, await layoutItem(item, options), options.lang ?? DEFAULT_LANG);
}

/**
 * One procedure diagram of an item: `original`, `best` (the fastest candidate; the original when
 * there is none) or a candidate id, as a standalone SVG; beyond DRAW_LIMIT, a note saying why it is
 * not drawn (without laying it out).
 * @throws ProcoptError UNKNOWN_CANDIDATE when the variant names no candidate.
 */
export async function renderVariantDiagram(item: ItemAnalysis, variant: string, options: ProcedureLayoutOptions = {}): Promise<string> {
  const lang = options.lang ?? DEFAULT_LANG;
  const t = REPORT_TEXT[lang];
  const name = `${item.itemCode} ${item.itemName}`;
  const candidate = variant === 'best' ? findBestCandidate(item) : variant === 'original' ? undefined : item.candidates.find((c) => c.id === variant);
  if (variant !== 'original' && variant !== 'best' && !candidate) {
    const known = ['original', 'best', ...item.candidates.map((c) => c.id)];
    throw new ProcoptError('UNKNOWN_CANDIDATE', (l) => REPORT_TEXT[l].unknownVariant({ variant, itemCode: item.itemCode, known }));
  }
  const steps = candidate ? candidate.steps : item.steps;
  const title = candidate ? t.candidateTitle({ item: name, candidate: candidateName(candidate.id, lang) }) : t.originalTitle({ item: name });
  const size = measureDiagram(steps);
  if (!isWithin(size, DRAW_LIMIT)) return renderTooLargeSvg(title, size, lang);
  const marks = candidate ? computeCandidateMarks(candidate) : computeDiagramMarks(item);
  return renderProcedureSvg(await layoutProcedure(steps, options), marks, { title, lang });
}
