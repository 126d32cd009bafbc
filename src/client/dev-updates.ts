// The dev page's line to the dev server, the page's one module served through Vite (which gives it
// the HMR socket and the error overlay). Loaded after the client, never before slide 1: the page
// already carries the deck and its fonts. Says which deck and fonts the page shows, and applies
// what the server sends: fonts into their <style>, the slides to the client (main.ts).

import {
  DECK_FONTS_ID,
  DECK_HELLO_EVENT,
  DECK_SETTINGS_ID,
  DECK_STATE_EVENT,
  DECK_UPDATE_EVENT,
  type DeckHello,
  type DeckState,
} from './client-deck.js';

const settings = document.getElementById(DECK_SETTINGS_ID);
const fonts = document.getElementById(DECK_FONTS_ID);

/** Vite's overlay element (it has a close method). */
type Overlay = HTMLElement & { close?: () => void };

if (import.meta.hot) {
  import.meta.hot.on(DECK_STATE_EVENT, (state: DeckState) => {
    // Marks the page as following the server's edits (the answer to its hello came).
    document.documentElement.dataset.deckLive = '';
    if (!state.deck && !state.fonts) return;
    // A page opened while the deck had a problem has no deck to update: the good deck replaces it.
    if (!settings || !fonts) {
      window.location.reload();
      return;
    }
    for (const overlay of document.querySelectorAll<Overlay>('vite-error-overlay')) overlay.close?.();
    if (state.fonts) {
      fonts.textContent = state.fonts.css;
      fonts.dataset.key = state.fonts.key;
    }
    if (state.deck) {
      settings.dataset.key = state.deck.key;
      window.dispatchEvent(new CustomEvent(DECK_UPDATE_EVENT, { detail: state.deck.settings }));
    }
  });
  // Sent once the socket is open: an edit saved between the page's making and now comes back at once.
  const hello: DeckHello = { deck: settings?.dataset.key, fonts: fonts?.dataset.key };
  import.meta.hot.send(DECK_HELLO_EVENT, hello);
}
