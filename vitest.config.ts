import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // dist/ built once, before any test file, when a source is newer (the CLI tests run it)
    globalSetup: ['tests/global-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
