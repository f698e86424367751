// An item's procedure (the declared one, the best candidate or a named candidate) as a BPMN 2.0 XML
// document (OMG BPMN 2.0.2, schema BPMN20.xsd): one collaboration with the item as its participant
// (pool), a lane per department, the process graph of bpmn-graph.ts and its diagram (BPMNDI). The
// step's role is the extension attribute procopt:role; name, duration and materials are documentation.

import { ProcoptError, type ItemAnalysis, type Step } from '../../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, type Lang } from '../../i18n/index.js';
import { layoutProcedure, type ProcedureLayout } from '../diagrams/index.js';
import { escapeXml } from '../escape.js';
import { candidateName, findBestCandidate, formatDays, roleLabel, stepTimeText } from '../figures.js';
import type { BpmnGraph, BpmnNode } from './bpmn-graph.js';
import { bpmnDiagramOf, type BpmnDiagram, type Bounds } from './bpmn-layout.js';

/** The namespace of procopt's extension attributes (procopt:role). */
export const PROCOPT_BPMN_NAMESPACE = 'urn:procopt:bpmn';

const NAMESPACES = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  procopt: PROCOPT_BPMN_NAMESPACE,
};

/** Text for an attribute: escaped, and line breaks kept as character references. */
function attr(text: string): string {
  return escapeXml(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** What a task's documentation says of its step, one fact per line, in `lang`. */
export function stepDocumentation(step: Step, lang: Lang = DEFAULT_LANG): string {
  const t = REPORT_TEXT[lang];
  const lines = [t.bpmnStepLine({ id: step.id, name: step.name, department: step.department, role: roleLabel(step.role, lang) })];
  lines.push(t.bpmnTimeLine({ time: stepTimeText(step, lang), wait: step.waitDays > 0 ? t.wait({ days: formatDays(step.waitDays) }) : null, offClock: !step.countsTowardLimit }));
  if (step.inputs.length > 0) lines.push(t.bpmnInputs({ list: step.inputs.join(t.bpmnListSeparator) }));
  if (step.outputs.length > 0) lines.push(t.bpmnOutputs({ list: step.outputs.join(t.bpmnListSeparator) }));
  if (step.condition.trim() !== '') lines.push(t.bpmnCondition({ condition: step.condition.trim() }));
  if (step.returnTo !== null) lines.push(t.bpmnReturnTo({ id: step.returnTo }));
  if (step.applicantVisit) lines.push(t.bpmnVisit);
  return lines.join('\n');
}

const ELEMENT: Readonly<Record<BpmnNode['kind'], string>> = {
  start: 'startEvent',
  end: 'endEvent',
  task: 'userTask',
  parallel: 'parallelGateway',
  exclusive: 'exclusiveGateway',
};

function bounds(b: Bounds): string {
  return `<dc:Bounds x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" />`;
}

/** The XML of one item's process as a BPMN document. */
export function writeBpmnXml(item: { itemCode: string; itemName: string }, title: string, graph: BpmnGraph, diagram: BpmnDiagram, lang: Lang = DEFAULT_LANG): string {
  const out: string[] = [];
  const ns = Object.entries(NAMESPACES).map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`).join(' ');
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<bpmn:definitions ${ns} id="Definitions_1" targetNamespace="${PROCOPT_BPMN_NAMESPACE}" exporter="procopt" exporterVersion="1">`);
  out.push('  <bpmn:collaboration id="Collaboration_1">');
  out.push(`    <bpmn:participant id="Participant_1" name="${attr(`${item.itemCode} ${item.itemName} — ${title}`)}" processRef="Process_1" />`);
  out.push('  </bpmn:collaboration>');
  out.push(`  <bpmn:process id="Process_1" name="${attr(`${item.itemCode} ${item.itemName}`)}" isExecutable="false">`);
  out.push('    <bpmn:laneSet id="LaneSet_1">');
  graph.lanes.forEach((department, lane) => {
    out.push(`      <bpmn:lane id="Lane_${lane + 1}" name="${attr(department)}">`);
    for (const node of graph.nodes) if (node.lane === lane) out.push(`        <bpmn:flowNodeRef>${node.id}</bpmn:flowNodeRef>`);
    out.push('      </bpmn:lane>');
  });
  out.push('    </bpmn:laneSet>');
  graph.nodes.forEach((node, i) => {
    const tag = `bpmn:${ELEMENT[node.kind]}`;
    const name = node.name === '' ? '' : ` name="${attr(node.name)}"`;
    const role = node.step ? ` procopt:role="${node.step.role}"` : '';
    const fallback = node.defaultFlow !== undefined ? ` default="${node.defaultFlow}"` : '';
    out.push(`    <${tag} id="${node.id}"${name}${role}${fallback}>`);
    if (node.step) out.push(`      <bpmn:documentation>${escapeXml(stepDocumentation(node.step, lang))}</bpmn:documentation>`);
    for (const f of graph.flows) if (f.to === i) out.push(`      <bpmn:incoming>${f.id}</bpmn:incoming>`);
    for (const f of graph.flows) if (f.from === i) out.push(`      <bpmn:outgoing>${f.id}</bpmn:outgoing>`);
    out.push(`    </${tag}>`);
  });
  for (const f of graph.flows) {
    const name = f.name === '' ? '' : ` name="${attr(f.name)}"`;
    const head = `    <bpmn:sequenceFlow id="${f.id}"${name} sourceRef="${graph.nodes[f.from]!.id}" targetRef="${graph.nodes[f.to]!.id}"`;
    if (f.condition === undefined) out.push(`${head} />`);
    else {
      out.push(`${head}>`);
      out.push(`      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${escapeXml(f.condition)}</bpmn:conditionExpression>`);
      out.push('    </bpmn:sequenceFlow>');
    }
  }
  out.push('  </bpmn:process>');
  out.push('  <bpmndi:BPMNDiagram id="BPMNDiagram_1">');
  out.push('    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">');
  out.push(`      <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true">${bounds(diagram.pool)}</bpmndi:BPMNShape>`);
  diagram.lanes.forEach((lane, k) => {
    out.push(`      <bpmndi:BPMNShape id="Lane_${k + 1}_di" bpmnElement="Lane_${k + 1}" isHorizontal="true">${bounds(lane)}</bpmndi:BPMNShape>`);
  });
  graph.nodes.forEach((node, i) => {
    const marker = node.kind === 'exclusive' ? ' isMarkerVisible="true"' : '';
    out.push(`      <bpmndi:BPMNShape id="${node.id}_di" bpmnElement="${node.id}"${marker}>${bounds(diagram.shapes[i]!)}</bpmndi:BPMNShape>`);
  });
  graph.flows.forEach((f, k) => {
    const points = (diagram.waypoints[k] ?? []).map((p) => `<di:waypoint x="${p.x}" y="${p.y}" />`).join('');
    out.push(`      <bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">${points}</bpmndi:BPMNEdge>`);
  });
  out.push('    </bpmndi:BPMNPlane>');
  out.push('  </bpmndi:BPMNDiagram>');
  out.push('</bpmn:definitions>');
  return `${out.join('\n')}\n`;
}

/** BPMN variants a report folder holds for every item (best only where the item has a candidate). */
export const BPMN_VARIANTS = ['original', 'best'] as const;

/**
 * One item's procedure as BPMN 2.0 XML: `original`, `best` (the fastest candidate; the original when
 * there is none) or a candidate id. Lays out in this thread, as the SVG diagram of the same variant
 * is laid out (see bpmnOfLayout).
 * @throws ProcoptError UNKNOWN_CANDIDATE when the variant names no candidate.
 */
export async function renderBpmn(item: ItemAnalysis, variant: string, lang: Lang = DEFAULT_LANG): Promise<string> {
  const candidate = variant === 'best' ? findBestCandidate(item) : variant === 'original' ? undefined : item.candidates.find((c) => c.id === variant);
  if (variant !== 'original' && variant !== 'best' && !candidate) {
    const known = ['original', 'best', ...item.candidates.map((c) => c.id)];
    throw new ProcoptError('UNKNOWN_CANDIDATE', (l) => REPORT_TEXT[l].unknownVariant({ variant, itemCode: item.itemCode, known }));
  }
  const layout = await layoutProcedure(candidate ? candidate.steps : item.steps, { lang });
  return bpmnOfLayout(item, candidate?.id ?? null, layout, lang);
}

/** The BPMN document of a procedure already laid out for its SVG diagram (candidateId null: the procedure as written). */
export function bpmnOfLayout(item: { itemCode: string; itemName: string }, candidateId: string | null, layout: ProcedureLayout, lang: Lang = DEFAULT_LANG): string {
  const t = REPORT_TEXT[lang];
  const title = candidateId === null ? t.bpmnOriginal : t.bpmnCandidate({ candidate: candidateName(candidateId, lang) });
  return writeBpmnXml(item, title, layout.geometry.graph, bpmnDiagramOf(layout.geometry), lang);
}
