// The whole deck: deck.yaml plus the slide files, in file-name order, into one DeckModel.

import type { Report } from '../diagnostics.js';
import type { DeckConfig, DeckModel, SlideFile } from './model.js';
import { parseDeckConfig } from './deck-config.js';
import { splitFrontMatter } from './front-matter.js';
import { readSlideSource } from './slide-source.js';
import { withColumns } from './columns.js';
import { withDataBlocks } from './data-blocks.js';
import { splitSlides } from './split-slides.js';

export interface SourceText {
  /** Path as shown to the user, e.g. `slides/01-breakthrough.md`. */
  path: string;
  text: string;
  /** Written by the tool, not the author: deck.yaml of a reveal-md deck (one .md file) that has none. */
  generated?: boolean;
}

/** Normalises what editors produce: a UTF-8 BOM and CRLF or CR line endings. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function fileBase(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.md$/i, '');
}

/**
 * The text of a file as lines, when it is UTF-8 text; otherwise the problem is reported and the
 * result is undefined. `binaryHint` says what the file must be instead of binary.
 */
export function readTextLines(source: SourceText, report: Report, binaryHint: string): string[] | undefined {
  const file = source.path;
  if (source.text.includes('\u0000')) {
    report({ file, line: 1, column: 1, ruleId: 'binary-file', message: 'this is not a text file', hint: binaryHint });
    return undefined;
  }
  // Text read as UTF-8 that was saved in another encoding (GBK, Latin-1) holds U+FFFD where bytes
  // were invalid: rendering it would put garbage on the slides without a word.
  const invalid = source.text.indexOf('\uFFFD');
  if (invalid >= 0) {
    const before = normaliseText(source.text.slice(0, invalid)).split('\n');
    const column = [...before.at(-1)!].length + 1;
    report({
      file,
      line: before.length,
      column,
      ruleId: 'encoding',
      message: 'this file is not valid UTF-8',
      hint: 'save it as UTF-8 (in most editors: "Save with Encoding"); GBK and other encodings cannot be read',
    });
    return undefined;
  }
  return normaliseText(source.text).split('\n');
}

/** Parses one slide file into its stacks of slides. */
export function parseSlideFile(source: SourceText, report: Report): SlideFile {
  const file = source.path;
  const lines = readTextLines(source, report, 'slides/ may only hold UTF-8 Markdown (*.md) files');
  if (!lines) return { file, stacks: [] };
  const { data, body, bodyLine, foreign } = splitFrontMatter(lines, file, report);
  const base = fileBase(file);
  let count = 0;
  const stacks = splitSlides(body, bodyLine, file, report, foreign)
    .map((stack) =>
      stack
        .filter((chunk) => chunk.lines.some((line) => line.trim() !== ''))
        .map((chunk) => withColumns(withDataBlocks(readSlideSource(chunk, `${base}-${++count}`, file, report), report), report)),
    )
    .filter((stack) => stack.length > 0);
  if (stacks.length === 0) {
    report({
      file,
      line: 1,
      column: 1,
      ruleId: 'empty-file',
      message: 'this file has no slides',
      hint: 'write a slide, or delete the file',
    });
  }
  return { file, arc: data.arc, accent: data.accent, stacks, ...(foreign?.title ? { title: foreign.title } : {}) };
}

/** Parses deck.yaml and the slide files (already in order). Undefined when deck.yaml is unusable. */
export function parseDeck(configSource: SourceText, slideSources: SourceText[], report: Report): DeckModel | undefined {
  const configLines = readTextLines(configSource, report, 'deck.yaml must be UTF-8 text (YAML)');
  const config: DeckConfig | undefined = configLines && parseDeckConfig(configLines.join('\n'), configSource.path, report);
  if (slideSources.length === 0) {
    const dir = configSource.path.replace(/[^/]*$/, '') || './';
    report({
      file: dir,
      line: 1,
      column: 1,
      ruleId: 'no-slides',
      message: 'no slide files found',
      hint: `add Markdown files such as ${dir}01-intro.md`,
    });
  }
  const files = slideSources.map((source) => parseSlideFile(source, report));
  checkUniqueIds(files, report);
  // A reveal-md deck's front-matter title is the deck's title when no deck.yaml was written.
  const foreignTitle = files.find((f) => f.title)?.title;
  if (config && configSource.generated && foreignTitle) config.title = foreignTitle;
  return config ? { config, files } : undefined;
}

function checkUniqueIds(files: SlideFile[], report: Report): void {
  const seen = new Map<string, string>();
  for (const slide of files.flatMap((f) => f.stacks.flat())) {
    const first = seen.get(slide.id);
    if (first) {
      report({
        file: slide.file,
        line: slide.line,
        column: 1,
        ruleId: 'duplicate-id',
        message: `slide id "${slide.id}" is used twice`,
        hint: `first used at ${first}; give this slide another id`,
      });
    } else {
      seen.set(slide.id, `${slide.file}:${slide.line}`);
    }
  }
}
