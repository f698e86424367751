// Random procedures for the BPMN and Mermaid tests: acyclic declared order (step i's predecessors are
// i−1−k), departments, conditions and 补正 targets; ids with characters that are not NCName-safe.

import { fc } from '@fast-check/vitest';
import { makeStep } from '../../support/procedures.js';

const stepArb = fc.record({
  preds: fc.uniqueArray(fc.nat({ max: 6 }), { maxLength: 3 }),
  department: fc.constantFrom('综合窗口', '审批科', '规划局'),
  conditional: fc.boolean(),
  returnTo: fc.option(fc.nat({ max: 8 }), { nil: null }),
  id: fc.constantFrom('S', '环节', 'a_b', 'x+'),
});

/** Random procedures: step i's predecessors are i−1−k (acyclic), ids made distinct by their index. */
export const procedureArb = fc.array(stepArb, { minLength: 1, maxLength: 9 }).map((rows) =>
  rows.map((row, i) => {
    const id = `${row.id}${i}`;
    const preds = [...new Set(row.preds.map((k) => i - 1 - k).filter((j) => j >= 0))].map((j) => `${rows[j]!.id}${j}`);
    const returnTo = row.returnTo !== null && row.returnTo < rows.length ? `${rows[row.returnTo]!.id}${row.returnTo}` : null;
    return makeStep({ id, name: `步骤${i}`, department: row.department, predecessors: preds, condition: row.conditional ? `条件${i}` : '', returnTo });
  }),
);

