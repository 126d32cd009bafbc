// The title slide's speaker, event and date from deck.yaml: one line under the title when any of
// them is set, nothing (no placeholder) when none is.

import type { DeckConfig } from '../parse/model.js';
import { escapeHtmlByPhrase } from './escape.js';

/** Who gives the talk: `speaker`, or the older `author`; undefined when neither is set. */
export function speakerOf(config: Pick<DeckConfig, 'speaker' | 'author'>): string | undefined {
  return config.speaker?.trim() || config.author?.trim() || undefined;
}

/** Speaker, event and date, those that are set, in that order. */
export function titleMetaParts(config: DeckConfig): string[] {
  return [speakerOf(config), config.event, config.date].map((part) => (part === undefined ? '' : String(part).trim())).filter(Boolean);
}

/** The `<p class="title-meta">` line (set by phrase, as the slides' text is), or '' when deck.yaml sets none. */
export function titleMetaHtml(config: DeckConfig): string {
  const parts = titleMetaParts(config);
  return parts.length > 0 ? `<p class="title-meta">${parts.map(escapeHtmlByPhrase).join(' · ')}</p>\n` : '';
}
