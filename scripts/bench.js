#!/usr/bin/env node
// `npm run bench`: loads the TypeScript benchmark (scripts/bench/run-bench.ts) through tsx and runs it.
// Options: --sizes 1k,10k[,100k] --runs N --report-runs N --no-build --no-report --no-write; --profile SIZE.

import { register } from 'tsx/esm/api';

register();
const { main } = await import('./bench/run-bench.ts');
process.exitCode = await main(process.argv.slice(2));
