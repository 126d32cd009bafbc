// The ids of the modules the deck plugin serves (vite-plugin.ts), as the client imports them and as
// Vite resolves them, and the one module both a build and the dev page use for the deck's settings.

import type { Plugin } from 'vite';
import { DECK_SETTINGS_ID } from '../client/client-deck.js';

export const VIRTUAL_ID = 'virtual:deck';
export const RESOLVED_ID = '\0virtual:deck';

/**
 * `virtual:deck` everywhere: the settings from the page's JSON element, the slides already in the
 * page. So the client's script is the same for every deck (a build keeps Vite's files across decks)
 * and the dev page shows slide 1 without a module from Vite (see dev-page.ts).
 */
export const PAGE_SETTINGS_MODULE = `export default { html: '', ...JSON.parse(document.getElementById(${JSON.stringify(DECK_SETTINGS_ID)}).textContent) };`;

/** `virtual:deck` as PAGE_SETTINGS_MODULE: in the deck's build and dev server, and inside the dev client's bundle. */
export function pageSettingsPlugin(): Plugin {
  return {
    name: 'deck:page-settings',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? PAGE_SETTINGS_MODULE : undefined),
  };
}
