// The dev server's watch on the slides folder and its line to the open pages: each change renders
// the deck again and goes to the pages over Vite's socket (a DeckState); a page's hello is answered
// with what it lacks; a problem shows as Vite's overlay.

import { resolve, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { DECK_HELLO_EVENT, DECK_STATE_EVENT, type DeckHello, type DeckState } from '../client/client-deck.js';
import { hasErrors } from '../diagnostics.js';
import type { DeckConfig } from '../parse/model.js';
import type { DeckBuild } from '../pipeline.js';
import { deckError, overlayPayload, unexpectedError, type DeckError } from './deck-error.js';
import { devDeckOf } from './deck-settings.js';
import { fillPageShell } from './index-html.js';
import { watchFolderEntries } from './watch-folder.js';

/**
 * An editor's save is a burst of events (truncate and write, or write a copy and rename) within a
 * few ms of each other; the wait is part of every edit's delay. A burst split by it costs one more
 * render, which shows the file as it ended.
 */
export const SETTLE_MS = 10;

/** What the page around the slides shows; when it changes the dev server reloads the page. */
const pageShellKey = (config: DeckConfig) => fillPageShell('<html><title></title>--deck-accent: initial', config);

/** The dev server's deck and fonts as a page shows them and the watcher sends them. */
export interface DevDeckSource {
  /** The deck as last rendered. */
  load: () => Promise<DeckBuild>;
  /** The deck read and rendered again (after a change). */
  reload: () => Promise<DeckBuild>;
  /** The fonts the pages have (css and key), cut again only when `build` brings a character they lack. */
  fonts: (build: DeckBuild) => Promise<{ css: string; key: string }>;
}

/** True for `file` when it is `folder` or inside it. */
export const isInsideFolder = (folder: string, file: string) => {
  const path = resolve(file);
  return path === folder || path.startsWith(folder + sep);
};

/**
 * The dev server's watch on the slides folder: every change (a file, a folder, the folder itself)
 * renders the deck again once the burst of events settles; a problem shows as Vite's overlay, the
 * next good state goes to the open pages over the socket (DeckState) and they update in place — or
 * reload when deck.yaml changed what the page around the slides shows (title, language, accent).
 * A page that says hello is answered with what it lacks: another deck or fonts than it has (an
 * edit saved while it loaded), or nothing; one opened on a problem is shown it.
 */
export function watchSlides(
  server: ViteDevServer,
  slidesDir: string,
  source: DevDeckSource,
  logWarnings: (build: DeckBuild, log: (m: string) => void) => void,
): void {
  let shell: string | undefined;
  /** The keys of the deck and fonts the pages were last given (at start, the first page's); no deck after a problem. */
  let sentDeck: string | undefined;
  let sentFonts: string | undefined;
  let latest: Promise<DeckBuild> = source.load();
  void latest.then(
    async (build) => {
      shell = build.model ? pageShellKey(build.model.config) : undefined;
      if (hasErrors(build.diagnostics)) return;
      sentDeck ??= devDeckOf(build).key;
      sentFonts ??= (await source.fonts(build)).key;
    },
    () => undefined,
  );

  const reportError = (error: DeckError) => {
    server.config.logger.error(error.message, { timestamp: true });
    server.ws.send(overlayPayload(error));
  };

  server.ws.on(DECK_HELLO_EVENT, (hello: DeckHello, client) => {
    void latest
      .then(async (build) => {
        if (hasErrors(build.diagnostics)) return client.send(overlayPayload(deckError(build)));
        const deck = devDeckOf(build);
        const fonts = await source.fonts(build);
        const state: DeckState = {
          ...(hello.deck === deck.key ? {} : { deck }),
          ...(hello.fonts === fonts.key ? {} : { fonts }),
        };
        // Answered even when the page is up to date: it then knows it follows the edits.
        client.send(DECK_STATE_EVENT, state);
      })
      .catch((error: unknown) => client.send(overlayPayload(unexpectedError(error, slidesDir))));
  });

  async function onSlidesChanged(): Promise<void> {
    const build = await (latest = source.reload());
    if (hasErrors(build.diagnostics)) {
      sentDeck = undefined;
      reportError(deckError(build));
      return;
    }
    logWarnings(build, (m) => server.config.logger.warn(m, { timestamp: true }));
    const nextShell = build.model ? pageShellKey(build.model.config) : undefined;
    if (shell !== undefined && nextShell !== shell) {
      shell = nextShell;
      sentDeck = devDeckOf(build).key;
      server.ws.send({ type: 'full-reload', path: '*' });
      return;
    }
    shell = nextShell;
    // New fonts come with the slides when the edit brought a character they lack (the slides wait
    // for the cut: never a new character in another face); most edits bring none, and wait for nothing.
    const fonts = await source.fonts(build);
    const deck = devDeckOf(build);
    // A save that changed nothing the pages show (an editor's second event for one save, a file
    // touched) sends nothing: the pages would only lay the same slides out again.
    if (deck.key === sentDeck && fonts.key === sentFonts) return;
    const state: DeckState = { deck, ...(fonts.key === sentFonts ? {} : { fonts }) };
    server.ws.send(DECK_STATE_EVENT, state);
    sentDeck = deck.key;
    sentFonts = fonts.key;
  }

  server.watcher.add(slidesDir);
  watchFolderEntries(server, slidesDir, (file) => onFsEvent(file));
  // Editors save in bursts (create, write, rename): wait for the burst to settle, then rebuild
  // once, so a half-written file is never read as the new deck.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onFsEvent = (file: string) => {
    if (!isInsideFolder(slidesDir, file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      onSlidesChanged().catch((error: unknown) => reportError(unexpectedError(error, slidesDir)));
    }, SETTLE_MS);
  };
  for (const event of ['add', 'unlink', 'change', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onFsEvent);
}
