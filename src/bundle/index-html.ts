// Fills the page template with the deck: language, title and accent (before Vite reads the page),
// then the slides' HTML (after Vite is done with it, so Vite never sees, bundles or rewrites it).

import { speakerOf, type DeckConfig } from '../parse/model.js';
import { escapeHtml } from '../render/escape.js';

export const SLIDES_PLACEHOLDER = '<!--deck:slides-->';

/** The deck's icon, in the project's `assets/` (the page uses it, so no slide needs to). */
export const ICON_FILE = 'assets/favicon.svg';

/** The page around the slides: everything deck.yaml decides, and the icon (a data: URL) when there is one. */
export function fillPageShell(template: string, config: DeckConfig, icon?: string): string {
  const speaker = speakerOf(config);
  const description = [config.subtitle, speaker].filter(Boolean).join(' · ');
  const iconLink = icon ? `\n    <link rel="icon" href="${escapeHtml(icon)}">` : '';
  const author = speaker ? `\n    <meta name="author" content="${escapeHtml(speaker)}">` : '';
  return template
    .replace(/<html[^>]*>/, `<html lang="${escapeHtml(config.language)}">`)
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(config.title)}</title>\n    <meta name="description" content="${escapeHtml(description)}">${author}${iconLink}`,
    )
    .replace('--deck-accent: initial', `--deck-accent: ${escapeHtml(config.theme.accent)}`);
}

/** Puts the slides where the template's placeholder is (the first one: slides come after it). */
export function insertSlides(page: string, slidesHtml: string): string {
  if (!page.includes(SLIDES_PLACEHOLDER))
    throw new Error(`the page has no ${SLIDES_PLACEHOLDER} placeholder for the slides (src/client/index.html)`);
  return page.replace(SLIDES_PLACEHOLDER, () => slidesHtml);
}

export function fillIndexHtml(template: string, config: DeckConfig, slidesHtml: string): string {
  return insertSlides(fillPageShell(template, config), slidesHtml);
}

const RE_VITE_TAG = /<(?:script|link)\b[^>]*>/g;

/**
 * Chromium runs no module scripts from file://, and a `crossorigin` link fails there: the build's
 * scripts become classic deferred ones (the bundle is an IIFE) so `index.html` opens from disk.
 * Only the `<script>` and `<link>` tags Vite wrote are touched; call it before the slides go in.
 */
export function makeFileUrlSafe(html: string): string {
  return html.replace(RE_VITE_TAG, (tag) =>
    tag.replace(/^<script type="module"(?: crossorigin)? src=/, '<script defer src=').replace(/ crossorigin(?:="[^"]*")?(?=[\s>/])/g, ''),
  );
}
