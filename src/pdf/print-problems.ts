// What would print wrong, as diagnostics naming the slide's file and line.

import { describeOverflowEdges, OVERFLOW_TOLERANCE_PX, overflowAmount } from '../overflow-report.js';
import type { Diagnostic } from '../diagnostics.js';
import type { RenderedSlide } from '../render/section.js';
import type { NotdefUse } from './notdef-glyphs.js';
import type { FontProblem } from './pdf-document.js';
import type { BrokenImage, FailedFont, SlideOverflow, SlidePlace } from './page-inspection.js';

function at(place: SlidePlace, ruleId: string, message: string, hint: string): Diagnostic {
  return { file: place.file, line: place.line, column: 1, severity: 'error', ruleId, message, hint };
}

/**
 * One diagnostic per slide that reaches beyond its canvas (its worst page when fragments repeat it),
 * worded as the deck linter words it (src/check/overflow.ts), which measures the same on screen.
 */
export function overflowProblems(overflows: readonly SlideOverflow[], size: { width: number; height: number }): Diagnostic[] {
  const worst = new Map<string, SlideOverflow>();
  for (const overflow of overflows) {
    const previous = worst.get(overflow.slideId);
    const amount = overflowAmount(overflow);
    if (amount > OVERFLOW_TOLERANCE_PX && (!previous || amount > overflowAmount(previous))) worst.set(overflow.slideId, overflow);
  }
  return [...worst.values()].map((overflow) =>
    at(
      overflow,
      'pdf-overflow',
      `the content reaches ${describeOverflowEdges(overflow)} the ${size.width}×${size.height} slide (${overflow.element}), so the PDF would cut it off`,
      'shorten the slide or split it into two',
    ),
  );
}

export function imageProblems(images: readonly BrokenImage[]): Diagnostic[] {
  return images.map((image) =>
    at(
      image,
      'pdf-image',
      `the image "${image.src}" did not load, so the PDF would show a gap`,
      'check the path, relative to the slide file, and that the file is a valid image',
    ),
  );
}

/** A failed web font is reported on the first slide set in it (or the first slide of the deck). */
export function webFontProblems(fonts: readonly FailedFont[], firstSlide: SlidePlace): Diagnostic[] {
  return fonts.map((font) => {
    const [first = firstSlide, ...more] = font.slides;
    const others = more.length > 0 ? ` (and ${more.length} more slide${more.length > 1 ? 's' : ''})` : '';
    return at(
      first,
      'pdf-font',
      `the web font "${font.family}" did not load; this slide${others} would print in a fallback font, or as empty boxes on a machine without Chinese fonts`,
      'rebuild with `npm run build`; the font is subset and inlined at build time (src/fonts)',
    );
  });
}

/** Fonts the finished PDF does not carry as outlines, named by the slide on their page. */
export function embeddedFontProblems(
  problems: readonly FontProblem[],
  placeOfPage: (page: number) => SlidePlace | undefined,
): Diagnostic[] {
  return problems.flatMap((problem) => {
    const place = placeOfPage(problem.page);
    if (!place) return [];
    const why =
      problem.problem === 'not embedded'
        ? `is not embedded in the PDF, so the page prints differently (or not at all) on a machine without it`
        : `is drawn as Type 3 glyphs: a system font filled in for characters the deck's own font lacks`;
    return [
      at(
        place,
        'pdf-font',
        `the font "${problem.font}" on this slide ${why}`,
        'use only characters the deck’s font covers, or rebuild so the font subset includes them',
      ),
    ];
  });
}

/**
 * Pages that show .notdef glyphs (empty boxes), one diagnostic per page: `placeOfPage` names the
 * slide on it (the deck) or the page itself (the handout, whose pages do not map to one slide).
 */
export function notdefProblems(
  uses: readonly NotdefUse[],
  placeOfPage: (page: number) => { place: SlidePlace; what: string } | undefined,
): Diagnostic[] {
  const byPage = new Map<number, NotdefUse[]>();
  for (const use of uses) byPage.set(use.page, [...(byPage.get(use.page) ?? []), use]);
  return [...byPage].flatMap(([page, onPage]) => {
    const where = placeOfPage(page);
    if (!where) return [];
    const count = onPage.reduce((n, u) => n + u.count, 0);
    const fonts = onPage.map((u) => u.font.replace(/^[A-Z]{6}\+/, '')).join(', ');
    return [
      at(
        where.place,
        'pdf-notdef',
        `${where.what} would print ${count} character${count > 1 ? 's' : ''} as empty boxes (.notdef glyphs of ${fonts}): the deck's font has no glyph for ${count > 1 ? 'them' : 'it'}`,
        'run `npm run check` to find such characters at file:line:col, then replace or remove them',
      ),
    ];
  });
}

/** The built page must hold the slides the deck model has, else the PDF would not match them. */
export function staleBuildProblem(
  pageSlides: readonly string[],
  slides: readonly Pick<RenderedSlide, 'id' | 'file' | 'line'>[],
): Diagnostic | undefined {
  const printed = new Set(pageSlides);
  const missing = slides.find((s) => !printed.has(s.id));
  const known = new Set(slides.map((s) => s.id));
  const extra = pageSlides.find((id) => !known.has(id));
  if (!missing && !extra) return undefined;
  const slide = missing ?? slides[0]!;
  return {
    file: slide.file,
    line: slide.line,
    column: 1,
    severity: 'error',
    ruleId: 'pdf-stale',
    message: missing ? `the built deck has no slide "${missing.id}"` : `the built deck has a slide "${extra}" the slides do not`,
    hint: 'the build in dist/ is older than the slides: run `npm run pdf` (it builds first)',
  };
}
