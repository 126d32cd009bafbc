// A build of a small deck with an image: the image is bundled and the page links it relatively.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { deckViteConfig } from '../../src/bundle/vite-config.js';
import { PROJECT_ROOT } from '../_support/project.js';

const outDir = mkdtempSync(join(tmpdir(), 'deck-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('vite build', () => {
  it('bundles a slide’s image, links it with a relative URL, and inlines a background image', async () => {
    const slidesDir = join(PROJECT_ROOT, 'tests/fixtures/decks/with-image');
    await build({ ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir }), configFile: false, logLevel: 'silent' });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const src = /<img src="([^"]+)" alt="蓝色的色块"/.exec(html)?.[1];
    expect(src).toMatch(/^\.\/assets\/blue-[\w-]+\.png$/);
    expect(existsSync(join(outDir, src!))).toBe(true);
    // A background image, which Vite does not see, is carried inline.
    expect(html).toMatch(/data-background-image="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
    // Classic scripts and no crossorigin: the page must run from file://.
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('crossorigin');
    expect(html).toMatch(/<script defer src="\.\/assets\/[^"]+\.js"><\/script>/);
  });
});
