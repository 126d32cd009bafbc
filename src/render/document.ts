// The deck's slides as reveal.js HTML: horizontal sections, nested for vertical stacks.

import type { Report } from '../diagnostics.js';
import type { DeckConfig, DeckModel, SlideFile, SlideSource } from '../parse/model.js';
import { createMarkdown } from './markdown.js';
import type { CodeHighlighter, ImageResolver } from './render-env.js';
import { renderSlide, type RenderedSlide } from './section.js';
import { beginRender, endRender, memoizedSlide, type SlideMemo } from './slide-memo.js';

export interface RenderedDeck {
  /** The inside of reveal.js's `<div class="slides">`. */
  html: string;
  slides: RenderedSlide[];
  /** Sum of the slides' pacing, in seconds. */
  totalSeconds: number;
}

/** A memo of the slides rendered before (the dev server's), and the id of the code colouring given. */
export interface RenderMemo {
  slides: SlideMemo;
  highlighter: string;
}

export function renderDeck(
  model: DeckModel,
  report: Report,
  resolveImage?: ImageResolver,
  highlightCode?: CodeHighlighter,
  memo?: RenderMemo,
): RenderedDeck {
  const md = createMarkdown();
  if (memo) beginRender(memo.slides, memo.highlighter);
  const slides: RenderedSlide[] = [];
  const html: string[] = [];
  for (const file of model.files) {
    for (const stack of file.stacks) {
      const rendered = stack.flatMap((slide) =>
        memo
          ? memoizedSlide(memo.slides, { slide, file, config: model.config }, report, resolveImage, (r, resolve) =>
              renderSlideOrReport(slide, file, model.config, md, r, resolve, highlightCode),
            )
          : renderSlideOrReport(slide, file, model.config, md, report, resolveImage, highlightCode),
      );
      for (const slide of rendered) slides.push(slide);
      const sections = rendered.map((r) => r.html).join('');
      html.push(rendered.length > 1 ? `<section>\n${sections}</section>\n` : sections);
    }
  }
  if (memo) endRender(memo.slides);
  const totalSeconds = slides.reduce((sum, s) => sum + s.seconds, 0);
  const budget = model.config.duration * 60;
  if (slides.length > 0 && totalSeconds > budget * 1.1) {
    const first = slides[0]!;
    report({
      file: first.file.replace(/[^/]*$/, 'deck.yaml'),
      line: 1,
      column: 1,
      severity: 'warning',
      ruleId: 'pacing',
      message: `the notes take about ${Math.round(totalSeconds / 60)} minutes to say, over the ${model.config.duration}-minute duration`,
      hint: 'shorten the notes or raise "duration"',
    });
  }
  return { html: html.join(''), slides, totalSeconds };
}

/**
 * One slide, or none and a diagnostic when rendering it throws: a failure in an edge callback (an
 * image resolver that reads a folder named like a file) must not take down the whole build.
 */
function renderSlideOrReport(
  slide: SlideSource,
  file: SlideFile,
  config: DeckConfig,
  md: ReturnType<typeof createMarkdown>,
  report: Report,
  resolveImage?: ImageResolver,
  highlightCode?: CodeHighlighter,
): RenderedSlide[] {
  try {
    return [renderSlide(slide, file, config, md, report, resolveImage, highlightCode)];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report({
      file: slide.file,
      line: slide.line,
      column: 1,
      ruleId: 'render',
      message: `this slide could not be rendered: ${reason.split('\n')[0]}`,
      hint: "fix what the message names (a file it uses?); if it names nothing in the slide, report it with the slide's text",
    });
    return [];
  }
}
