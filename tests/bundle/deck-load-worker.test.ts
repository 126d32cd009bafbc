// The dev command's deck loaded on a second thread arrives as a structured clone: everything the
// plugin reads from it later (the slides module, the page shell, the fonts' text) must survive that.

import { describe, expect, it } from 'vitest';
import { deckText } from '../../src/fonts/deck-text.js';
import { clientDeckModule, loadPluginDeck } from '../../src/bundle/vite-plugin.js';
import { isDeckLoadWorker, loadDeckInWorker } from '../../src/bundle/deck-load-worker.js';
import { PROJECT_ROOT } from '../_support/project.js';

const slidesDir = `${PROJECT_ROOT}tests/fixtures/decks/with-image`;

describe('the deck sent from the loading thread', () => {
  it('serves the same slides module and fonts text as the deck itself', async () => {
    const deck = await loadPluginDeck({ slidesDir, root: PROJECT_ROOT }, 'serve');
    const sent = structuredClone({ build: deck.build, carried: deck.carried });
    expect(sent.build.model).toBeDefined();
    expect(clientDeckModule(sent.build, 'serve')).toBe(clientDeckModule(deck.build, 'serve'));
    expect(deckText(sent.build)).toEqual(deckText(deck.build));
    expect(sent.build.model!.config).toEqual(deck.build.model!.config);
    expect(sent.build.diagnostics).toEqual(deck.build.diagnostics);
  });

  it('is not a loading thread here, and rejects (so the command loads the deck itself) when the thread cannot start', async () => {
    expect(isDeckLoadWorker()).toBe(false);
    await expect(loadDeckInWorker(`${PROJECT_ROOT}no-such-entry.js`, { slidesDir, root: PROJECT_ROOT })).rejects.toThrow();
  });
});
