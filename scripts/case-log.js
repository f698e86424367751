#!/usr/bin/env node
// `npm run case-log`: regenerates the bundled example's case log (models/logs/cases.csv and cases.xes)
// by running the machines of models/*.csv (scripts/case-log/models-log.ts, loaded through tsx).

import { register } from 'tsx/esm/api';

register();
const { main } = await import('./case-log/models-log.ts');
process.exitCode = main();
