// The title slide's speaker, event and date from deck.yaml: one line under the title when any of
// them is set, nothing (no placeholder) when none is.

import { speakerOf, type DeckConfig } from '../parse/model.js';
import { escapeHtmlByPhrase } from './phrase-text.js';

/** Speaker, event and date, those that are set, in that order. */
export function titleMetaParts(config: DeckConfig): string[] {
  return [speakerOf(config), config.event, config.date].map((part) => (part === undefined ? '' : String(part).trim())).filter(Boolean);
}

/** The `<p class="title-meta">` line (set by phrase, as the slides' text is), or '' when deck.yaml sets none. */
export function titleMetaHtml(config: DeckConfig): string {
  const parts = titleMetaParts(config);
  return parts.length > 0 ? `<p class="title-meta">${parts.map(escapeHtmlByPhrase).join(' · ')}</p>\n` : '';
}
