#!/usr/bin/env node
// Loads scripts/bench/measure-odds.ts through tsx: `node scripts/bench/measure-odds.js --items 1000 --samples 10000`.

import { register } from 'tsx/esm/api';

register();
const { main } = await import('./measure-odds.ts');
process.exitCode = main(process.argv.slice(2));
