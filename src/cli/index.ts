export { runCli } from './run.js';
export type { Io } from './io.js';
