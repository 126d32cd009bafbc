// One slide to a reveal.js `<section>`: its layout class, attributes, pacing and notes.

import type { MarkdownIt } from 'markdown-it';
import type { Report } from '../diagnostics.js';
import type { DeckConfig, SlideFile, SlideSource } from '../model.js';
import { createFenceTracker } from '../parse/split-slides.js';
import { escapeHtml, unescapeHtml } from './escape.js';
import { checkLayout, RE_COLUMN_SEPARATOR } from './layouts.js';
import { slideSeconds } from './pacing.js';
import { createRenderEnv, KEEP_IMAGE_SOURCE, type CodeHighlighter, type ImageReference, type ImageResolver, type LinkReference, type RenderEnv } from './render-env.js';

export interface RenderedSlide {
  id: string;
  file: string;
  line: number;
  layout: string;
  /** Text of the slide's first heading, for outlines and bookmarks. */
  title: string;
  notes: string;
  seconds: number;
  html: string;
  images: ImageReference[];
  links: LinkReference[];
}

const RE_HEADING_LINE = /^#{1,6}\s/;

/** Splits Markdown at `|||` lines outside fences; each part keeps its first file line. */
function splitColumns(markdown: string, firstLine: number): { text: string; line: number }[] {
  const parts = [{ lines: [] as string[], line: firstLine }];
  const fences = createFenceTracker();
  markdown.split('\n').forEach((text, i) => {
    const inFence = fences.step(text, firstLine + i);
    if (!inFence && RE_COLUMN_SEPARATOR.test(text)) parts.push({ lines: [], line: firstLine + i + 1 });
    else parts.at(-1)!.lines.push(text);
  });
  return parts.map((p) => ({ text: p.lines.join('\n'), line: p.line }));
}

function renderColumns(slide: SlideSource, md: MarkdownIt, env: RenderEnv): string {
  const parts = splitColumns(slide.markdown, slide.markdownLine);
  if (parts.length < 2) {
    env.report({ file: slide.file, line: slide.line, column: 1, ruleId: 'layout', message: 'a columns slide needs at least two columns', hint: 'separate the columns with a line "|||"' });
  }
  // A heading that opens the first part is the slide's title, above the columns.
  const firstLines = parts[0]!.text.split('\n');
  const headingIndex = firstLines.findIndex((l) => l.trim() !== '');
  let heading = '';
  if (headingIndex >= 0 && RE_HEADING_LINE.test(firstLines[headingIndex]!)) {
    heading = md.render(firstLines[headingIndex]!, { ...env, line: parts[0]!.line + headingIndex });
    firstLines[headingIndex] = '';
    parts[0]!.text = firstLines.join('\n');
  }
  const columns = parts.map((part) => `<div class="column">\n${md.render(part.text, { ...env, line: part.line })}</div>\n`);
  return `${heading}<div class="columns">\n${columns.join('')}</div>\n`;
}

/**
 * The inside of the first heading, found in linear time: a lazy regex across the whole body, and
 * then `<h[1-6][^>]*>` (which rescans to the end at each `<h1` when no `>` follows), took
 * quadratic time.
 */
function firstHeading(html: string): string | undefined {
  const open = /<h[1-6]/.exec(html);
  if (!open) return undefined;
  const openEnd = html.indexOf('>', open.index);
  if (openEnd < 0) return undefined;
  const close = /<\/h[1-6]>/g;
  close.lastIndex = openEnd + 1;
  const end = close.exec(html);
  return end ? html.slice(openEnd + 1, end.index) : undefined;
}

/**
 * The text of an HTML fragment without its tags, in linear time (`/<[^>]*>/g` rescans to the end
 * at each `<` that no `>` follows: 100,000 of them blocked the build for seconds).
 */
function plainText(html: string): string {
  const parts: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    const close = html.indexOf('>', open);
    // No `>` after this `<`: none after any later one either; the rest is text.
    if (close < 0) break;
    parts.push(html.slice(at, open));
    at = close + 1;
  }
  parts.push(html.slice(at));
  return unescapeHtml(parts.join('')).trim();
}

/** Slide attributes that name a file: checked and carried like images. */
const BACKGROUND_FILE_ATTRIBUTES = new Set(['data-background-image', 'data-background-video']);

function backgroundImages(slide: SlideSource): ImageReference[] {
  return slide.attributes
    .filter((a) => BACKGROUND_FILE_ATTRIBUTES.has(a.name) && a.value.trim() !== '')
    .flatMap((a) => a.value.split(',').map((src) => ({ src: src.trim(), alt: 'background', line: slide.line })));
}

function sectionAttributes(slide: SlideSource, file: SlideFile, seconds: number, resolveImage: ImageResolver): string {
  const classes = [`layout-${slide.layout}`];
  const attributes: [string, string][] = [
    ['id', slide.id],
    ['data-layout', slide.layout],
    ['data-file', slide.file],
    ['data-line', String(slide.line)],
  ];
  if (file.arc) attributes.push(['data-arc', file.arc]);
  if (file.accent) attributes.push(['style', `--accent: ${file.accent}`]);
  for (const { name, value } of slide.attributes) {
    if (name === 'class') classes.push(value);
    else if (BACKGROUND_FILE_ATTRIBUTES.has(name)) attributes.push([name, value.split(',').map((src) => resolveImage(src.trim(), slide.file, 'background')).join(',')]);
    else attributes.push([name, value]);
  }
  if (!slide.attributes.some((a) => a.name === 'data-timing')) attributes.push(['data-timing', String(seconds)]);
  attributes.push(['class', classes.join(' ')]);
  return attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ');
}

export function renderSlide(
  slide: SlideSource,
  file: SlideFile,
  config: DeckConfig,
  md: MarkdownIt,
  report: Report,
  resolveImage?: ImageResolver,
  highlightCode?: CodeHighlighter,
): RenderedSlide {
  const env = createRenderEnv(slide.file, slide.markdownLine, slide.id, report, resolveImage);
  env.allowScripts = config.allowScripts === true;
  env.highlightCode = highlightCode;
  const body = slide.layout === 'columns' ? renderColumns(slide, md, env) : md.render(slide.markdown, env);
  checkLayout(slide, body, env, report);
  const notesEnv = createRenderEnv(slide.file, slide.notesLine, `${slide.id}-notes`, report, resolveImage);
  notesEnv.allowScripts = env.allowScripts;
  notesEnv.highlightCode = highlightCode;
  notesEnv.firstLineColumn = slide.notesColumn;
  const notesHtml = slide.notes ? md.render(slide.notes, notesEnv) : '';
  const seconds = slideSeconds(slide.notes, config.speechRate);
  const heading = firstHeading(body);
  const notes = notesHtml ? `<aside class="notes">\n${notesHtml}</aside>\n` : '';
  return {
    id: slide.id,
    file: slide.file,
    line: slide.line,
    layout: slide.layout,
    title: heading === undefined ? '' : plainText(heading),
    notes: plainText(notesHtml),
    seconds,
    html: `<section ${sectionAttributes(slide, file, seconds, resolveImage ?? KEEP_IMAGE_SOURCE)}>\n${body}${notes}</section>\n`,
    images: [...backgroundImages(slide), ...env.images, ...notesEnv.images],
    links: [...env.links, ...notesEnv.links],
  };
}
