import { describe, expect, it } from 'vitest';
import { runTasks, streamTasks } from '../../src/workers/index.js';
import { square } from './square-worker.js';

const ENTRY = new URL('./square-worker.js', import.meta.url);

describe('runTasks', () => {
  it('gives the results in task order whatever the number of workers, with progress', async () => {
    const tasks = Array.from({ length: 25 }, (_, i) => i);
    const expected = tasks.map((n) => n * n);
    for (const workers of [0, 1, 2, 3]) {
      const progress: number[] = [];
      const results = await runTasks(ENTRY, tasks, square, { workers, onProgress: (done) => progress.push(done) });
      expect(results).toEqual(expected);
      expect(progress).toEqual(tasks.map((i) => i + 1));
    }
  });

  it('streams results in task order as they become ready', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => (i * 7) % 11);
    for (const workers of [0, 2]) {
      const seen: [number, number][] = [];
      await streamTasks(ENTRY, tasks, square, { workers }, (index, result) => seen.push([index, result]));
      expect(seen).toEqual(tasks.map((n, i) => [i, n * n]));
    }
  });

  it('keeps several tasks queued at each worker and still gives every result, in order, before stopping', async () => {
    const tasks = Array.from({ length: 25 }, (_, i) => i);
    for (const inFlight of [1, 3, 40]) {
      const progress: number[] = [];
      const results = await runTasks(ENTRY, tasks, square, { workers: 2, inFlight, onProgress: (done) => progress.push(done) });
      expect(results).toEqual(tasks.map((n) => n * n));
      expect(progress).toEqual(tasks.map((i) => i + 1));
    }
  });

  it('rejects with the failing task\'s error, in a worker and in this thread', async () => {
    await expect(runTasks(ENTRY, [1, -2, 3], square, { workers: 2 })).rejects.toThrow('negative input -2');
    await expect(runTasks(ENTRY, [1, -2, 3], square, { workers: 0 })).rejects.toThrow('negative input -2');
  });
});
