// Fills the page template with the deck: language, title and the slides' HTML.

import type { DeckConfig } from '../model.js';
import { escapeHtml } from '../render/escape.js';

export const SLIDES_PLACEHOLDER = '<!--deck:slides-->';

export function fillIndexHtml(template: string, config: DeckConfig, slidesHtml: string): string {
  const description = [config.subtitle, config.author].filter(Boolean).join(' · ');
  return template
    .replace(/<html[^>]*>/, `<html lang="${escapeHtml(config.language)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(config.title)}</title>\n    <meta name="description" content="${escapeHtml(description)}">\n    <meta name="author" content="${escapeHtml(config.author)}">`)
    .replace(SLIDES_PLACEHOLDER, () => slidesHtml)
    .replace('--deck-accent: initial', `--deck-accent: ${escapeHtml(config.theme.accent)}`);
}

/**
 * Chromium runs no module scripts from file://, and a `crossorigin` link fails there: the build's
 * scripts become classic deferred ones (the bundle is an IIFE) so `index.html` opens from disk.
 */
export function makeFileUrlSafe(html: string): string {
  return html
    .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
    .replace(/<script type="module" src=/g, '<script defer src=')
    .replace(/ crossorigin(?=[\s>])/g, '');
}
