import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { makeProcedure } from '../../support/procedures.js';

type Row = [id: string, duration: number, preds: string[]];
const chart = (rows: Row[]) => makeProcedure(rows.map(([id, durationDays, predecessors]) => ({ id, durationDays, predecessors })));
const table = (item: ReturnType<typeof analyzeProcedure>) =>
  Object.fromEntries(item.schedule.map((e) => [e.stepId, [e.earliestStart, e.earliestFinish, e.latestStart, e.latestFinish, e.slack]]));

describe('schedule (CPM)', () => {
  // Heizer, Render & Munson, "Operations Management", ch. 3 Project Management, the Milwaukee Paper
  // Manufacturing example (Tables 3.2–3.3); class notes reproducing it:
  // https://pdfslide.us/documents/milwaukee-paper-manufacturing-cpm-and-pert1.html
  // Published answer: duration 15 weeks, critical path A–C–E–G–H, slack B 1, D 1, F 6.
  it('milwaukee-paper: textbook ES/EF/LS/LF/slack and critical path', () => {
    const item = analyzeProcedure(
      chart([
        ['A', 2, []],
        ['B', 3, []],
        ['C', 2, ['A']],
        ['D', 4, ['A', 'B']],
        ['E', 4, ['C']],
        ['F', 3, ['C']],
        ['G', 5, ['D', 'E']],
        ['H', 2, ['F', 'G']],
      ]),
    );
    expect(table(item)).toEqual({
      A: [0, 2, 0, 2, 0],
      B: [0, 3, 1, 4, 1],
      C: [2, 4, 2, 4, 0],
      D: [3, 7, 4, 8, 1],
      E: [4, 8, 4, 8, 0],
      F: [4, 7, 10, 13, 6],
      G: [8, 13, 8, 13, 0],
      H: [13, 15, 13, 15, 0],
    });
    expect(item.criticalPath).toEqual({ durationDays: 15, stepIds: ['A', 'C', 'E', 'G', 'H'] });
    expect(item.schedule.filter((e) => e.critical).map((e) => e.stepId)).toEqual(['A', 'C', 'E', 'G', 'H']);
  });

  // "Example 1: Draw the network for the events in Table 1" (lecture note, Table 2),
  // https://studylib.net/doc/8378728/example-1--draw-the-network-for-the-events-in-table-1
  // Published answer: 16 hours along A–B–D–E–G; C and F have slack 1.
  it('prototype-assembly: lecture-note ES/EF/LS/LF/slack and critical path', () => {
    const item = analyzeProcedure(
      chart([
        ['A', 6, []],
        ['B', 2, ['A']],
        ['C', 2, ['A']],
        ['D', 3, ['B']],
        ['E', 4, ['D', 'F']],
        ['F', 2, ['C']],
        ['G', 1, ['E']],
      ]),
    );
    expect(table(item)).toEqual({
      A: [0, 6, 0, 6, 0],
      B: [6, 8, 6, 8, 0],
      C: [6, 8, 7, 9, 1],
      D: [8, 11, 8, 11, 0],
      E: [11, 15, 11, 15, 0],
      F: [8, 10, 9, 11, 1],
      G: [15, 16, 15, 16, 0],
    });
    expect(item.criticalPath).toEqual({ durationDays: 16, stepIds: ['A', 'B', 'D', 'E', 'G'] });
  });

  it('diamond with equal branches: the critical path takes the lowest file index', () => {
    const item = analyzeProcedure(chart([['S1', 1, []], ['S3', 2, ['S1']], ['S2', 2, ['S1']], ['S4', 1, ['S2', 'S3']]]));
    expect(item.criticalPath).toEqual({ durationDays: 4, stepIds: ['S1', 'S3', 'S4'] });
    expect(item.schedule.every((e) => e.critical)).toBe(true);
  });

  it('chain with wait time and 即办 steps: wait counts, zero-time ends stay on the path', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', durationDays: 0 },
        { id: 'S2', durationDays: 1.1, waitDays: 0.2, predecessors: ['S1'] },
        { id: 'S3', durationDays: 0.1, predecessors: ['S2'] },
        { id: 'S4', durationDays: 0, predecessors: ['S3'] },
      ]),
    );
    // 0.2 + 1.1 + 0.1 in floating point is 1.4000000000000001; hundredths keep it exact.
    expect(item.criticalPath).toEqual({ durationDays: 1.4, stepIds: ['S1', 'S2', 'S3', 'S4'] });
    expect(item.schedule.map((e) => e.earliestFinish)).toEqual([0, 1.3, 1.4, 1.4]);
  });

  it('hearing-branch: clockDays is its own longest path with Art. 45 steps weighed 0', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1 },
        { id: 'S2', role: 'hearing', durationDays: 10, predecessors: ['S1'] },
        { id: 'S3', durationDays: 4, predecessors: ['S1'] },
        { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S2', 'S3'] },
      ]),
    );
    expect(item.criticalPath).toEqual({ durationDays: 12, stepIds: ['S1', 'S2', 'S4'] });
    // The critical path's counted time would be 2; the clock's own longest path runs through S3.
    expect(item.clockDays).toBe(6);
  });

  it('contract example shape: 8 steps, 2 conditional → fewest steps path of 6', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1 },
        { id: 'S2', durationDays: 2, predecessors: ['S1'] },
        { id: 'S3', durationDays: 1, predecessors: ['S2'] },
        { id: 'S4', role: 'inspect', durationDays: 3, predecessors: ['S2'], condition: '涉及现场' },
        { id: 'S5', durationDays: 2, predecessors: ['S3', 'S4'] },
        { id: 'S6', role: 'expert', durationDays: 2, predecessors: ['S5'], condition: '重大项目' },
        { id: 'S7', role: 'approve', durationDays: 1, predecessors: ['S5', 'S6'], durationMissing: false },
        { id: 'S8', role: 'deliver', durationDays: 0.5, predecessors: ['S7'] },
      ]),
    );
    expect(item.criticalPath).toEqual({ durationDays: 11.5, stepIds: ['S1', 'S2', 'S4', 'S5', 'S6', 'S7', 'S8'] });
    expect(item.fewestStepsPath).toEqual({ stepCount: 6, durationDays: 7.5, stepIds: ['S1', 'S2', 'S3', 'S5', 'S7', 'S8'] });
  });
});
