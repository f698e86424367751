// Typed errors for what does throw (usage and environment problems); bad CSV input is a Diagnostic instead.

export type ProcoptErrorCode = 'USAGE' | 'UNREADABLE_FILE' | 'UNKNOWN_ITEM' | 'UNKNOWN_CANDIDATE' | 'INTERNAL';

/** An error the CLI prints without a stack and maps to an exit status. */
export class ProcoptError extends Error {
  readonly code: ProcoptErrorCode;
  constructor(code: ProcoptErrorCode, message: string) {
    super(message);
    this.name = 'ProcoptError';
    this.code = code;
  }
}
