#!/usr/bin/env node
// The CLI as `npm run build` bundles it (dist/bundle/, see scripts/build.js) — unless tsc has written
// dist/ since the bundle was made (a build of the modules alone): then the modules themselves, so a
// stale bundle never runs.
import { statSync } from 'node:fs';

const modifiedAt = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = modifiedAt('../dist/bundle/main.js') >= modifiedAt('../dist/cli/main.js');
await import(bundled ? '../dist/bundle/main.js' : '../dist/cli/main.js');
