// The dev server's page: like a built page, it carries the deck — its settings, its slides and its
// fonts — so the client shows slide 1 from the page and one script, without waiting for a module
// from Vite (the dev command answers it before Vite has even loaded). One more module, the page's
// line to the server for edits (src/client/dev-updates.ts), comes through Vite once slide 1 shows.
// Pure: strings in, the page out.

import { type ClientDeck, DECK_FONTS_ID } from '../client/client-deck.js';
import { escapeHtml } from '../render/escape.js';
import { sha256Source, withContentSecurityPolicy } from './content-security-policy.js';
import { settingsElement } from './deck-settings.js';
import { insertSlides } from './index-html.js';

/** The updates module, under Vite's root (src/client). */
export const DEV_UPDATES_URL = '/dev-updates.ts';

const updatesScript = `<script type="module" src="${DEV_UPDATES_URL}"></script>`;

/** How long a page that shows no deck (reader mode) waits before it asks for the updates module anyway. */
export const DEV_UPDATES_FALLBACK_MS = 2000;

/**
 * The updates module, asked for once slide 1 is shown (reveal.js's `ready`): the dev command loads
 * Vite when a page first asks for it, so that ~0.2 s of work never competes with slide 1.
 */
const updatesLoader = `
      const load = () => import(${JSON.stringify(DEV_UPDATES_URL)});
      document.querySelector('.reveal')?.addEventListener('ready', load, { once: true });
      setTimeout(load, ${DEV_UPDATES_FALLBACK_MS});
    `;

/**
 * The dev page's policy: scripts from the server and the loader above, none written in a slide
 * (deck.yaml's allowScripts lets the built deck run them; the dev page shows them, as before, without).
 * Nothing else is limited: Vite's client needs its socket and its overlay's styles.
 */
export const DEV_PAGE_POLICY = `script-src 'self' ${sha256Source(updatesLoader)}`;

/** Text for a `<style>`: `</style` inside it would end the element early; CSS has no other way to write it. */
export const styleText = (css: string) => css.replace(/<\/style/gi, '<\\/style');

export interface DevDeck {
  /** The deck's settings and the key naming this state of the deck. */
  settings: Omit<ClientDeck, 'html'>;
  key: string;
  slidesHtml: string;
  fonts: { css: string; key: string };
}

/** The page (its shell filled from deck.yaml) with the deck in it, and the updates module once slide 1 shows. */
export function devDeckPage(page: string, deck: DevDeck): string {
  const head = [
    settingsElement(deck.settings, deck.key),
    `<style id="${DECK_FONTS_ID}" data-key="${escapeHtml(deck.fonts.key)}">${styleText(deck.fonts.css)}</style>`,
  ].join('\n    ');
  const withHead = page
    .replace('</head>', () => `  ${head}\n  </head>`)
    .replace('</body>', () => `  <script type="module">${updatesLoader}</script>\n  </body>`);
  // The policy goes in before the slides, so nothing a slide holds is mistaken for the page's own.
  return insertSlides(withContentSecurityPolicy(withHead, DEV_PAGE_POLICY), deck.slidesHtml);
}

/**
 * The page while the deck has a problem: no deck, only the updates module — through it Vite's
 * overlay names the problem, and the next good state of the deck reloads the page.
 */
export function devProblemPage(title: string): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '  <head>',
    '    <meta charset="utf-8">',
    `    <title>${escapeHtml(title)}</title>`,
    '  </head>',
    '  <body>',
    `    ${updatesScript}`,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}
