// The deck's Vite configuration: what keeps a dev start fast from one start to the next.

import { describe, expect, it } from 'vitest';
import { deckViteConfig, devClientCacheDir, devClientMode, viteCacheDir } from '../../src/bundle/vite-config.js';

describe('#viteCacheDir', () => {
  it('keeps one folder of pre-bundled dependencies per NODE_ENV, so the tests or a build never make npm start re-bundle', () => {
    expect(viteCacheDir('/p', undefined)).toBe('/p/node_modules/.vite/development');
    expect(viteCacheDir('/p', '')).toBe('/p/node_modules/.vite/development');
    expect(viteCacheDir('/p', 'test')).toBe('/p/node_modules/.vite/test');
    expect(viteCacheDir('/p', '../x')).toBe('/p/node_modules/.vite/___x');
  });
});

describe('#deckViteConfig', () => {
  it('uses the folder of the current NODE_ENV; by default serves the bundled client, so Vite pre-bundles and warms nothing', () => {
    const config = deckViteConfig({ projectRoot: '/p' });
    expect(config.cacheDir).toBe(viteCacheDir('/p', process.env.NODE_ENV));
    expect(config.server?.warmup?.clientFiles).toEqual([]);
    // reveal.js is inside the bundled client: the optimiser has nothing to pre-bundle.
    expect(config.optimizeDeps?.include).toEqual([]);
    expect(config.plugins?.flat().map((p) => (p && 'name' in p ? p.name : ''))).toContain('deck:dev-client');
  });

  it('serves the client as modules when asked: pre-bundles reveal.js and warms the page and the client entry up', () => {
    const config = deckViteConfig({ projectRoot: '/p', devClient: 'modules' });
    expect(config.server?.warmup?.clientFiles).toEqual(['./index.html', './main.ts']);
    // Every package the client imports is pre-bundled from the start, not found by a scan first.
    expect(config.optimizeDeps?.include).toEqual(['reveal.js', 'reveal.js/plugin/search', 'reveal.js/plugin/zoom']);
    expect(config.plugins?.flat().map((p) => (p && 'name' in p ? p.name : ''))).not.toContain('deck:dev-client');
  });
});

describe('#devClientMode', () => {
  it('serves the bundled client unless DECK_DEV_CLIENT=modules', () => {
    expect(devClientMode({})).toBe('bundled');
    expect(devClientMode({ DECK_DEV_CLIENT: 'modules' })).toBe('modules');
    expect(devClientMode({ DECK_DEV_CLIENT: 'bundle' })).toBe('bundled');
  });

  it('keeps the bundled client beside Vite’s pre-bundled packages, one per NODE_ENV', () => {
    expect(devClientCacheDir('/p', undefined)).toBe('/p/node_modules/.vite/development/deck-client');
    expect(devClientCacheDir('/p', 'test')).toBe('/p/node_modules/.vite/test/deck-client');
  });
});
