// The text a deck shows — slides, notes, titles — for subsetting its fonts.

import type { DeckBuild } from '../pipeline.js';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

export function deckText(build: DeckBuild): string {
  const config = build.model?.config;
  const html = build.rendered?.html ?? '';
  const visible = html.replace(/<[^>]*>/g, ' ').replace(/&(lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e]!);
  return [config?.title, config?.subtitle, config?.author, config?.source, visible].filter(Boolean).join('\n');
}
