// The CLI's window on the world: where output goes and whether stderr is a terminal.
// Commands write through this so tests can run them in-process and capture everything.

import pc from 'picocolors';
import { printable } from '../import/index.js';

/** How a message is coloured on a colour terminal. */
export type Tone = 'error' | 'warning';

/** Output channels of one CLI run. */
export interface Io {
  /** A message on standard output (a summary line, help); documents go through outBytes. */
  out(text: string): void;
  /** Standard output as UTF-8 bytes (a long document goes out in large chunks); the bytes are not reused afterwards. */
  outBytes(bytes: Uint8Array): void;
  /** A message on stderr; `tone` colours each of its lines on a colour terminal (see terminalIo). */
  err(text: string, tone?: Tone): void;
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

/**
 * `io` for messages that quote input (item codes, step names, file names, cell text): every control
 * character but the line feed and tab, and every bidirectional override, is shown escaped (`\x1b`,
 * `\r`, `\u202e`), so input can neither retitle the terminal, move the cursor, hide text nor forge a
 * line. Colours are added here, after the escaping. Documents (outBytes) pass as they are: their
 * renderers make data text inert in their own format.
 */
export function terminalIo(io: Io): Io {
  const colour = io.errIsTty && pc.isColorSupported;
  return {
    out: (text) => io.out(printable(text, true)),
    outBytes: (bytes) => io.outBytes(bytes),
    err: (text, tone) => {
      const safe = printable(text, true);
      io.err(colour && tone !== undefined ? colourLines(safe, tone === 'error' ? pc.red : pc.yellow) : safe);
    },
    errIsTty: io.errIsTty,
  };
}

/** Each non-empty line coloured on its own (a line read alone still ends its colour). */
function colourLines(text: string, paint: (line: string) => string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : paint(line)))
    .join('\n');
}
