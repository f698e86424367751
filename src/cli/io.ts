// The CLI's window on the world: where output goes and whether stderr is a terminal.
// Commands write through this so tests can run them in-process and capture everything.

/** Output channels of one CLI run. */
export interface Io {
  out(text: string): void;
  /** Standard output as UTF-8 bytes (a long document goes out in large chunks); the bytes are not reused afterwards. */
  outBytes(bytes: Uint8Array): void;
  err(text: string): void;
  /** True when stderr is an interactive terminal (progress bars, colours). */
  readonly errIsTty: boolean;
}

/** The real process streams. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    outBytes: (bytes) => void process.stdout.write(bytes),
    err: (text) => void process.stderr.write(text),
    errIsTty: Boolean(process.stderr.isTTY),
  };
}
