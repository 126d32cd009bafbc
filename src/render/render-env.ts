// The env object markdown-it passes to every rule while one slide (or its notes) is rendered.

import type { Report } from '../diagnostics.js';
import type { DataBlock } from '../parse/model.js';
import { createSlideFacts, type SlideFacts } from './slide-facts.js';

export interface ImageReference {
  src: string;
  alt: string;
  line: number;
  /** 1-based column of the reference in its line, when known. */
  column?: number;
  /** The raw-HTML tag that names the file (`img`, `video`, `source` …); absent for Markdown images. */
  tag?: string;
}

/** A link written on a slide (Markdown `[text](href)` or raw HTML `<a href>`), as written. */
export interface LinkReference {
  href: string;
  line: number;
  /** 1-based column of the reference in its line, when known. */
  column?: number;
}

export interface RenderEnv {
  /** markdown-it's env is an open record; plugins may add their own keys. */
  [key: string]: unknown;
  [key: symbol]: unknown;
  file: string;
  /** File line of the rendered Markdown's first line (markdown-it maps are relative to it). */
  line: number;
  /** File column where that first line's text starts, when not at 1 (notes after "Note: "). */
  firstLineColumn?: number;
  slideId: string;
  report: Report;
  /** Kinds of data block met, in order (`chart`, `timeline`, `stat`). */
  blocks: string[];
  images: ImageReference[];
  /** Links met, in order (recorded by the rules that see them; checked by the bundler). */
  links: LinkReference[];
  /** The slide's valid data blocks, typed by parse/, found by their fence's file line. */
  dataBlocks: DataBlock[];
  /** What the rendering shows: title, ids, URLs, text by face, layout elements (slide-facts.ts). */
  facts: SlideFacts;
  /** Turns an image source as written into the URL the page uses (identity by default). */
  resolveImage: ImageResolver;
  /** Colours a code block at build time: HTML of its lines, or undefined to show it plain. */
  highlightCode?: CodeHighlighter;
  /** deck.yaml's `allowScripts`: slide HTML may hold `<script>` (an error otherwise). */
  allowScripts?: boolean;
}

/**
 * Maps an image source, as written in `file`, to the URL the built page should use. `kind` says
 * where it is used: an `<img>` (bundled by Vite) or a slide background attribute (which Vite
 * does not see, so the bundler must carry it itself).
 */
export type ImageResolver = (src: string, file: string, kind?: 'img' | 'background') => string;

/** Code and its language (as written after the fence) to highlighted HTML; undefined: not known. */
export type CodeHighlighter = (code: string, language: string) => string | undefined;

export const KEEP_IMAGE_SOURCE: ImageResolver = (src) => src;

export function createRenderEnv(
  file: string,
  line: number,
  slideId: string,
  report: Report,
  resolveImage: ImageResolver = KEEP_IMAGE_SOURCE,
): RenderEnv {
  return { file, line, slideId, report, blocks: [], dataBlocks: [], images: [], links: [], facts: createSlideFacts(), resolveImage };
}
