// One slide's source: its `.slide` attributes and layout, its Markdown and its speaker notes.

import { unknownNameHint, type Report } from '../diagnostics.js';
import { DEFAULT_LAYOUT, LAYOUTS, parseAttributes, type SlideAttribute, type SlideSource } from './model.js';
import { readBlockStructure, type BlockStructure } from './block-structure.js';
import type { SlideChunk } from './split-slides.js';

// One greedy group, trimmed afterwards: `\s*(.*?)\s*` took cubic time on a long run of spaces.
const RE_SLIDE_COMMENT = /^\s*<!--\s*\.slide:(.*)-->\s*$/;
// Notes start at column 1 with "Note:" or "Notes:", as written: "notes: …" is text.
const RE_NOTES = /^Notes?:[ \t]?(.*)$/;
const RE_ATTRIBUTE_COMMENT_START = /^\s*<!--\s*\.(slide|element):/;
const ATTRIBUTE_COMMENT_EXAMPLES: Record<string, string> = {
  slide: '<!-- .slide: layout="quote" -->',
  element: '<!-- .element: class="fragment" -->',
};

const RE_ATTRIBUTE_COMMENT = /<!--\s*\.(slide|element):/;

/** Whether `index` of a line follows an odd number of backticks: inside a `code span`. */
function insideCodeSpan(text: string, index: number): boolean {
  let ticks = 0;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 96) ticks++;
  return ticks % 2 === 1;
}

/**
 * A `.slide`/`.element` comment must close on its own line: one that closes later is read as a
 * plain comment and its attributes are lost; one inside a paragraph that never closes shows as text.
 * (A comment block that never closes at all is reported as such.)
 */
function reportOpenAttributeComments(structure: BlockStructure, chunk: SlideChunk, file: string, report: Report): void {
  const unclosed = new Set(structure.unclosedComments);
  chunk.lines.forEach((text, i) => {
    if (structure.kinds[i] === 'code' || unclosed.has(i)) return;
    const match = RE_ATTRIBUTE_COMMENT.exec(text);
    if (!match || text.includes('-->', match.index) || insideCodeSpan(text, match.index)) return;
    report({
      file,
      line: chunk.line + i,
      column: match.index + 1,
      ruleId: 'unclosed-comment',
      message: `.${match[1]} comment is not closed by "-->" on its line: its attributes are not applied`,
      hint: `end it with "-->" on the same line, e.g. ${ATTRIBUTE_COMMENT_EXAMPLES[match[1]!]}`,
    });
  });
}

/** Problems of the slide's structure: comments never closed, a separator inside an HTML element. */
function reportStructure(structure: BlockStructure, chunk: SlideChunk, file: string, report: Report): void {
  for (const index of structure.unclosedComments) {
    const attributeComment = RE_ATTRIBUTE_COMMENT_START.exec(chunk.lines[index]!);
    report({
      file,
      line: chunk.line + index,
      column: chunk.lines[index]!.indexOf('<!--') + 1,
      ruleId: 'unclosed-comment',
      message: `${attributeComment ? `.${attributeComment[1]} comment` : 'comment'} "<!--" is never closed by "-->": the rest of the slide is hidden`,
      hint: attributeComment
        ? `end it with "-->" on the same line, e.g. ${ATTRIBUTE_COMMENT_EXAMPLES[attributeComment[1]!]}`
        : 'end the comment with "-->"',
    });
  }
  reportOpenAttributeComments(structure, chunk, file, report);
  const open = structure.openAtEnd;
  if (open && chunk.separatorLine !== undefined) {
    report({
      file,
      line: chunk.separatorLine,
      column: 1,
      ruleId: 'separator-in-html',
      message: `this slide separator falls inside the <${open.name}> opened at line ${chunk.line + open.line}: the element is cut in two`,
      hint: `close </${open.name}> before the separator, or remove the blank lines around the separator if it is not meant to start a slide`,
    });
  }
}

/** Builds a SlideSource from a chunk; `id` is the default address, replaced by an `id=` attribute. */
export function readSlideSource(chunk: SlideChunk, id: string, file: string, report: Report): SlideSource {
  const attributes: SlideAttribute[] = [];
  const markdown: string[] = [];
  const notes: string[] = [];
  let notesStart = 0;
  const structure = readBlockStructure(chunk.lines.join('\n'));
  reportStructure(structure, chunk, file, report);
  chunk.lines.forEach((text, i) => {
    const line = chunk.line + i;
    const kind = structure.kinds[i];
    const comment = kind === 'code' ? null : RE_SLIDE_COMMENT.exec(text);
    // Only a top-level line may start the notes: not code, a table, raw HTML or inside an element.
    const noteStart = notesStart || kind !== 'text' || structure.enclosed[i] ? null : RE_NOTES.exec(text);
    if (comment) {
      const value = comment[1]!.trim();
      const column = text.indexOf(value, text.indexOf('.slide:')) + 1;
      for (const attribute of parseAttributes(value, { file, line, column }, report)) attributes.push(attribute);
      (notesStart ? notes : markdown).push('');
    } else if (noteStart) {
      notesStart = line;
      notes.push(noteStart[1]!);
    } else {
      (notesStart ? notes : markdown).push(text);
    }
  });
  // The notes' line is that of their first written line ("Note:" may stand alone on its line).
  const firstNotesLine = notes.findIndex((l) => l.trim() !== '');
  const notesLine = firstNotesLine < 0 ? 0 : notesStart + firstNotesLine;
  // The notes are trimmed: their first character is the first non-space one of that line.
  const notesFileLine = firstNotesLine < 0 ? '' : chunk.lines[notesLine - chunk.line]!;
  const notesText = firstNotesLine < 0 ? '' : notes[firstNotesLine]!;
  const notesColumn = notesFileLine.length - notesText.length + notesText.search(/\S/) + 1;
  const layoutAttribute = attributes.find((a) => a.name === 'layout');
  const layout = layoutAttribute?.value || DEFAULT_LAYOUT;
  if (!(LAYOUTS as readonly string[]).includes(layout)) {
    const line = chunk.line + chunk.lines.findIndex((l) => RE_SLIDE_COMMENT.test(l) && /layout/.test(l));
    report({
      file,
      line,
      column: 1,
      ruleId: 'unknown-layout',
      message: `unknown layout "${layout}"`,
      hint: unknownNameHint(layout, LAYOUTS),
    });
  }
  const idAttribute = attributes.find((a) => a.name === 'id');
  return {
    id: idAttribute?.value || id,
    file,
    // The slide's first written line, not the blank line after its separator.
    line:
      chunk.line +
      Math.max(
        0,
        chunk.lines.findIndex((l) => l.trim() !== ''),
      ),
    layout,
    attributes: attributes.filter((a) => a.name !== 'layout' && a.name !== 'id'),
    markdown: markdown.join('\n'),
    markdownLine: chunk.line,
    notes: notes.join('\n').trim(),
    notesLine,
    notesColumn: firstNotesLine < 0 ? undefined : notesColumn,
  };
}
