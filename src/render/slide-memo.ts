// Slides rendered by the render before, for the dev server: an edit renders the whole deck again,
// but most slides are as they were. A slide is taken from the memo only when everything it is
// rendered from is equal — its source, its file's arc and accent, deck.yaml, the code colouring —
// and the image resolver answers every question it was asked then as it did; its findings are
// reported again. The memo keeps only the last render's slides.

import type { Report } from '../diagnostics.js';
import type { DeckConfig, SlideFile, SlideSource } from '../parse/model.js';
import type { ImageResolver } from './render-env.js';
import { recordingResolver, type ResolverCall, sameAnswers } from './resolver-calls.js';
import type { RenderedSlide } from './section.js';

type Finding = Parameters<Report>[0];

export interface MemoEntry {
  /** The slide, or none when it could not be rendered (its finding says why). */
  slides: RenderedSlide[];
  findings: Finding[];
  calls: ResolverCall[];
}

export interface SlideMemo {
  /** The code colouring every entry was made with (its id); another one empties the memo. */
  highlighter: string;
  entries: Map<string, MemoEntry>;
  /** The entries of the render in progress: the next render's memo. */
  next: Map<string, MemoEntry>;
}

export function createSlideMemo(): SlideMemo {
  return { highlighter: '', entries: new Map(), next: new Map() };
}

/** Starts a render with the code colouring `highlighter` (an id naming it and its languages). */
export function beginRender(memo: SlideMemo, highlighter: string): void {
  if (memo.highlighter !== highlighter) memo.entries.clear();
  memo.highlighter = highlighter;
  memo.next = new Map();
}

/** Ends a render: the memo holds its slides, and no others. */
export function endRender(memo: SlideMemo): void {
  memo.entries = memo.next;
  memo.next = new Map();
}

/** A render's memo as kept beside its deck in the render cache: a start that takes the deck from there takes its slides too. */
export interface SavedSlideMemo {
  highlighter: string;
  entries: [string, MemoEntry][];
}

export function saveSlideMemo(memo: SlideMemo): SavedSlideMemo {
  return { highlighter: memo.highlighter, entries: [...memo.entries] };
}

/** The memo as the render that was saved left it (each entry is still checked when it is used). */
export function restoreSlideMemo(memo: SlideMemo, saved: SavedSlideMemo): void {
  memo.highlighter = saved.highlighter;
  memo.entries = new Map(saved.entries);
  memo.next = new Map();
}

const keyOf = (slide: SlideSource, file: SlideFile, config: DeckConfig, resolves: boolean) =>
  JSON.stringify([slide, file.arc ?? null, file.accent ?? null, config, resolves]);

/**
 * The slide `render` makes, from the memo when an entry fits. `render` is given the report and
 * the resolver to use (they record what the entry must repeat).
 */
export function memoizedSlide(
  memo: SlideMemo,
  source: { slide: SlideSource; file: SlideFile; config: DeckConfig },
  report: Report,
  resolveImage: ImageResolver | undefined,
  render: (report: Report, resolveImage: ImageResolver | undefined) => RenderedSlide[],
): RenderedSlide[] {
  const key = keyOf(source.slide, source.file, source.config, resolveImage !== undefined);
  const known = memo.entries.get(key) ?? memo.next.get(key);
  if (known && sameAnswers(known.calls, resolveImage)) {
    for (const finding of known.findings) report({ ...finding });
    memo.next.set(key, known);
    return known.slides.map((slide) => ({ ...slide }));
  }
  const findings: Finding[] = [];
  const calls: ResolverCall[] = [];
  const recordingReport: Report = (finding) => {
    findings.push({ ...finding });
    report(finding);
  };
  const slides = render(recordingReport, recordingResolver(resolveImage, calls));
  memo.next.set(key, { slides, findings, calls });
  return slides.map((slide) => ({ ...slide }));
}
