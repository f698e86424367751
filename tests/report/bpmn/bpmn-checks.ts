// The checks every BPMN file procopt writes must pass: the OMG BPMN 2.0 XSD (Debian's xmllint),
// a bpmn-moddle round trip without warnings, bpmnlint's recommended rules without an error, and
// geometry: every shape inside its lane, every flow starting and ending on its shapes' outlines.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';

/** tests/fixtures/bpmn/xsd: the OMG schema files (see the README there). */
export const XSD = fileURLToPath(new URL('../../fixtures/bpmn/xsd/BPMN20.xsd', import.meta.url));
export const XMLLINT = '/usr/bin/xmllint';
/** xmllint is installed by .ci/run (libxml2-utils); outside CI a machine without it skips the XSD check. */
export const skipXsd = !existsSync(XMLLINT) && !process.env.CI;

/** xmllint's verdict on a document against the BPMN 2.0 XSD: '' when valid, else its messages. */
export function xsdProblems(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procopt-bpmn-'));
  try {
    const file = join(dir, 'doc.bpmn');
    writeFileSync(file, xml);
    const run = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', XSD, file], { encoding: 'utf8', timeout: 60_000 });
    return run.status === 0 ? '' : `${run.stderr}${run.stdout}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Element = { $type: string; id?: string; name?: string; [key: string]: unknown };

/** Reads a document with bpmn-moddle, writes it back and reads that again: the warnings of both reads. */
export async function roundTrip(xml: string): Promise<{ root: Element; warnings: string[]; again: string }> {
  const moddle = new BpmnModdle();
  const first = await moddle.fromXML(xml);
  const { xml: again } = await moddle.toXML(first.rootElement, { format: true });
  const second = await new BpmnModdle().fromXML(again);
  return {
    root: first.rootElement as unknown as Element,
    warnings: [...first.warnings, ...second.warnings].map((w) => String((w as { message?: string }).message ?? w)),
    again,
  };
}

/** bpmnlint's reports under the recommended configuration, as "category rule id: message". */
export async function lintProblems(root: Element): Promise<string[]> {
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
  const reports = (await linter.lint(root)) as Record<string, { id: string; message: string; category: string }[]>;
  return Object.entries(reports).flatMap(([rule, list]) => list.map((r) => `${r.category} ${rule} ${r.id}: ${r.message}`));
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether a point lies on a shape's outline (box, circle or diamond), within half a pixel. */
export function onOutline(p: { x: number; y: number }, b: Box, outline: 'box' | 'circle' | 'diamond'): boolean {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  const dx = Math.abs(p.x - cx);
  const dy = Math.abs(p.y - cy);
  const eps = 0.5;
  if (outline === 'circle') return Math.abs(Math.hypot(dx, dy) - b.width / 2) <= eps;
  if (outline === 'diamond') return Math.abs(dx / (b.width / 2) + dy / (b.height / 2) - 1) * (b.width / 2) <= eps;
  const inside = dx <= b.width / 2 + eps && dy <= b.height / 2 + eps;
  return inside && (Math.abs(dx - b.width / 2) <= eps || Math.abs(dy - b.height / 2) <= eps);
}

/** Geometry problems of a document read by bpmn-moddle: shapes outside their lane, flow ends off their shapes. */
export function geometryProblems(root: Element): string[] {
  const problems: string[] = [];
  const diagrams = root.diagrams as { plane: { planeElement: { $type: string; bpmnElement: Element; bounds?: Box; waypoint?: { x: number; y: number }[] }[] } }[];
  const shapes = new Map<string, Box>();
  const edges: { flow: Element; points: { x: number; y: number }[] }[] = [];
  for (const di of diagrams[0]?.plane.planeElement ?? []) {
    if (di.bounds) shapes.set(di.bpmnElement.id ?? '', di.bounds);
    if (di.waypoint) edges.push({ flow: di.bpmnElement, points: di.waypoint });
  }
  const process = (root.rootElements as Element[]).find((e) => e.$type === 'bpmn:Process') as Element & { laneSets: { lanes: (Element & { flowNodeRef: Element[] })[] }[] };
  for (const lane of process.laneSets[0]?.lanes ?? []) {
    const band = shapes.get(lane.id ?? '')!;
    for (const node of lane.flowNodeRef) {
      const s = shapes.get(node.id ?? '')!;
      if (s.x < band.x || s.y < band.y || s.x + s.width > band.x + band.width || s.y + s.height > band.y + band.height) {
        problems.push(`${node.id} is not inside lane ${lane.name}`);
      }
    }
  }
  const outline = (e: Element): 'box' | 'circle' | 'diamond' => (e.$type.endsWith('Event') ? 'circle' : e.$type.endsWith('Gateway') ? 'diamond' : 'box');
  for (const { flow, points } of edges) {
    const source = flow.sourceRef as Element;
    const target = flow.targetRef as Element;
    if (points.length < 2) problems.push(`${flow.id} has ${points.length} waypoints`);
    if (!onOutline(points[0]!, shapes.get(source.id ?? '')!, outline(source))) problems.push(`${flow.id} does not start on ${source.id}`);
    if (!onOutline(points[points.length - 1]!, shapes.get(target.id ?? '')!, outline(target))) problems.push(`${flow.id} does not end on ${target.id}`);
  }
  return problems;
}
