// Build-time syntax colouring with shiki's core: only the languages a deck's code uses, loaded when
// it has code at all; colours from GitHub's light theme, each held to AA contrast on the deck's paper.
// The grammars are the ones of code-grammars/ (copied from shiki's, see its README), not shiki's
// full set of ~230 (11 MB installed).

import { readFile, readdir, stat } from 'node:fs/promises';
import type { CodeHighlighter } from '../render/render-env.js';
import type { SourceText } from '../parse/deck.js';

/** The deck's paper and ink (src/client/theme.css --deck-paper, --deck-ink). */
const PAPER = '#fbfaf7';
const INK = '#1c2333';
const THEME = 'github-light-default';
const GRAMMARS = new URL('./code-grammars/', import.meta.url);

/** The languages coloured, by the names a fence may give them (shiki's own names and aliases). */
export const CODE_LANGUAGES: Readonly<Record<string, string>> = {
  javascript: 'javascript',
  js: 'javascript',
  cjs: 'javascript',
  mjs: 'javascript',
  typescript: 'typescript',
  ts: 'typescript',
  cts: 'typescript',
  mts: 'typescript',
  python: 'python',
  py: 'python',
  shellscript: 'shellscript',
  bash: 'shellscript',
  sh: 'shellscript',
  shell: 'shellscript',
  zsh: 'shellscript',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  html: 'html',
  css: 'css',
  c: 'c',
  go: 'go',
  rust: 'rust',
  rs: 'rust',
  java: 'java',
  sql: 'sql',
  diff: 'diff',
};
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

const readJson = async (name: string) => JSON.parse(await readFile(new URL(`${name}.json`, GRAMMARS), 'utf8')) as Record<string, unknown>;

/**
 * The grammars of `names` with the grammars they embed (html: javascript, css), each once, an
 * embedded one before the grammar that embeds it (shiki resolves the embedding when it loads it).
 */
async function grammarsFor(names: readonly string[]): Promise<Record<string, unknown>[]> {
  const ordered: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  const load = async (name: string): Promise<void> => {
    if (seen.has(name)) return;
    seen.add(name);
    const grammar = await readJson(name);
    for (const embedded of (grammar.embeddedLangs as string[] | undefined) ?? []) if (embedded in CODE_LANGUAGES) await load(embedded);
    ordered.push(grammar);
  };
  for (const name of names) await load(name);
  return ordered;
}

/**
 * A highlighter for `languages` (those of CODE_LANGUAGES; others stay plain), or undefined when the
 * deck has no code in a language it colours: then shiki is never loaded.
 */
export async function createCodeHighlighter(languages: readonly string[]): Promise<CodeHighlighter | undefined> {
  const known = [...new Set(languages.map((lang) => CODE_LANGUAGES[lang.toLowerCase()]).filter((name) => name !== undefined))];
  if (known.length === 0) return undefined;
  const [{ createHighlighterCore }, { createJavaScriptRegexEngine }, theme, langs] = await Promise.all([
    import('@shikijs/core'),
    import('@shikijs/engine-javascript'),
    readJson(THEME),
    grammarsFor(known),
  ]);
  const highlighter = await createHighlighterCore({ themes: [theme as never], langs: langs as never[], engine: createJavaScriptRegexEngine() });
  return (code, language) => {
    const lang = CODE_LANGUAGES[language.toLowerCase()];
    if (!lang || !known.includes(lang)) return undefined;
    // No 500 ms cut per line (shiki's default): on a busy machine the first lines, tokenized while
    // the regular expressions compile, came out half plain. Only a pathological line stops early.
    const lines = highlighter.codeToTokensBase(code.replace(/\n$/, ''), { lang: lang as never, theme: THEME, tokenizeTimeLimit: 10_000 });
    const html = lines.map((line) =>
      line.map((token) => `<span style="color:${readableColour(token.color)}">${escapeCode(token.content)}</span>`).join(''),
    );
    return `${html.join('\n')}\n`;
  };
}

const SHIKI_PACKAGES = ['@shikijs/core', '@shikijs/engine-javascript'].map(
  (name) => new URL(`../../node_modules/${name}/package.json`, import.meta.url),
);

/**
 * What the colours of `languages` depend on besides the code (render-cache.ts keys on it): the
 * languages coloured, shiki's versions and the grammars and theme as they are on disk; undefined
 * when none of them is coloured (no highlighter at all).
 */
export async function codeHighlighterId(languages: readonly string[]): Promise<string | undefined> {
  const known = [...new Set(languages.map((lang) => CODE_LANGUAGES[lang.toLowerCase()]).filter((name) => name !== undefined))].sort();
  if (known.length === 0) return undefined;
  const versions = await Promise.all(
    SHIKI_PACKAGES.map((url) => readFile(url, 'utf8').then((text) => (JSON.parse(text) as { version?: string }).version, () => 'unknown')),
  );
  const names = (await readdir(GRAMMARS)).filter((name) => name.endsWith('.json')).sort();
  const stamps = await Promise.all(names.map(async (name) => {
    const info = await stat(new URL(name, GRAMMARS));
    return `${name}:${info.size}:${info.mtimeMs}`;
  }));
  return JSON.stringify({ known, versions, stamps });
}
