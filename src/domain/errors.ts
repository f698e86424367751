// Typed errors for what does throw: usage problems (ProcoptError, printed as a message) and bugs
// (InternalError, or any other exception: printed with the stack). Bad CSV input is a Diagnostic instead.

export type ProcoptErrorCode =
  | 'USAGE'
  | 'UNREADABLE_FILE'
  // an output file or folder that cannot be written (its name, permissions, a full disk)
  | 'UNWRITABLE_FILE'
  | 'UNKNOWN_ITEM'
  | 'UNKNOWN_CANDIDATE'
  // a date outside the working-day calendar's covered years (never counted as an ordinary week)
  | 'OUTSIDE_CALENDAR';

/** A usage error: the CLI prints its message without a stack and exits with status 2. */
export class ProcoptError extends Error {
  readonly code: ProcoptErrorCode;
  constructor(code: ProcoptErrorCode, message: string) {
    super(message);
    this.name = 'ProcoptError';
    this.code = code;
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
