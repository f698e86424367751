// A progress bar on stderr when it is a terminal (cli-progress), silent otherwise.

import cliProgress from 'cli-progress';
import type { Io } from './io.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A bar labelled `label`, counting `unit`, drawn only when stderr is a terminal. */
export function startProgress(io: Io, label: string, unit: 'items' | 'files' = 'items'): Progress {
  if (!io.errIsTty) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} ${unit}`, clearOnComplete: true, hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
