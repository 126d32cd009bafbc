// Text set by Chinese phrase (BudouX): escaped with a break opportunity between phrases, or
// wrapped into lines for SVG. Apart from escape.ts, so plain escaping loads no phrase model.

import { escapeHtml, textWidthEm } from './escape.js';
import { splitPhrases } from './rules/phrases.js';

/** `escapeHtml(text)` with a `<wbr>` between Chinese phrases, for a caption set by phrase (theme.css). */
export function escapeHtmlByPhrase(text: string): string {
  return splitPhrases(text).map(escapeHtml).join('<wbr>');
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
