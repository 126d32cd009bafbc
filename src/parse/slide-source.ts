// One slide's source: its `.slide` attributes and layout, its Markdown and its speaker notes.

import { unknownNameHint, type Report } from '../diagnostics.js';
import { DEFAULT_LAYOUT, LAYOUTS, type SlideAttribute, type SlideSource } from '../model.js';
import { createFenceTracker, type SlideChunk } from './split-slides.js';

// One greedy group, trimmed afterwards: `\s*(.*?)\s*` took cubic time on a long run of spaces.
const RE_SLIDE_COMMENT = /^\s*<!--\s*\.slide:(.*)-->\s*$/;
const RE_NOTES = /^\s*notes?:\s?(.*)$/i;
const RE_ATTRIBUTE = /([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
const RE_ATTRIBUTE_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

/** Parses `key="value" flag key=value` into attributes; a bad name or an event handler is reported. */
export function parseAttributes(
  text: string,
  at: { file: string; line: number; column: number },
  report: Report,
): SlideAttribute[] {
  const attributes: SlideAttribute[] = [];
  for (const match of text.matchAll(RE_ATTRIBUTE)) {
    const name = match[1]!;
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    const column = at.column + (match.index ?? 0);
    if (!RE_ATTRIBUTE_NAME.test(name)) {
      report({ ...at, column, ruleId: 'attribute', message: `"${name}" is not a valid attribute name`, hint: 'write name="value"' });
    } else if (/^on/i.test(name)) {
      report({
        ...at,
        column,
        ruleId: 'attribute',
        message: `event handler attribute "${name}" is not allowed`,
        hint: 'the deck forbids inline scripts; remove it',
      });
    } else {
      attributes.push({ name, value });
    }
  }
  return attributes;
}

/** Builds a SlideSource from a chunk; `id` is the default address, replaced by an `id=` attribute. */
export function readSlideSource(chunk: SlideChunk, id: string, file: string, report: Report): SlideSource {
  const attributes: SlideAttribute[] = [];
  const markdown: string[] = [];
  const notes: string[] = [];
  let notesLine = 0;
  const fences = createFenceTracker();
  chunk.lines.forEach((text, i) => {
    const line = chunk.line + i;
    const inFence = fences.step(text, line);
    const comment = inFence ? null : RE_SLIDE_COMMENT.exec(text);
    const noteStart = inFence || notesLine ? null : RE_NOTES.exec(text);
    if (comment) {
      const value = comment[1]!.trim();
      const column = text.indexOf(value, text.indexOf('.slide:')) + 1;
      attributes.push(...parseAttributes(value, { file, line, column }, report));
      (notesLine ? notes : markdown).push('');
    } else if (noteStart) {
      notesLine = line;
      notes.push(noteStart[1]!);
    } else {
      (notesLine ? notes : markdown).push(text);
    }
  });
  const layoutAttribute = attributes.find((a) => a.name === 'layout');
  const layout = layoutAttribute?.value || DEFAULT_LAYOUT;
  if (!(LAYOUTS as readonly string[]).includes(layout)) {
    const line = chunk.line + chunk.lines.findIndex((l) => RE_SLIDE_COMMENT.test(l) && /layout/.test(l));
    report({ file, line, column: 1, ruleId: 'unknown-layout', message: `unknown layout "${layout}"`, hint: unknownNameHint(layout, LAYOUTS) });
  }
  const idAttribute = attributes.find((a) => a.name === 'id');
  return {
    id: idAttribute?.value || id,
    file,
    // The slide's first written line, not the blank line after its separator.
    line: chunk.line + Math.max(0, chunk.lines.findIndex((l) => l.trim() !== '')),
    layout,
    attributes: attributes.filter((a) => a.name !== 'layout' && a.name !== 'id'),
    markdown: markdown.join('\n'),
    markdownLine: chunk.line,
    notes: notes.join('\n').trim(),
    notesLine,
  };
}
