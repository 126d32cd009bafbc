import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { deckViteConfig } from './src/bundle/vite-config.js';

export default defineConfig(deckViteConfig({ projectRoot: fileURLToPath(new URL('.', import.meta.url)) }));
