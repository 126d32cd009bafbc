// The dev server's deck loaded on a second thread: reading, rendering and the font CSS (~0.3 s of
// work) run while the main thread loads Vite, instead of after it on the same thread.

import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { PluginDeck } from './vite-plugin.js';

/** What the worker is asked to load: loadPluginDeck's options for the dev server. */
export interface DeckLoadRequest {
  deckLoad: { slidesDir: string; root: string; fontCacheDir?: string };
}

/** The worker's messages: the deck first, then its font CSS (or why either failed). */
type DeckLoadMessage =
  | { deck: Omit<PluginDeck, 'fontsCss'> }
  | { fontsCss: string }
  | { fontsError: string }
  | { deckError: string };

const isDeckLoadRequest = (data: unknown): data is DeckLoadRequest =>
  typeof data === 'object' && data !== null && 'deckLoad' in data;

/** True in a thread started by loadDeckInWorker: the module that started it should only serve the load. */
export const isDeckLoadWorker = (): boolean => !isMainThread && isDeckLoadRequest(workerData);

/** The worker's side: loads the deck, posts it, then posts its font CSS. */
export async function serveDeckLoad(): Promise<void> {
  const { slidesDir, root, fontCacheDir: given } = (workerData as DeckLoadRequest).deckLoad;
  const post = (message: DeckLoadMessage) => parentPort!.postMessage(message);
  const [{ loadPluginDeck, fontsCss }, { defaultFontCacheDir }] = await Promise.all([
    import('./vite-plugin.js'),
    import('../fonts/font-cache.js'),
  ]);
  // The plugin's own default, so the fonts made here are the ones it would make.
  const fontCacheDir = resolve(given ?? defaultFontCacheDir(root));
  let deck: PluginDeck;
  try {
    deck = await loadPluginDeck({ slidesDir, root, fontCacheDir }, 'serve');
    post({ deck: { build: deck.build, carried: deck.carried } });
  } catch (error) {
    post({ deckError: error instanceof Error ? error.message : String(error) });
    return;
  }
  // A deck with errors gets no fonts (the plugin never asks for them).
  if (deck.build.diagnostics.some((d) => d.severity === 'error') || !deck.build.model) return;
  await fontsCss(deck.build, fontCacheDir).then(
    (css) => post({ fontsCss: css }),
    (error: unknown) => post({ fontsError: error instanceof Error ? error.message : String(error) }),
  );
}

/**
 * Loads the deck in a worker thread running `entry` (a module that calls serveDeckLoad when
 * isDeckLoadWorker()); the font CSS arrives as the deck's `fontsCss`. Rejects when the worker
 * cannot start or load it, so the caller can load the deck itself.
 */
export function loadDeckInWorker(entry: string, request: DeckLoadRequest['deckLoad']): Promise<PluginDeck> {
  const worker = new Worker(entry, { workerData: { deckLoad: request } satisfies DeckLoadRequest });
  let fontsSettled: { resolve: (css: string) => void; reject: (error: Error) => void } | undefined;
  const fonts = new Promise<string>((resolve, reject) => (fontsSettled = { resolve, reject }));
  // Never unhandled: the plugin asks for the fonts only when the deck has no errors.
  fonts.catch(() => undefined);
  return new Promise<PluginDeck>((resolve, reject) => {
    worker.on('message', (message: DeckLoadMessage) => {
      if ('deck' in message) resolve({ ...message.deck, fontsCss: fonts });
      else if ('deckError' in message) reject(new Error(message.deckError));
      else if ('fontsCss' in message) fontsSettled!.resolve(message.fontsCss);
      else fontsSettled!.reject(new Error(message.fontsError));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      const ended = new Error(`the deck's loading thread ended (${code}) before it was done`);
      reject(ended);
      fontsSettled!.reject(ended);
    });
  });
}
