// All diagrams of one item, rendered in this thread: the declared procedure, the best candidate,
// before/after side by side and the Gantt chart of both schedules.

import { ProcoptError, type ItemAnalysis } from '../../domain/index.js';
import { findBestCandidate, formatDays } from '../figures.js';
import { renderBeforeAfterSvg } from './before-after-svg.js';
import { renderGanttSvg } from './gantt-svg.js';
import { layoutProcedure, type ProcedureLayoutOptions } from './layout.js';
import { computeCandidateMarks, computeDiagramMarks } from './marks.js';
import { renderProcedureSvg } from './procedure-svg.js';
import { computeSchedule } from './schedule.js';

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

function figures(days: number, steps: number, visits: number): string {
  return `${formatDays(days)} 天 · ${steps} 个环节 · ${visits} 次到场`;
}

/**
 * Lays out and renders every diagram of one item. Blocks this thread while ELK runs (tens of
 * milliseconds for a typical item); use renderCatalogueDiagrams for many items.
 */
export async function renderDiagrams(item: ItemAnalysis, options: ProcedureLayoutOptions = {}): Promise<ItemDiagrams> {
  const best = findBestCandidate(item);
  const name = `${item.itemCode} ${item.itemName}`;
  const originalLayout = await layoutProcedure(item.steps, options);
  const originalMarks = computeDiagramMarks(item);
  const beforeHeading = `现状 before: ${figures(item.criticalPath.durationDays, item.stepCount, item.applicantVisits)}`;
  const original = renderProcedureSvg(originalLayout, originalMarks, { title: `${name} — 现状流程 original` });
  const originalSchedule = item.schedule.length === item.steps.length ? item.schedule : computeSchedule(item.steps);
  if (!best) {
    return {
      original,
      beforeAfter: renderBeforeAfterSvg({ heading: beforeHeading, layout: originalLayout, marks: originalMarks }, undefined, { title: `${name} — 优化前后 before / after` }),
      gantt: renderGanttSvg([{ heading: beforeHeading, steps: item.steps, schedule: originalSchedule }], { title: `${name} — 甘特图 schedule` }),
    };
  }
  const bestLayout = await layoutProcedure(best.steps, options);
  const bestMarks = computeCandidateMarks(best);
  const afterHeading = `方案 ${best.id} after: ${figures(best.durationDays, best.stepCount, best.applicantVisits)}`;
  return {
    original,
    best: renderProcedureSvg(bestLayout, bestMarks, { title: `${name} — 优化方案 ${best.id}` }),
    beforeAfter: renderBeforeAfterSvg(
      { heading: beforeHeading, layout: originalLayout, marks: originalMarks },
      { heading: afterHeading, layout: bestLayout, marks: bestMarks },
      { title: `${name} — 优化前后 before / after` },
    ),
    gantt: renderGanttSvg(
      [
        { heading: beforeHeading, steps: item.steps, schedule: originalSchedule },
        { heading: afterHeading, steps: best.steps, schedule: computeSchedule(best.steps) },
      ],
      { title: `${name} — 甘特图 schedule` },
    ),
  };
}

/**
 * One procedure diagram of an item: `original`, `best` (the fastest candidate; the original when
 * there is none) or a candidate id, as a standalone SVG.
 * @throws ProcoptError UNKNOWN_CANDIDATE when the variant names no candidate.
 */
export async function renderVariantDiagram(item: ItemAnalysis, variant: string, options: ProcedureLayoutOptions = {}): Promise<string> {
  const name = `${item.itemCode} ${item.itemName}`;
  const candidate = variant === 'best' ? findBestCandidate(item) : variant === 'original' ? undefined : item.candidates.find((c) => c.id === variant);
  if (variant !== 'original' && variant !== 'best' && !candidate) {
    const known = ['original', 'best', ...item.candidates.map((c) => c.id)].join(', ');
    throw new ProcoptError('UNKNOWN_CANDIDATE', `no variant "${variant}" for item ${item.itemCode}; choose one of: ${known}`);
  }
  if (!candidate) {
    return renderProcedureSvg(await layoutProcedure(item.steps, options), computeDiagramMarks(item), { title: `${name} — 现状流程 original` });
  }
  return renderProcedureSvg(await layoutProcedure(candidate.steps, options), computeCandidateMarks(candidate), { title: `${name} — 优化方案 ${candidate.id}` });
}
