// Test worker for the pool: squares numbers, fails on negative ones.
import { serveTasks } from '../../src/workers/index.js';

export function square(n: number): number {
  if (n < 0) throw new Error(`negative input ${n}`);
  return n * n;
}

serveTasks<number, number>(square);
