// The procopt executable: runs the command line on the real process streams and survives `| head`.

import { processIo } from './io.js';
import { runCli } from './run.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// No top-level await: the build bundles this file as a CommonJS script (scripts/build.js).
void runCli(process.argv.slice(2), processIo(), process.env).then((code) => {
  process.exitCode = code;
});
