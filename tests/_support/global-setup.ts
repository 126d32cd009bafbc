// Builds the real talk once into dist/ before the browser tests open it.

import { build } from 'vite';
import { deckViteConfig } from '../../src/bundle/vite-config.js';
import { PROJECT_ROOT } from './project.js';

export default async function setup(): Promise<void> {
  await build({ ...deckViteConfig({ projectRoot: PROJECT_ROOT }), configFile: false, logLevel: 'warn' });
}
