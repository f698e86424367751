// Typed errors for what does throw: usage problems (ProcoptError, printed as a message) and bugs
// (InternalError, or any other exception: printed with the stack). Bad CSV input is a Diagnostic instead.

import type { Lang } from './lang.js';

export type ProcoptErrorCode =
  | 'USAGE'
  | 'UNREADABLE_FILE'
  // an output file or folder that cannot be written (its name, permissions, a full disk)
  | 'UNWRITABLE_FILE'
  | 'UNKNOWN_ITEM'
  | 'UNKNOWN_CANDIDATE'
  // a date outside the working-day calendar's covered years (never counted as an ordinary week)
  | 'OUTSIDE_CALENDAR';

/** A message in every language, from a catalogue: the error is worded where it is printed. */
export type WordedMessage = (lang: Lang) => string;

/**
 * A usage error: the CLI prints its message without a stack and exits with status 2. Thrown where the
 * language is not known (a file-system failure, a date beyond the calendar), it carries its message
 * in every language (`WordedMessage`) and `message` is the English one.
 */
export class ProcoptError extends Error {
  readonly code: ProcoptErrorCode;
  private readonly worded: WordedMessage;
  constructor(code: ProcoptErrorCode, message: string | WordedMessage) {
    super(typeof message === 'string' ? message : message('en'));
    this.name = 'ProcoptError';
    this.code = code;
    this.worded = typeof message === 'string' ? () => message : message;
  }

  /** The message in `lang` (a message given as one string reads the same in every language). */
  messageIn(lang: Lang): string {
    return this.worded(lang);
  }
}

/**
 * A broken promise of procopt's own code (an analysis reaching a state its preconditions exclude).
 * The CLI treats it like any unexpected exception: "internal error", the stack, exit status 2.
 */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

/**
 * An item whose analysis ran over the per-item time budget. Thrown by the analysis between two
 * pieces of work (so nothing of the item was written), caught by the pipeline, which reports the
 * item as left out (ITEM_TIME_LIMIT) and goes on with the next.
 */
export class ItemTimeLimitError extends Error {
  readonly limitMs: number;
  readonly elapsedMs: number;
  /** What the analysis was doing when the budget ran out (a stage name). */
  readonly stage: string;
  constructor(limitMs: number, elapsedMs: number, stage: string) {
    super(`the analysis took longer than ${limitMs} ms (stopped after ${Math.round(elapsedMs)} ms, in ${stage})`);
    this.name = 'ItemTimeLimitError';
    this.limitMs = limitMs;
    this.elapsedMs = elapsedMs;
    this.stage = stage;
  }
}
