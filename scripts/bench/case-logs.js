#!/usr/bin/env node
// `npm run bench:case-logs`: the case-log benchmark (scripts/bench/case-log-bench.ts, through tsx).
// Options: --items 10000 --cases-per-item 10 --no-build --no-write.

import { register } from 'tsx/esm/api';

register();
const { main } = await import('./case-log-bench.ts');
process.exitCode = await main(process.argv.slice(2));
