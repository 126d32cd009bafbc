// The deck's settings as the client reads them (reveal.js's size, the title, pacing, the font): in
// the built page's JSON element, and in the dev server's page and updates, with a key naming each
// state of the deck.

import { createHash } from 'node:crypto';
import { type ClientDeck, DECK_SETTINGS_ID } from '../client/client-deck.js';
import { FONT_FAMILY } from '../fonts/font-face-css.js';
import type { DeckBuild } from '../pipeline.js';
import { escapeHtml } from '../render/escape.js';

/** The deck's settings the client reads (a deck without errors): reveal.js's size, the title, pacing, the font. */
function deckSettings(build: DeckBuild): Omit<ClientDeck, 'html'> {
  const { config } = build.model!;
  return {
    width: config.size.width,
    height: config.size.height,
    title: config.title,
    fontFamily: FONT_FAMILY,
    defaultTiming: Math.round((config.duration * 60) / Math.max(1, build.rendered!.slides.length)),
  };
}

/** A short name for a state of the deck or its fonts: equal for equal text, different for another. */
export const keyOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 16);

const devDecks = new WeakMap<DeckBuild, { settings: ClientDeck; key: string }>();

/** The dev server's deck (a deck without errors) as a page and an update carry it, with its key; made once a render. */
export function devDeckOf(build: DeckBuild): { settings: ClientDeck; key: string } {
  let deck = devDecks.get(build);
  if (!deck) {
    const settings: ClientDeck = { html: build.rendered!.html, ...deckSettings(build) };
    devDecks.set(build, (deck = { settings, key: keyOf(JSON.stringify(settings)) }));
  }
  return deck;
}

/**
 * The page's element with the deck's settings (JSON; `<` escaped so nothing in it can end the
 * element), and in the dev page the key of the deck's state it shows.
 */
export function settingsElement(settings: Omit<ClientDeck, 'html'>, key?: string): string {
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  const keyAttribute = key === undefined ? '' : ` data-key="${escapeHtml(key)}"`;
  return `<script type="application/json" id="${DECK_SETTINGS_ID}"${keyAttribute}>${json}</script>`;
}

/** The built page's element with the deck's settings. */
export const deckSettingsElement = (build: DeckBuild): string => settingsElement(deckSettings(build));
