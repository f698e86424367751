// What `procopt conformance --format json` writes (docs/case-log.md): the keys in the
// contract's order, each item's head on one line and its case results one per line, so a log of
// 100 000 cases stays quick to write, grep and diff.

import type { CaseResult, ConformanceResult, ItemConformance, LogError, ObservedItem } from '../domain/index.js';

const caseResult = (r: CaseResult) => ({
  caseId: r.caseId,
  fitness: r.fitness,
  cost: r.cost,
  aligned: r.aligned,
  leadTimeDays: r.leadTimeDays,
  overPromised: r.overPromised,
  overLegal: r.overLegal,
  deviations: r.deviations.map((d) => ({ kind: d.kind, ...(d.stepId !== undefined ? { stepId: d.stepId } : {}), ...(d.activity !== undefined ? { activity: d.activity } : {}) })),
});

const observed = (o: ObservedItem) => ({
  steps: o.steps.map((s) => ({
    stepId: s.stepId,
    stepName: s.stepName,
    declaredDays: s.declaredDays,
    declaredWaitDays: s.declaredWaitDays,
    n: s.n,
    serviceMeanDays: s.serviceMeanDays,
    serviceMedianDays: s.serviceMedianDays,
    serviceP90Days: s.serviceP90Days,
    waitN: s.waitN,
    waitMedianDays: s.waitMedianDays,
    waitP90Days: s.waitP90Days,
  })),
  closedCases: o.closedCases,
  leadTimeMedianDays: o.leadTimeMedianDays,
  leadTimeP90Days: o.leadTimeP90Days,
  leadTimesDays: o.leadTimesDays,
  overPromised: { count: o.overPromised.count, share: o.overPromised.share },
  overLegal: { count: o.overLegal.count, share: o.overLegal.share },
  lostTime: o.lostTime.map((l) => ({ stepId: l.stepId, excessDays: l.excessDays, cases: l.cases })),
});

const head = (i: ItemConformance) => ({
  itemCode: i.itemCode,
  itemName: i.itemName,
  promisedLimitDays: i.promisedLimitDays,
  legalLimitDays: i.legalLimitDays,
  cases: i.cases,
  fittingCases: i.fittingCases,
  unalignedCases: i.unalignedCases,
  logFitness: i.logFitness,
  averageFitness: i.averageFitness,
  deviations: i.deviations.map((d) => ({
    kind: d.kind,
    ...(d.stepId !== undefined ? { stepId: d.stepId } : {}),
    ...(d.activity !== undefined ? { activity: d.activity } : {}),
    count: d.count,
    exampleCases: d.exampleCases,
  })),
});

const error = (e: LogError) => ({
  file: e.file,
  line: e.line,
  ...(e.column !== undefined ? { column: e.column } : {}),
  ...(e.itemCode !== undefined ? { itemCode: e.itemCode } : {}),
  code: e.code,
  message: e.message,
});

/** Writes the conformance document through `write`, one item (and one case result) at a time. */
export function writeConformanceJson(result: ConformanceResult, write: (text: string) => void): void {
  write(`{\n  "schemaVersion": ${result.schemaVersion},\n  "lang": ${JSON.stringify(result.lang)},\n  "items": [`);
  result.items.forEach((item, i) => {
    const opening = JSON.stringify(head(item));
    write(`${i === 0 ? '\n' : ',\n'}    ${opening.slice(0, -1)},\n      "caseResults": [`);
    item.caseResults.forEach((r, k) => write(`${k === 0 ? '\n' : ',\n'}        ${JSON.stringify(caseResult(r))}`));
    write(`${item.caseResults.length === 0 ? '' : '\n      '}],\n      "observed": ${JSON.stringify(observed(item.observed))}}`);
  });
  const tail = JSON.stringify({ summary: result.summary, errors: result.errors.map(error), warnings: result.warnings.map(error) }, null, 2);
  write(`${result.items.length === 0 ? '' : '\n  '}],\n${tail.slice(2)}\n`);
}

/** The conformance document as one string. */
export function renderConformanceJson(result: ConformanceResult): string {
  const pieces: string[] = [];
  writeConformanceJson(result, (text) => pieces.push(text));
  return pieces.join('');
}
