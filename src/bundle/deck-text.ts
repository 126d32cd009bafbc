// The text a deck shows — slides, notes, titles, the client's own labels — and the part of it set
// in bold, so each font weight is subset to just the characters drawn in it. The renderer records
// both (src/render/slide-facts.ts): what the theme and the browser draw in bold is marked there.

import type { DeckBuild } from '../pipeline.js';

export interface DeckText {
  /** Every character the deck can show, in any weight (the regular face covers all of it). */
  all: string;
  /** The text drawn in bold (weight 700): headings, strong, big numbers, chart values… */
  bold: string;
}

/**
 * Labels the client draws itself in the deck's font (src/client): reader mode's link, the speaker
 * view's size buttons. A test keeps this in step with the non-ASCII text in src/client.
 */
export const CLIENT_TEXT = '演示模式 视图切换 A− A+ 缩小备注字号 放大备注字号 字';

export function deckText(build: DeckBuild): DeckText {
  const config = build.model?.config;
  const slides = build.rendered?.slides ?? [];
  const meta = [config?.title, config?.subtitle, config?.author, config?.source].filter(Boolean).join('\n');
  const all = slides.flatMap((slide) => slide.facts.text).join(' ');
  const bold = slides.flatMap((slide) => slide.facts.bold).join(' ');
  return { all: [meta, CLIENT_TEXT, all].join('\n'), bold };
}
