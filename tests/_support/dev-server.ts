// The deck's Vite dev server for a test: on 127.0.0.1, any free port, silent; optionally on a
// temporary copy of a fixture deck that the test may edit.

import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { deckViteConfig, type DeckViteOptions } from '../../src/bundle/vite-config.js';
import { PROJECT_ROOT } from './project.js';

/** A temporary copy of `tests/fixtures/decks/<name>`, to edit. */
export async function copyFixtureDeck(name: string, prefix = 'deck-dev-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(join(PROJECT_ROOT, 'tests/fixtures/decks', name), dir, { recursive: true });
  return dir;
}

/** The dev server of the deck in `slidesDir` (the talk's slides/ without it), listening; and its address. */
export async function startDevServer(
  slidesDir?: string,
  options: Omit<DeckViteOptions, 'projectRoot' | 'slidesDir'> = {},
): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    ...deckViteConfig({ projectRoot: PROJECT_ROOT, ...options, ...(slidesDir === undefined ? {} : { slidesDir }) }),
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  return { server, url: server.resolvedUrls!.local[0]! };
}
