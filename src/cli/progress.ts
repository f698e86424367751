// A progress bar on stderr when it is a terminal (cli-progress), silent otherwise.

import cliProgress from 'cli-progress';
import { CLI_TEXT, type Lang, type ProgressTask, type ProgressUnit } from '../i18n/index.js';
import type { Io } from './io.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A bar labelled with `task` (or a label already worded), counting `unit`, in `lang`; drawn only when stderr is a terminal. */
export function startProgress(io: Io, lang: Lang, task: ProgressTask | { label: string }, unit: ProgressUnit = 'items'): Progress {
  if (!io.errIsTty) return { update: () => undefined, stop: () => undefined };
  const text = CLI_TEXT[lang];
  const label = typeof task === 'string' ? text.progressTask({ task }) : task.label;
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} ${text.progressUnit({ unit })}`, clearOnComplete: true, hideCursor: true, stream: process.stderr },
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
