// One slide to a reveal.js `<section>`: its layout class, attributes, pacing and notes.

import type { MarkdownIt } from 'markdown-it';
import type { Report } from '../diagnostics.js';
import type { DeckConfig, SlideFile, SlideSource } from '../parse/model.js';
import { escapeHtml } from './escape.js';
import { checkLayout } from './layouts.js';
import { slideSeconds } from './pacing.js';
import { createSlideFacts, FactsRecorder, type SlideFacts } from './slide-facts.js';
import { titleMetaHtml, titleMetaParts } from './title-meta.js';
import {
  createRenderEnv,
  KEEP_IMAGE_SOURCE,
  type CodeHighlighter,
  type ImageReference,
  type ImageResolver,
  type LinkReference,
  type RenderEnv,
} from './render-env.js';

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
  /** What the slide and its notes show (the title and layout elements are the slide's own). */
  facts: SlideFacts;
}

const RE_HEADING_LINE = /^#{1,6}\s/;

function renderColumns(slide: SlideSource, md: MarkdownIt, env: RenderEnv): string {
  // Split (and checked) in parse/columns.ts.
  const parts = (slide.columns ?? [{ text: slide.markdown, line: slide.markdownLine }]).map((part) => ({ ...part }));
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
    else if (BACKGROUND_FILE_ATTRIBUTES.has(name))
      attributes.push([
        name,
        value
          .split(',')
          .map((src) => resolveImage(src.trim(), slide.file, 'background'))
          .join(','),
      ]);
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
  env.dataBlocks = slide.dataBlocks ?? [];
  env.highlightCode = highlightCode;
  const body =
    (slide.layout === 'columns' ? renderColumns(slide, md, env) : md.render(slide.markdown, env)) + titleMeta(slide, config, env.facts);
  checkLayout(slide, { ...env.facts, blocks: env.blocks, images: env.images.length }, report);
  const notesEnv = createRenderEnv(slide.file, slide.notesLine, `${slide.id}-notes`, report, resolveImage);
  notesEnv.allowScripts = env.allowScripts;
  notesEnv.dataBlocks = env.dataBlocks;
  notesEnv.highlightCode = highlightCode;
  notesEnv.firstLineColumn = slide.notesColumn;
  const notesHtml = slide.notes ? md.render(slide.notes, notesEnv) : '';
  const seconds = slide.measuredSeconds ?? slideSeconds(slide.notes, config.speechRate);
  const notes = notesHtml ? `<aside class="notes">\n${notesHtml}</aside>\n` : '';
  return {
    id: slide.id,
    file: slide.file,
    line: slide.line,
    layout: slide.layout,
    title: env.facts.title,
    notes: notesEnv.facts.text.join('').trim(),
    seconds,
    html: `<section ${sectionAttributes(slide, file, seconds, resolveImage ?? KEEP_IMAGE_SOURCE)}>\n${body}${notes}</section>\n`,
    images: [...backgroundImages(slide), ...env.images, ...notesEnv.images],
    links: [...env.links, ...notesEnv.links],
    facts: slideFacts(slide, env.facts, notesEnv.facts),
  };
}

/** A title slide's speaker · event · date line from deck.yaml (its text recorded), or ''. */
function titleMeta(slide: SlideSource, config: DeckConfig, facts: SlideFacts): string {
  if (slide.layout !== 'title') return '';
  facts.text.push(titleMetaParts(config).join(' · '));
  return titleMetaHtml(config);
}

/** The slide's facts with its section's own (id, backgrounds) and its notes'. */
function slideFacts(slide: SlideSource, body: SlideFacts, notes: SlideFacts): SlideFacts {
  const section = createSlideFacts();
  section.ids.push(slide.id);
  new FactsRecorder(section).open(
    [],
    'section',
    slide.attributes.map((a) => [a.name, a.value]),
  );
  const merged = { ...body };
  for (const key of ['ids', 'urls', 'text', 'bold'] as const) merged[key] = [...section[key], ...body[key], ...notes[key]];
  return merged;
}
