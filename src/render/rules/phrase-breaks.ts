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

/** Consecutive text tokens as one (a dropped line break leaves an empty one between two lines). */
function joinTexts(children: Token[]): Token[] {
  const joined: Token[] = [];
  for (const token of children) {
    const previous = joined.at(-1);
    if (token.type === 'text' && previous?.type === 'text') previous.content += token.content;
    else joined.push(token);
  }
  return joined;
}

function phraseTokens(token: Token, state: StateCore): Token[] {
  const phrases = splitPhrases(token.content);
  if (phrases.length < 2) return [token];
  return phrases.flatMap((phrase, i) => {
    const text = new state.Token('text', '', 0);
    text.content = phrase;
    return i === 0 ? [text] : [new state.Token('phrase_break', 'wbr', 0), text];
  });
}

function phraseBreaksRule(state: StateCore): void {
  if (isNotes(state.env)) return;
  state.tokens.forEach((token, i) => {
    if (token.type !== 'inline' || !token.children) return;
    const opener = state.tokens[i - 1];
    if (!opener || !PHRASED_BLOCKS.has(opener.type)) return;
    token.children = joinTexts(token.children).flatMap((child) => (child.type === 'text' ? phraseTokens(child, state) : [child]));
  });
}

export function phraseBreaksPlugin(md: MarkdownIt): void {
  md.core.ruler.push('deck_phrase_breaks', phraseBreaksRule);
  md.renderer.rules.phrase_break = () => '<wbr>';
}
