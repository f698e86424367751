// How findings, messages and reports name a step: its id and name, "S3 材料流转". The one helper in
// domain/: the analysis (messages) and the reports (critical paths) must name steps alike, and
// domain/ is what both may import.

import type { Step } from './procedure.js';

/** "S3 材料流转"; the id alone for a step without a name. */
export function labelStep(step: Pick<Step, 'id' | 'name'>): string {
  return step.name === '' ? step.id : `${step.id} ${step.name}`;
}
