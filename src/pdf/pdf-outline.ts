// The PDF's document outline (bookmarks): one entry per arc, holding its slides by title.

import type { DeckModel } from '../parse/model.js';
import type { RenderedSlide } from '../render/section.js';

export interface OutlineEntry {
  title: string;
  /** 0-based page the entry opens. */
  page: number;
  children: OutlineEntry[];
}

/** Arc name by slide file, from each file's front matter `arc`. */
export function arcsByFile(model: DeckModel): Map<string, string> {
  return new Map(model.files.flatMap((f) => (f.arc ? [[f.file, f.arc] as const] : [])));
}

/**
 * Slides grouped under their arc, in deck order; a slide without an arc stands at the top level.
 * `pageOf` gives the first page of a slide (with separated fragments a slide spans several pages);
 * a slide with no page is left out. A slide without a heading is named by its number.
 *
 * @example
 * buildOutline([{ id: 'a-1', file: 'a.md', title: '破局' }], new Map([['a.md', '破局']]), () => 0)
 * // → [{ title: '破局', page: 0, children: [{ title: '破局', page: 0, children: [] }] }]
 */
export function buildOutline(
  slides: readonly Pick<RenderedSlide, 'id' | 'file' | 'title'>[],
  arcs: ReadonlyMap<string, string>,
  pageOf: (slideId: string) => number | undefined,
): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  let openArc: { name: string; entry: OutlineEntry } | undefined;
  slides.forEach((slide, index) => {
    const page = pageOf(slide.id);
    if (page === undefined) return;
    const entry: OutlineEntry = { title: slide.title || `${index + 1}`, page, children: [] };
    const arc = arcs.get(slide.file);
    if (!arc) {
      openArc = undefined;
      outline.push(entry);
      return;
    }
    // Consecutive slides of one arc share an entry; the arc opens at its first slide.
    if (openArc?.name !== arc) {
      openArc = { name: arc, entry: { title: arc, page, children: [] } };
      outline.push(openArc.entry);
    }
    openArc.entry.children.push(entry);
  });
  return outline;
}
