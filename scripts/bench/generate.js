#!/usr/bin/env node
// CLI of the catalogue generator: `node scripts/bench/generate.js --items 10000 --seed 1 --out .tmp/bench/10k`.
// Loads the TypeScript generator through tsx and writes one CSV per ~500 items plus a manifest.json.

import { register } from 'tsx/esm/api';

register();
const { main } = await import('./generate-main.ts');
process.exitCode = await main(process.argv.slice(2));
