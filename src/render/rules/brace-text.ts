// Brace text: markdown-it-attrs reads a `{…}` at the end of a paragraph, heading or list item as
// attributes and deletes it, even when it sets nothing it may (`集合 {1, 2, 3}`, `模板 {name}`,
// `{style=color:red}`): the author's words vanished. A `{…}` that is not wholly allowed attributes
// is hidden from it and stays text; one that looks like attributes is reported.

import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { RenderEnv } from '../render-env.js';

/** The attributes `{…}` may set (markdown-it-attrs' allowedAttributes in markdown.ts). */
export const BRACE_ATTRIBUTES: readonly (string | RegExp)[] = ['id', 'class', /^data-/];

/** Stands in for `{` while markdown-it-attrs runs (private use: never typed in slides). */
const PLACEHOLDER = '\uE000';
const RE_BRACES = /\{([^{}]*)\}/g;
const PROTECTED = Symbol('brace-text');

interface Protected {
  original: string;
  content: string;
}

interface Piece {
  name: string;
  /** True for `.x`, `#x` and `key=value`: the shape of an attribute, not of prose. */
  attributeLike: boolean;
}

/** The pieces of a `{…}` as markdown-it-attrs splits them (spaces outside double quotes). */
function pieces(inside: string): Piece[] {
  const found: Piece[] = [];
  for (const piece of inside.match(/(?:[^\s"]|"[^"]*")+/g) ?? []) {
    if (piece.startsWith('..')) found.push({ name: 'css-module', attributeLike: true });
    else if (piece.startsWith('.')) found.push({ name: 'class', attributeLike: true });
    else if (piece.startsWith('#')) found.push({ name: 'id', attributeLike: true });
    else found.push({ name: piece.split('=')[0]!, attributeLike: piece.includes('=') });
  }
  return found;
}

const isAllowed = (name: string) => BRACE_ATTRIBUTES.some((a) => (typeof a === 'string' ? a === name : a.test(name)));

function protectText(token: Token, line: number, env: RenderEnv): void {
  let changed = false;
  const content = token.content.replace(RE_BRACES, (whole, inside: string) => {
    const found = pieces(inside);
    if (found.every((p) => isAllowed(p.name))) return whole;
    if (found.every((p) => p.attributeLike)) {
      env.report({
        file: env.file,
        line,
        column: 1,
        severity: 'warning',
        ruleId: 'brace-attributes',
        message: `"${whole}" is shown as text: only class, id and data-* attributes can be set with {…}`,
        hint: 'write {.name} for a class (see AUTHORING.md), or keep the braces as text on purpose',
      });
    }
    changed = true;
    return `${PLACEHOLDER}${whole.slice(1)}`;
  });
  if (!changed) return;
  (token as unknown as Record<symbol, Protected>)[PROTECTED] = { original: token.content, content };
  token.content = content;
}

function protectRule(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.children || !token.content.includes('{')) continue;
    const line = env.line + (token.map?.[0] ?? 0);
    for (const child of token.children) if (child.type === 'text' && child.content.includes('{')) protectText(child, line, env);
  }
}

function restore(token: Token): void {
  const saved = (token as unknown as Record<symbol, Protected | undefined>)[PROTECTED];
  // Untouched by markdown-it-attrs (the usual case): the text exactly as written.
  if (saved) token.content = token.content === saved.content ? saved.original : token.content.replaceAll(PLACEHOLDER, '{');
  token.children?.forEach(restore);
}

/**
 * A `{.x}` of allowed attributes that markdown-it-attrs left in the text (mid-paragraph, or where
 * it applies none) is shown as text: said once per line, never silently.
 */
function reportUnapplied(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    const line = env.line + (token.map?.[0] ?? 0);
    for (const child of token.children) {
      if (child.type !== 'text' || !child.content.includes('{')) continue;
      for (const [whole, inside] of child.content.matchAll(RE_BRACES)) {
        const found = pieces(inside!);
        if (found.length === 0 || !found.every((p) => p.attributeLike && isAllowed(p.name))) continue;
        env.report({
          file: env.file,
          line,
          column: 1,
          severity: 'warning',
          ruleId: 'brace-attributes',
          message: `"${whole}" is shown as text: attributes in {…} apply only at the end of a paragraph, heading or list item`,
          hint: 'move it to the end of the line it belongs to, or use <!-- .element: class="…" --> (see AUTHORING.md)',
        });
      }
    }
  }
}

function restoreRule(state: StateCore): void {
  reportUnapplied(state);
  state.tokens.forEach(restore);
}

export function braceTextPlugin(md: MarkdownIt): void {
  md.core.ruler.before('curly_attributes', 'deck_brace_text_protect', protectRule);
  md.core.ruler.after('curly_attributes', 'deck_brace_text_restore', restoreRule);
}
