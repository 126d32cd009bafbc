// What a data block's drawing needs besides its data: unique ids, and the slide's facts to record into.

import type { SlideFacts } from '../slide-facts.js';

export interface BlockContext {
  /** Unique prefix for element ids inside the block. */
  idPrefix: string;
  /** The slide's facts: a block records the text it draws and the ids it writes. */
  facts: SlideFacts;
}

/** Records text a block draws (bold where the theme sets it in bold). */
export function recordText(context: BlockContext, text: string, bold = false): void {
  context.facts.text.push(text);
  if (bold) context.facts.bold.push(text);
}

/** Records the ids of an SVG drawn at both widths (svg-frame.ts names its title and description). */
export function recordSvgIds(context: BlockContext): void {
  for (const id of [context.idPrefix, `${context.idPrefix}-narrow`]) context.facts.ids.push(`${id}-title`, `${id}-desc`);
}
