// The title slide's speaker, event and date from deck.yaml: one line under the title when any of
// them is set, nothing (no placeholder) when none is.

import type { DeckConfig } from '../model.js';
import { escapeHtml } from './escape.js';

/** Who gives the talk: `speaker`, or the older `author`; undefined when neither is set. */
export function speakerOf(config: Pick<DeckConfig, 'speaker' | 'author'>): string | undefined {
  return config.speaker?.trim() || config.author?.trim() || undefined;
}

/** The `<p class="title-meta">` line, or '' when deck.yaml sets none of speaker, event, date. */
export function titleMetaHtml(config: DeckConfig): string {
  const parts = [speakerOf(config), config.event, config.date].map((p) => (p === undefined ? '' : String(p).trim())).filter(Boolean);
  return parts.length > 0 ? `<p class="title-meta">${parts.map(escapeHtml).join(' · ')}</p>\n` : '';
}

/** Puts the meta line at the end of a title slide's visible content (before its notes). */
export function withTitleMeta(sectionHtml: string, config: DeckConfig): string {
  const meta = titleMetaHtml(config);
  if (!meta) return sectionHtml;
  const notes = sectionHtml.lastIndexOf('<aside class="notes">');
  const at = notes >= 0 ? notes : sectionHtml.lastIndexOf('</section>');
  return at < 0 ? sectionHtml + meta : sectionHtml.slice(0, at) + meta + sectionHtml.slice(at);
}
