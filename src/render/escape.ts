// HTML escaping for every value that comes from YAML or attributes.

import { splitPhrases } from './rules/phrases.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** `escapeHtml(text)` with a `<wbr>` between Chinese phrases, for a caption set by phrase (theme.css). */
export function escapeHtmlByPhrase(text: string): string {
  return splitPhrases(text).map(escapeHtml).join('<wbr>');
}

const ENTITY_TEXT: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Undoes escapeHtml (the five entities it writes, and markdown-it writes). */
export function unescapeHtml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITY_TEXT[entity]!);
}

/** Approximate rendered width in em: CJK and full-width characters are 1em, the rest about half. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C-\u201D\u2014\u2026]/.test(char) ? 1 : 0.56;
  return width;
}

/**
 * Breaks text into lines no wider than `maxEm` (SVG text does not wrap by itself): between Chinese
 * phrases and at spaces, as the slides' HTML text breaks; by character only inside a phrase wider
 * than a whole line.
 */
export function wrapText(text: string, maxEm: number): string[] {
  const pieces = splitPhrases(text).flatMap((phrase) => phrase.split(/(?<=\s)/));
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && textWidthEm((current + piece).trimEnd()) > maxEm) {
      lines.push(current.trimEnd());
      current = '';
    }
    if (!current && textWidthEm(piece.trimEnd()) > maxEm) {
      const broken = wrapByCharacter(piece.trimStart(), maxEm);
      lines.push(...broken.slice(0, -1));
      current = broken.at(-1) ?? '';
    } else {
      current += current ? piece : piece.trimStart();
    }
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}

/** The last resort: a phrase wider than the line, broken between characters. */
function wrapByCharacter(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const char of text) {
    if (current && textWidthEm(current + char) > maxEm) {
      lines.push(current);
      current = char.trim() ? char : '';
    } else {
      current += char;
    }
  }
  if (current) lines.push(current);
  return lines;
}
