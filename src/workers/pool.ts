// A small worker_threads pool for CPU-bound stages (analysis, ELK layout): tasks go to the next
// free worker (dynamic scheduling) and results come back in task order, so the output is the
// same whatever the number of workers. 0 workers runs the handler in this thread.

import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

type Request<T> = { id: number; task: T };
type Response<R> = { id: number; result: R } | { id: number; error: string };

/** Cores available to this process (at least 1). */
export function coreCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Starts the worker module `entry`, given as the URL of its compiled `.js` file. When this code
 * runs from TypeScript sources (vitest, tsx) the `.ts` sibling is started through a bootstrap that
 * registers tsx first: Node 20 ignores `--import` loaders in a worker's execArgv for its entry.
 */
function startWorker(entry: URL): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(entry);
  const source = JSON.stringify(entry.href.replace(/\.js$/, '.ts'));
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); })`, { eval: true });
}

/** The workers a pool of `workers` starts for `tasks` tasks: 0 (run in this thread) for a single task. */
export function poolSize(workers: number, tasks: number): number {
  return tasks <= 1 ? 0 : Math.max(0, Math.min(workers, tasks));
}

export interface PoolOptions {
  /** Worker threads; 0 runs every task in this thread with `inThread`. */
  workers: number;
  /** Called after each task, with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Tasks kept queued at each worker (default 1). More keeps workers busy while this thread is
   * occupied with something else and cannot hand out the next task.
   */
  inFlight?: number;
}

/**
 * Runs every task on a pool of `entry` workers (see `serveTasks`) and returns the results in task
 * order. With 0 workers, or a single task, `inThread` runs them here instead.
 * @throws Error from the first task that failed (all workers are stopped first).
 */
export async function runTasks<T, R>(
  entry: URL,
  tasks: readonly T[],
  inThread: (task: T) => R | Promise<R>,
  options: PoolOptions,
): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  await streamTasks(entry, tasks, inThread, options, (index, result) => {
    results[index] = result;
  });
  return results;
}

/**
 * Like runTasks, but hands each result to `onResult` in task order as soon as it and every earlier
 * one are done, keeping none: a caller can write a large catalogue's output as it goes.
 */
export async function streamTasks<T, R>(
  entry: URL,
  tasks: readonly T[],
  inThread: (task: T) => R | Promise<R>,
  options: PoolOptions,
  onResult: (index: number, result: R) => void,
): Promise<void> {
  const total = tasks.length;
  let done = 0;
  const workerCount = poolSize(options.workers, total);
  if (workerCount === 0) {
    for (const [i, task] of tasks.entries()) {
      onResult(i, await inThread(task));
      options.onProgress?.(++done, total);
    }
    return;
  }
  // Results that came back before an earlier task's, waiting for their turn.
  const waiting = new Map<number, R>();
  let nextToHand = 0;
  const arrive = (index: number, result: R): void => {
    waiting.set(index, result);
    while (waiting.has(nextToHand)) {
      const ready = waiting.get(nextToHand) as R;
      waiting.delete(nextToHand);
      onResult(nextToHand++, ready);
    }
  };
  const inFlight = Math.max(1, options.inFlight ?? 1);
  const workers = Array.from({ length: workerCount }, () => startWorker(entry));
  try {
    let next = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // Tasks posted to this worker and not answered yet.
            let pending = 0;
            const feed = (): void => {
              if (next >= total) {
                if (pending === 0) resolve();
                return;
              }
              const id = next++;
              pending++;
              worker.postMessage({ id, task: tasks[id] as T } satisfies Request<T>);
            };
            worker.on('message', (response: Response<R>) => {
              pending--;
              if ('error' in response) return reject(new Error(response.error));
              try {
                arrive(response.id, response.result);
              } catch (error) {
                return reject(error instanceof Error ? error : new Error(String(error)));
              }
              options.onProgress?.(++done, total);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < total || pending > 0 || code !== 0) reject(new Error(`worker stopped early (exit code ${code})`));
            });
            for (let k = 0; k < inFlight; k++) feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Worker side of `runTasks`: answers each task message with the handler's result or error. Call it
 * only in a worker entry module that nothing else imports: every module that calls it on load
 * registers one more handler on the thread's port.
 */
export function serveTasks<T, R>(handler: (task: T) => R | Promise<R>): void {
  const port = parentPort;
  if (port === null) return;
  port.on('message', ({ id, task }: Request<T>) => {
    Promise.resolve()
      .then(() => handler(task))
      .then(
        (result) => port.postMessage({ id, result } satisfies Response<R>),
        (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Response<R>),
      );
  });
}
