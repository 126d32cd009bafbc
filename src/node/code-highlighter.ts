// Build-time syntax colouring with shiki: only the languages a deck's code uses, loaded when it has
// code at all; colours from GitHub's light theme, each held to AA contrast on the deck's paper.

import type { CodeHighlighter } from '../render/render-env.js';
import type { SourceText } from '../parse/deck.js';

/** The deck's paper and ink (src/client/theme.css --deck-paper, --deck-ink). */
const PAPER = '#fbfaf7';
const INK = '#1c2333';
const THEME = 'github-light-default';
/** WCAG AA for normal text. */
const MIN_CONTRAST = 4.5;

const RE_FENCE_LANGUAGE = /^ {0,3}(?:`{3,}|~{3,})\s*([\w+#-]+)/gm;

/** The languages named after the fences of the slides (data blocks are never code). */
export function fenceLanguages(slides: readonly SourceText[]): string[] {
  const found = new Set<string>();
  for (const { text } of slides) for (const match of text.matchAll(RE_FENCE_LANGUAGE)) found.add(match[1]!.toLowerCase());
  for (const data of ['chart', 'timeline', 'stat']) found.delete(data);
  return [...found];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** A token colour readable on the paper (AA), else the deck's ink. */
export function readableColour(colour: string | undefined): string {
  if (!colour || !/^#[0-9a-f]{6}/i.test(colour)) return INK;
  const [light, dark] = [luminance(PAPER), luminance(colour.slice(0, 7))].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05) >= MIN_CONTRAST ? colour.slice(0, 7) : INK;
}

/** As markdown-it escapes code, so coloured code reads as plain code does. */
const escapeCode = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A highlighter for `languages` (those shiki knows; others stay plain), or undefined when the deck
 * has no code in a language shiki knows: then shiki is never loaded.
 */
export async function createCodeHighlighter(languages: readonly string[]): Promise<CodeHighlighter | undefined> {
  if (languages.length === 0) return undefined;
  // shiki's list of languages alone (~5 ms to load): fences that name none (a talk's ```note,
  // ```cards…) never load shiki itself (~0.1–0.2 s of every dev start and build).
  const { bundledLanguages, bundledLanguagesAlias } = await import('shiki/langs');
  const known = languages.filter((lang) => lang in bundledLanguages || lang in bundledLanguagesAlias);
  if (known.length === 0) return undefined;
  const shiki = await import('shiki');
  const highlighter = await shiki.createHighlighter({ themes: [THEME], langs: known, engine: shiki.createJavaScriptRegexEngine() });
  const loaded = new Set(highlighter.getLoadedLanguages());
  return (code, language) => {
    const lang = language.toLowerCase();
    if (!loaded.has(lang)) return undefined;
    const lines = highlighter.codeToTokensBase(code.replace(/\n$/, ''), { lang: lang as never, theme: THEME });
    const html = lines.map((line) =>
      line.map((token) => `<span style="color:${readableColour(token.color)}">${escapeCode(token.content)}</span>`).join(''),
    );
    return `${html.join('\n')}\n`;
  };
}
