// Exit statuses of every command (README "Exit codes").

/** 0 clean; 1 some item left out, or a finding at the --fail-on level; 2 usage error, unreadable file or internal error. */
export const EXIT = { ok: 0, inputProblems: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
