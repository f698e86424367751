// Typed errors for what does throw (usage and environment problems); bad CSV input is a Diagnostic instead.

export type ProcoptErrorCode =
  | 'USAGE'
  | 'UNREADABLE_FILE'
  | 'UNKNOWN_ITEM'
  | 'UNKNOWN_CANDIDATE'
  // a date outside the working-day calendar's covered years (never counted as an ordinary week)
  | 'OUTSIDE_CALENDAR'
  | 'INTERNAL';

/** An error the CLI prints without a stack and maps to an exit status. */
export class ProcoptError extends Error {
  readonly code: ProcoptErrorCode;
  constructor(code: ProcoptErrorCode, message: string) {
    super(message);
    this.name = 'ProcoptError';
    this.code = code;
  }
}
