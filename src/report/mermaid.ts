// Mermaid diagrams for Markdown (GitHub, GitLab and most Markdown tools draw them): per item a
// `flowchart` of the declared procedure and of the best candidate (departments as subgraphs, the
// critical path emphasised) and one `gantt` of both schedules. Every text from the data is escaped
// so that quotes, brackets, markup, line breaks or backticks can neither break the diagram nor
// leave the code block. Labels follow the report's language; a procedure beyond DRAW_LIMIT gets a
// note instead of its diagrams (Mermaid lays out in the reader's browser and would stall on it).

import type { ItemAnalysis, ScheduleEntry, Step } from '../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, type Lang } from '../i18n/index.js';
import { DRAW_LIMIT, computeSchedule, isWithin, measureDiagram } from './diagrams/index.js';
import { escapeMarkdown } from './escape.js';
import { candidateName, findBestCandidate, formatDays, stepTimeText } from './figures.js';

/** Characters a quoted Mermaid label cannot hold as they are, as Mermaid entity codes. */
const LABEL_ESCAPES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '%': '#37;',
};

/** Text for a quoted flowchart label: one line, entity-coded. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029\t]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/["#&<>`%]/g, (ch) => LABEL_ESCAPES[ch] ?? ch);
}

/** Gantt task and section names are not quoted: the characters that end or start a token become full-width look-alikes. */
const GANTT_SUBSTITUTES: Readonly<Record<string, string>> = {
  ':': '：',
  ';': '；',
  '#': '＃',
  '%': '％',
  '<': '＜',
  '>': '＞',
  '&': '＆',
  '"': '＂',
  '`': '｀',
  ',': '，',
};

/** Text for a gantt task or section name. */
export function ganttText(text: string): string {
  const line = text
    .replace(/[\r\n\u2028\u2029\t]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[:;#%<>&"`,]/g, (ch) => GANTT_SUBSTITUTES[ch] ?? ch)
    .trim();
  return line === '' ? '—' : line;
}

function stepDays(step: Step, lang: Lang): string {
  const t = REPORT_TEXT[lang];
  return step.waitDays > 0 && !step.durationMissing ? `${stepTimeText(step, lang)}${t.listSeparator}${t.wait({ days: formatDays(step.waitDays) })}` : stepTimeText(step, lang);
}

/**
 * A flowchart of steps in department subgraphs (left to right, declared order), the critical path's
 * steps and links drawn heavy, conditional steps dashed.
 */
export function renderMermaidFlowchart(steps: readonly Step[], criticalStepIds: readonly string[], lang: Lang = DEFAULT_LANG): string {
  const node = new Map<string, string>();
  steps.forEach((step, i) => {
    if (!node.has(step.id)) node.set(step.id, `s${i}`);
  });
  const departments = [...new Set(steps.map((s) => s.department))];
  const lines = ['flowchart LR'];
  departments.forEach((department, d) => {
    lines.push(`  subgraph d${d}["${mermaidLabel(department)}"]`);
    steps.forEach((step, i) => {
      if (step.department !== department || node.get(step.id) !== `s${i}`) return;
      lines.push(`    s${i}["${mermaidLabel(`${step.id} ${step.name}`)}<br/>${mermaidLabel(stepDays(step, lang))}"]`);
    });
    lines.push('  end');
  });
  const critical = new Set(criticalStepIds);
  const onPath = new Set(criticalStepIds.slice(1).map((id, k) => `${criticalStepIds[k]}>${id}`));
  const heavy: number[] = [];
  let link = 0;
  steps.forEach((step, i) => {
    if (node.get(step.id) !== `s${i}`) return;
    for (const pred of new Set(step.predecessors)) {
      const from = node.get(pred);
      if (from === undefined || pred === step.id) continue;
      lines.push(`  ${from} --> s${i}`);
      if (onPath.has(`${pred}>${step.id}`)) heavy.push(link);
      link++;
    }
  });
  lines.push('  classDef critical fill:#fdecea,stroke:#c0392b,stroke-width:3px');
  lines.push('  classDef conditional stroke-dasharray:5 3');
  const criticalNodes = steps.flatMap((s, i) => (critical.has(s.id) && node.get(s.id) === `s${i}` ? [`s${i}`] : []));
  const conditionalNodes = steps.flatMap((s, i) => (s.condition.trim() !== '' && node.get(s.id) === `s${i}` ? [`s${i}`] : []));
  if (criticalNodes.length > 0) lines.push(`  class ${criticalNodes.join(',')} critical`);
  if (conditionalNodes.length > 0) lines.push(`  class ${conditionalNodes.join(',')} conditional`);
  if (heavy.length > 0) lines.push(`  linkStyle ${heavy.join(',')} stroke:#c0392b,stroke-width:3px`);
  return lines.join('\n');
}

/** Working days as gantt time: one day is one second of Mermaid's `x` (milliseconds) date format. */
function ganttTime(days: number): string {
  return String(Math.round(days * 1000));
}

/** The gantt sections of one plan: a section per department, each step from its earliest start to finish. */
function ganttSections(label: string, steps: readonly Step[], schedule: readonly ScheduleEntry[], critical: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  const entryOf = new Map(schedule.map((e) => [e.stepId, e]));
  for (const department of new Set(steps.map((s) => s.department))) {
    lines.push(`  section ${ganttText(`${label} ${department}`)}`);
    for (const step of steps) {
      if (step.department !== department) continue;
      const entry = entryOf.get(step.id);
      if (entry === undefined) continue;
      const tags = critical.has(step.id) ? 'crit, ' : '';
      // A step of 0 days is drawn as a milestone, as Mermaid draws no bar of length 0.
      const kind = entry.earliestFinish > entry.earliestStart ? '' : 'milestone, ';
      lines.push(`    ${ganttText(`${step.id} ${step.name}`)} :${tags}${kind}${ganttTime(entry.earliestStart)}, ${ganttTime(entry.earliestFinish)}`);
    }
  }
  return lines;
}

/** One gantt of the declared schedule and the best candidate's, in working days from the start. */
export function renderMermaidGantt(item: ItemAnalysis, lang: Lang = DEFAULT_LANG): string {
  const t = REPORT_TEXT[lang];
  const lines = ['gantt', '  dateFormat x', '  axisFormat %s', `  title ${ganttText(t.mermaidGanttTitle({ item: item.itemCode }))}`];
  const schedule = item.schedule.length === item.steps.length ? item.schedule : computeSchedule(item.steps);
  lines.push(...ganttSections(t.mermaidOriginalSection, item.steps, schedule, new Set(item.criticalPath.stepIds)));
  const best = findBestCandidate(item);
  if (best !== undefined) lines.push(...ganttSections(t.mermaidPlanSection({ candidate: candidateName(best.id, lang) }), best.steps, computeSchedule(best.steps), new Set(best.criticalPath.stepIds)));
  return lines.join('\n');
}

function fenced(text: string): string {
  return `\`\`\`mermaid\n${text}\n\`\`\``;
}

/** The Mermaid part of an item's Markdown section: both flowcharts and the gantt, each a fenced block (a note beyond DRAW_LIMIT). */
export function renderMermaidSection(item: ItemAnalysis, lang: Lang = DEFAULT_LANG): string {
  const t = REPORT_TEXT[lang];
  const best = findBestCandidate(item);
  const size = measureDiagram(item.steps);
  if (!isWithin(size, DRAW_LIMIT)) return [`#### ${t.mermaidHeading}`, '', t.mermaidSkipped({ steps: size.steps, links: size.links }), ''].join('\n');
  const parts = [`#### ${t.mermaidHeading}`, '', t.mermaidOriginal, '', fenced(renderMermaidFlowchart(item.steps, item.criticalPath.stepIds, lang)), ''];
  if (best !== undefined) {
    parts.push(t.mermaidBest({ candidate: escapeMarkdown(candidateName(best.id, lang)) }), '', fenced(renderMermaidFlowchart(best.steps, best.criticalPath.stepIds, lang)), '');
  }
  parts.push(t.mermaidGantt, '', fenced(renderMermaidGantt(item, lang)), '');
  return parts.join('\n');
}
