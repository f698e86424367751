// The CLI's window on the world: where output goes and whether stderr is a terminal.
// Commands write through this so tests can run them in-process and capture everything.

/** Output channels of one CLI run. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is an interactive terminal (progress bars, colours). */
  readonly errIsTty: boolean;
}

/** The real process streams. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    errIsTty: Boolean(process.stderr.isTTY),
  };
}
