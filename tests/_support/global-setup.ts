// Builds the real talk once, into a temporary folder (never the user's dist/), before the browser
// tests open it; tests find the folder with inject('distDir') (see project.ts). Removed afterwards.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { deckViteConfig } from '../../src/bundle/vite-config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real talk built for the tests (a temporary folder). */
    distDir: string;
  }
}

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(join(tmpdir(), 'deck-test-build-'));
  const distDir = join(work, 'dist');
  await build({ ...deckViteConfig({ projectRoot: PROJECT_ROOT, outDir: distDir }), configFile: false, logLevel: 'warn' });
  project.provide('distDir', distDir);
  return () => rm(work, { recursive: true, force: true });
}
