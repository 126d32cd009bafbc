// Phrase breaks: in a slide's headings, paragraphs, list items and quotes, a `<wbr>` between
// Chinese phrases (phrases.ts); theme.css sets those elements `word-break: keep-all`, so a line
// breaks only there, at a space or after punctuation. `<wbr>` adds no character to the text
// (copy, search, PDF). Notes and table cells keep the browser's own breaking.

import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { splitPhrases } from './phrases.js';

/** Block tokens whose inline content is set by phrase. */
const PHRASED_BLOCKS = new Set(['heading_open', 'paragraph_open']);

/** The notes' render env is the slide's id + "-notes" (section.ts); notes may break anywhere. */
function isNotes(env: unknown): boolean {
  const slideId = (env as { slideId?: unknown } | undefined)?.slideId;
  return typeof slideId === 'string' && slideId.endsWith('-notes');
}

/**
 * The children with a `<wbr>` between phrases; consecutive text tokens are read as one (a dropped
 * line break leaves an empty one between two lines). One pass: a paragraph may hold 100,000 tokens.
 */
function withPhraseBreaks(children: readonly Token[], state: StateCore): Token[] {
  const joined: Token[] = [];
  for (const token of children) {
    const previous = joined[joined.length - 1];
    if (token.type === 'text' && previous?.type === 'text') previous.content += token.content;
    else joined.push(token);
  }
  const result: Token[] = [];
  for (const token of joined) {
    const phrases = token.type === 'text' ? splitPhrases(token.content) : [];
    if (phrases.length < 2) {
      result.push(token);
      continue;
    }
    phrases.forEach((phrase, i) => {
      if (i > 0) result.push(new state.Token('phrase_break', 'wbr', 0));
      const text = new state.Token('text', '', 0);
      text.content = phrase;
      result.push(text);
    });
  }
  return result;
}

function phraseBreaksRule(state: StateCore): void {
  if (isNotes(state.env)) return;
  state.tokens.forEach((token, i) => {
    if (token.type !== 'inline' || !token.children) return;
    const opener = state.tokens[i - 1];
    if (!opener || !PHRASED_BLOCKS.has(opener.type)) return;
    token.children = withPhraseBreaks(token.children, state);
  });
}

export function phraseBreaksPlugin(md: MarkdownIt): void {
  md.core.ruler.push('deck_phrase_breaks', phraseBreaksRule);
  md.renderer.rules.phrase_break = () => '<wbr>';
}
