// Columns: a `columns` slide's Markdown split at `|||` lines outside fences, each part keeping its
// first file line.

import type { Report } from '../diagnostics.js';
import type { MarkdownPart, SlideSource } from './model.js';
import { createFenceTracker } from './split-slides.js';

const RE_COLUMN_SEPARATOR = /^\|\|\|\s*$/;

export function splitColumns(markdown: string, firstLine: number): MarkdownPart[] {
  const parts = [{ lines: [] as string[], line: firstLine }];
  const fences = createFenceTracker();
  markdown.split('\n').forEach((text, i) => {
    const inFence = fences.step(text, firstLine + i);
    if (!inFence && RE_COLUMN_SEPARATOR.test(text)) parts.push({ lines: [], line: firstLine + i + 1 });
    else parts.at(-1)!.lines.push(text);
  });
  return parts.map((p) => ({ text: p.lines.join('\n'), line: p.line }));
}

/** A `columns` slide with its parts split (fewer than two is an error at the slide); others as they are. */
export function withColumns(slide: SlideSource, report: Report): SlideSource {
  if (slide.layout !== 'columns') return slide;
  const columns = splitColumns(slide.markdown, slide.markdownLine);
  if (columns.length < 2) {
    report({
      file: slide.file,
      line: slide.line,
      column: 1,
      ruleId: 'layout',
      message: 'a columns slide needs at least two columns',
      hint: 'separate the columns with a line "|||"',
    });
  }
  return { ...slide, columns };
}
