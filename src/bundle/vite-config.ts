// The Vite configuration of a deck, as a function so tests can point it at other slides.

import { join } from 'node:path';
import type { UserConfig } from 'vite';
import type { DevClient } from './dev-client.js';
import { devClientPlugin } from './dev-client-plugin.js';
import { type BuildFiles, deckPlugin, type PluginDeck } from './vite-plugin.js';

export interface DeckViteOptions {
  /** The project folder (holds src/client). */
  projectRoot: string;
  /** Folder of deck.yaml and the slides; default `<projectRoot>/slides`. */
  slidesDir?: string;
  /** Where the build goes; default `<projectRoot>/dist`. */
  outDir?: string;
  /** Where subset fonts are cached; default `<projectRoot>/node_modules/.cache/deck-fonts`. */
  fontCacheDir?: string;
  /** The deck already loaded, or being loaded, by the command (see DeckPluginOptions.preloaded). */
  preloaded?: PluginDeck | Promise<PluginDeck>;
  /** Build only: given Vite's own files before the deck is finished in them. */
  onViteOutput?: (files: BuildFiles) => void;
  /**
   * Dev server only: how the page gets the client — `bundled` (default): one cached bundle of
   * main.ts and everything it imports (dev-client.ts); `modules`: main.ts and each of its imports
   * as its own module, with source maps (for working on the client itself).
   */
  devClient?: 'bundled' | 'modules';
  /** The bundled client already being looked up by the command (see DevClientPluginOptions.preloaded). */
  preloadedClient?: Promise<DevClient>;
  /** The page's folder (index.html, main.ts); default `<projectRoot>/src/client` (a test gives a copy). */
  clientDir?: string;
  /** Where the bundled client is cached; default devClientCacheDir(). */
  devClientCacheDir?: string;
}

/** `DECK_DEV_CLIENT=modules` serves the client as separate modules; anything else, the bundle. */
export function devClientMode(env: NodeJS.ProcessEnv = process.env): 'bundled' | 'modules' {
  return env.DECK_DEV_CLIENT === 'modules' ? 'modules' : 'bundled';
}

/** Where the dev server caches the bundled client: beside Vite's pre-bundled packages (`npm ci` empties both). */
export function devClientCacheDir(projectRoot: string, nodeEnv: string | undefined): string {
  return join(viteCacheDir(projectRoot, nodeEnv), 'deck-client');
}

/**
 * Vite's folder for its pre-bundled dependencies, one per NODE_ENV: the optimiser's cache is keyed
 * by NODE_ENV, so the tests (`test`) or a process that built first (`production`) sharing one folder
 * with `npm start` would make each next start re-bundle reveal.js ("vite config has changed").
 */
export function viteCacheDir(projectRoot: string, nodeEnv: string | undefined): string {
  return join(projectRoot, 'node_modules/.vite', (nodeEnv || 'development').replace(/[^\w-]/g, '_'));
}

export function deckViteConfig(options: DeckViteOptions): UserConfig {
  const { projectRoot } = options;
  const slidesDir = options.slidesDir ?? join(projectRoot, 'slides');
  const clientDir = options.clientDir ?? join(projectRoot, 'src/client');
  const bundled = (options.devClient ?? 'bundled') === 'bundled';
  return {
    root: clientDir,
    // Relative asset paths: the deck works under any sub-path and from file://.
    base: './',
    publicDir: false,
    clearScreen: false,
    cacheDir: viteCacheDir(projectRoot, process.env.NODE_ENV),
    // Lightning CSS reads the style sheets, in the dev server as in the build: the same output as
    // PostCSS, without PostCSS parsing the fonts' ~150 KB of data: URLs (~0.2 s of a dev start).
    css: { transformer: 'lightningcss' },
    plugins: [
      deckPlugin({
        slidesDir,
        root: projectRoot,
        fontCacheDir: options.fontCacheDir,
        preloaded: options.preloaded,
        onViteOutput: options.onViteOutput,
      }),
      ...(bundled
        ? devClientPlugin({
            clientDir,
            cacheDir: options.devClientCacheDir ?? devClientCacheDir(projectRoot, process.env.NODE_ENV),
            preloaded: options.preloadedClient,
          })
        : []),
    ],
    // The client's packages, pre-bundled at the dev server's start without waiting for the scan of
    // its modules to find them (which can end in a page reload on a first start); the bundled
    // client has them inside.
    optimizeDeps: { include: bundled ? [] : ['reveal.js', 'reveal.js/plugin/search', 'reveal.js/plugin/zoom'], noDiscovery: true },
    server: {
      host: '127.0.0.1',
      fs: { allow: [projectRoot, slidesDir] },
      // The page (Vite's HTML pipeline loads its parts on first use) and the client's modules are
      // transformed while the browser is still on its way to them.
      // (The bundled client's page needs nothing of Vite's before slide 1: nothing to warm up.)
      warmup: { clientFiles: bundled ? [] : ['./index.html', './main.ts'] },
    },
    preview: { host: '127.0.0.1' },
    build: {
      outDir: options.outDir ?? join(projectRoot, 'dist'),
      emptyOutDir: true,
      modulePreload: false,
      assetsInlineLimit: 0,
      // One stylesheet linked from the page, so the deck is styled before the script runs.
      cssCodeSplit: false,
      rollupOptions: {
        // One classic script (IIFE): Chromium does not run module scripts from file://.
        output: { format: 'iife' },
      },
    },
  };
}
