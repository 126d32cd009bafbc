import { defineConfig } from 'vitest/config';

// Tests run from the project root (vite.config.ts roots the deck in src/client).
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/_support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
