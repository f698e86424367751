// The tests StrykerJS runs against each mutant (npm run mutation): the in-process tests of the
// mutated stages and what they feed. The CLI tests run the built dist/ (a mutant is not in it), and
// the benchmark and worker tests only add time, so they are left out. MUTATION_TESTS (globs joined
// by commas) narrows the set for a partial run (docs/mutation.md).
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Not mergeConfig: it concatenates arrays, so the base's include (every test) would stay in.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: process.env.MUTATION_TESTS?.split(',') ?? ['tests/{analyze,import,model,graph,calendar,conformance,pipeline,mutants,domain,i18n}/**/*.test.ts'],
    // Stryker switches mutants at run time, so the modules need not be loaded anew for each test
    // file: one load for the whole run halves the time of a mutant on two cores.
    isolate: false,
    // no CLI test runs, so dist/ need not be built (nor could be: the sandbox's sources are instrumented)
    globalSetup: [],
  },
});
